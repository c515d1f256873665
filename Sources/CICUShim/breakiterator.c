#include "cicu_shim.h"

#include <unicode/ubrk.h>
#include <unicode/utext.h>

cicu_breakiterator *cicu_ubrk_open(int32_t type, const char *locale, int32_t *status) {
    UErrorCode ec = (UErrorCode)*status;
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
    return (cicu_breakiterator *)bi;
}

cicu_breakiterator *cicu_ubrk_clone(const cicu_breakiterator *bi, int32_t *status) {
    UErrorCode ec = (UErrorCode)*status;
    UBreakIterator *copy = ubrk_clone((const UBreakIterator *)bi, &ec);
    *status = ec;
    if (U_FAILURE(ec)) {
        ubrk_close(copy);
        return NULL;
    }
    return (cicu_breakiterator *)copy;
}

void cicu_ubrk_close(cicu_breakiterator *bi) { ubrk_close((UBreakIterator *)bi); }

int32_t cicu_ubrk_setUTF8(cicu_breakiterator *bi, const char *text, int32_t length,
                          int32_t *status) {
    UErrorCode ec = (UErrorCode)*status;
    if (U_FAILURE(ec)) return -1;
    UText ut = UTEXT_INITIALIZER;
    static const char empty[1] = {0};
    utext_openUTF8(&ut, text ? text : empty, text ? length : 0, &ec);
    // ubrk_setUText keeps a shallow clone: the bytes must outlive the
    // iteration, our UText struct need not.
    ubrk_setUText((UBreakIterator *)bi, &ut, &ec);
    utext_close(&ut);
    *status = ec;
    if (U_FAILURE(ec)) return -1;
    return 0;  // ubrk_setUText already moved to the first boundary, 0
}

int32_t cicu_ubrk_nextWithStatus(cicu_breakiterator *bi, int32_t *ruleStatus) {
    int32_t b = ubrk_next((UBreakIterator *)bi);
    if (b == UBRK_DONE) return -1;
    *ruleStatus = ubrk_getRuleStatus((UBreakIterator *)bi);
    return b;
}
