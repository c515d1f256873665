// Word (or other) segmentation through ICU's C API on UTF-8 text without
// copying it: one UText, reopened with utext_openUTF8 for each span, handed to
// ubrk_setUText, then ubrk_next / ubrk_getRuleStatus to the end.
#include "internal.h"

#include <unicode/ubrk.h>
#include <unicode/utext.h>

struct bl_breaker {
    UBreakIterator *bi;
    UText ut;
};

bl_breaker *bl_brk_open(int32_t type, const char *locale, int32_t *status) {
    UErrorCode ec = U_ZERO_ERROR;
    UBreakIteratorType t;
    switch (type) {
    case 0: t = UBRK_CHARACTER; break;
    case 1: t = UBRK_WORD; break;
    case 2: t = UBRK_LINE; break;
    case 3: t = UBRK_SENTENCE; break;
    default: *status = U_ILLEGAL_ARGUMENT_ERROR; return NULL;
    }
    UBreakIterator *bi = ubrk_open(t, locale, NULL, 0, &ec);
    *status = ec;
    if (U_FAILURE(ec)) {
        ubrk_close(bi);
        return NULL;
    }
    bl_breaker *b = (bl_breaker *)calloc(1, sizeof *b);
    if (!b) {
        ubrk_close(bi);
        *status = U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    UText init = UTEXT_INITIALIZER;
    b->ut = init;
    b->bi = bi;
    return b;
}

void bl_brk_close(bl_breaker *b) {
    if (!b) return;
    ubrk_close(b->bi);
    utext_close(&b->ut);
    free(b);
}

bl_result bl_brk_run(bl_breaker *b, const char *text, const int32_t *spans, int32_t count,
                     int32_t digest) {
    bl_result r = {0, 0, BL_FNV_OFFSET, 0};
    for (int32_t i = 0; i < count; i++) {
        UErrorCode ec = U_ZERO_ERROR;
        utext_openUTF8(&b->ut, text + spans[2 * i], spans[2 * i + 1], &ec);
        ubrk_setUText(b->bi, &b->ut, &ec);
        if (U_FAILURE(ec)) { r.status = ec; return r; }
        for (int32_t end = ubrk_next(b->bi); end != UBRK_DONE; end = ubrk_next(b->bi)) {
            int32_t status = ubrk_getRuleStatus(b->bi);
            r.units += 1;
            r.check += (uint64_t)end + (uint64_t)status;
            if (digest) {
                int32_t pair[2] = {end, status};
                r.digest = bl_fnv(r.digest, pair, sizeof pair);
            }
        }
    }
    if (!digest) r.digest = 0;
    return r;
}
