// getline_nfkc: the NFKC baseline of the streaming benchmark
// (scripts/bench-streaming.sh): reads lines with getline(3), normalizes each
// (without its line feed) to NFKC with ICU's C API over UTF-16 -- the way a C
// programmer writes it for UTF-8 text: u_strFromUTF8 -> unorm2_normalize ->
// u_strToUTF8, buffers allocated once and grown when needed -- and writes it
// with fwrite(3).
//
// With -q it uses ICU's quick-check idiom instead: unorm2_spanQuickCheckYes
// finds the normalized prefix; a line that is all normalized is written as it
// was read (no conversion back), otherwise the rest is normalized with
// unorm2_normalizeSecondAndAppend.
//
//   cc -O2 -o getline_nfkc getline_nfkc.c $(pkg-config --cflags --libs icu-uc icu-i18n)
//   getline_nfkc [-q] [FILE] > out
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

static UChar *src16, *dst16;
static char *dst8;
static int32_t src16Cap, dst16Cap, dst8Cap;

static void reserve(void **p, int32_t *cap, int64_t need, size_t size) {
    if (need <= *cap) return;
    int64_t c = *cap ? *cap : 4096;
    while (c < need) c *= 2;
    if (c > INT32_MAX) c = INT32_MAX;
    void *q = realloc(*p, (size_t)c * size);
    if (!q) { fputs("out of memory\n", stderr); exit(71); }
    *p = q;
    *cap = (int32_t)c;
}

static void fail(const char *what, UErrorCode ec) {
    fprintf(stderr, "%s: %s\n", what, u_errorName(ec));
    exit(65);
}

int main(int argc, char **argv) {
    int quick = 0;
    int arg = 1;
    if (arg < argc && strcmp(argv[arg], "-q") == 0) { quick = 1; arg++; }
    FILE *in = stdin;
    if (arg < argc && !(in = fopen(argv[arg], "rb"))) { perror(argv[arg]); return 66; }
    UErrorCode ec = U_ZERO_ERROR;
    const UNormalizer2 *nfkc = unorm2_getNFKCInstance(&ec);
    if (U_FAILURE(ec)) fail("unorm2_getNFKCInstance", ec);
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    while ((n = getline(&line, &cap, in)) > 0) {
        int newline = line[n - 1] == '\n';
        int32_t len8 = (int32_t)(n - newline);
        int32_t len16 = 0;
        reserve((void **)&src16, &src16Cap, (int64_t)len8 + 1, sizeof(UChar));
        ec = U_ZERO_ERROR;
        u_strFromUTF8(src16, src16Cap, &len16, line, len8, &ec);
        if (U_FAILURE(ec)) fail("u_strFromUTF8", ec);
        int32_t from = 0;
        if (quick) {
            from = unorm2_spanQuickCheckYes(nfkc, src16, len16, &ec);
            if (U_FAILURE(ec)) fail("unorm2_spanQuickCheckYes", ec);
            if (from == len16) {  // normalized: the line as it was read
                if (fwrite(line, 1, (size_t)n, stdout) != (size_t)n) { perror("write"); return 74; }
                continue;
            }
        }
        int32_t out16;
        for (;;) {
            reserve((void **)&dst16, &dst16Cap, (int64_t)len16 + len16 / 2 + 16, sizeof(UChar));
            ec = U_ZERO_ERROR;
            if (from == 0) {
                out16 = unorm2_normalize(nfkc, src16, len16, dst16, dst16Cap, &ec);
            } else {
                u_memcpy(dst16, src16, from);
                out16 = unorm2_normalizeSecondAndAppend(nfkc, dst16, from, dst16Cap, src16 + from, len16 - from, &ec);
            }
            if (ec == U_BUFFER_OVERFLOW_ERROR) { reserve((void **)&dst16, &dst16Cap, (int64_t)out16 + 1, sizeof(UChar)); continue; }
            if (U_FAILURE(ec)) fail("unorm2_normalize", ec);
            break;
        }
        int32_t out8 = 0;
        for (;;) {
            reserve((void **)&dst8, &dst8Cap, (int64_t)out16 * 3 + 2, 1);
            ec = U_ZERO_ERROR;
            u_strToUTF8(dst8, dst8Cap, &out8, dst16, out16, &ec);
            if (ec == U_BUFFER_OVERFLOW_ERROR) { reserve((void **)&dst8, &dst8Cap, (int64_t)out8 + 2, 1); continue; }
            if (U_FAILURE(ec)) fail("u_strToUTF8", ec);
            break;
        }
        if (newline) dst8[out8++] = '\n';
        if (fwrite(dst8, 1, (size_t)out8, stdout) != (size_t)out8) { perror("write"); return 74; }
    }
    free(line); free(src16); free(dst16); free(dst8);
    if (fflush(stdout) != 0) { perror("write"); return 74; }
    return 0;
}
