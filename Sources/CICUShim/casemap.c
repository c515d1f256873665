#include "cicu_shim.h"

#include <unicode/ucasemap.h>

cicu_casemap *cicu_ucasemap_open(const char *locale, uint32_t options, int32_t *status) {
    UErrorCode ec = (UErrorCode)*status;
    UCaseMap *csm = ucasemap_open(locale, options, &ec);
    *status = ec;
    if (U_FAILURE(ec)) {
        ucasemap_close(csm);
        return NULL;
    }
    return (cicu_casemap *)csm;
}

void cicu_ucasemap_close(cicu_casemap *csm) { ucasemap_close((UCaseMap *)csm); }

int32_t cicu_ucasemap_utf8Map(const cicu_casemap *csm, int32_t op, const char *src,
                              int32_t srcLength, char *dst, int32_t dstCapacity,
                              int32_t *status) {
    UErrorCode ec = (UErrorCode)*status;
    const UCaseMap *map = (const UCaseMap *)csm;
    int32_t n = 0;
    switch (op) {
    case 0: n = ucasemap_utf8ToLower(map, dst, dstCapacity, src, srcLength, &ec); break;
    case 1: n = ucasemap_utf8ToUpper(map, dst, dstCapacity, src, srcLength, &ec); break;
    case 2: n = ucasemap_utf8FoldCase(map, dst, dstCapacity, src, srcLength, &ec); break;
    default: ec = U_ILLEGAL_ARGUMENT_ERROR;
    }
    *status = ec;
    return n;
}

int32_t cicu_ucasemap_utf8ToTitle(cicu_casemap *csm, const char *src, int32_t srcLength,
                                  char *dst, int32_t dstCapacity, int32_t *status) {
    UErrorCode ec = (UErrorCode)*status;
    int32_t n = ucasemap_utf8ToTitle((UCaseMap *)csm, dst, dstCapacity, src, srcLength, &ec);
    *status = ec;
    return n;
}
