// getline_copy: the no-step baseline of the streaming benchmark
// (scripts/bench-streaming.sh): reads lines with getline(3) and writes each
// back with fwrite(3), unchanged.
//
//   cc -O2 -o getline_copy getline_copy.c
//   getline_copy [FILE] > out
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
    FILE *in = stdin;
    if (argc > 1 && !(in = fopen(argv[1], "rb"))) { perror(argv[1]); return 66; }
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    while ((n = getline(&line, &cap, in)) > 0) {
        if (fwrite(line, 1, (size_t)n, stdout) != (size_t)n) { perror("write"); return 74; }
    }
    free(line);
    if (fflush(stdout) != 0) { perror("write"); return 74; }
    return 0;
}
