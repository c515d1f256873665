#include "cicu_shim.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/parseerr.h>
#include <unicode/uenum.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>

cicu_transliterator *cicu_utrans_openID(const uint16_t *id, int32_t idLength, int32_t dir,
                                        int32_t *status) {
    UErrorCode ec = (UErrorCode)*status;
    UTransliterator *t = utrans_openU((const UChar *)id, idLength,
                                      dir ? UTRANS_REVERSE : UTRANS_FORWARD, NULL, 0, NULL, &ec);
    *status = ec;
    if (U_FAILURE(ec)) {
        if (t) utrans_close(t);
        return NULL;
    }
    return (cicu_transliterator *)t;
}

cicu_transliterator *cicu_utrans_openRules(const uint16_t *id, int32_t idLength,
                                           const uint16_t *rules, int32_t rulesLength,
                                           int32_t dir, int32_t *parseLine,
                                           int32_t *parseOffset, int32_t *status) {
    UErrorCode ec = (UErrorCode)*status;
    UParseError pe;
    memset(&pe, 0, sizeof pe);
    pe.line = -1;
    pe.offset = -1;
    UTransliterator *t = utrans_openU((const UChar *)id, idLength,
                                      dir ? UTRANS_REVERSE : UTRANS_FORWARD,
                                      (const UChar *)rules, rulesLength, &pe, &ec);
    *status = ec;
    *parseLine = pe.line;
    *parseOffset = pe.offset;
    if (U_FAILURE(ec)) {
        if (t) utrans_close(t);
        return NULL;
    }
    return (cicu_transliterator *)t;
}

cicu_transliterator *cicu_utrans_clone(const cicu_transliterator *trans, int32_t *status) {
    UErrorCode ec = (UErrorCode)*status;
    UTransliterator *t = utrans_clone((const UTransliterator *)trans, &ec);
    *status = ec;
    if (U_FAILURE(ec)) {
        if (t) utrans_close(t);
        return NULL;
    }
    return (cicu_transliterator *)t;
}

void cicu_utrans_close(cicu_transliterator *trans) {
    if (trans) utrans_close((UTransliterator *)trans);
}

const uint16_t *cicu_utrans_getUnicodeID(const cicu_transliterator *trans, int32_t *length) {
    return (const uint16_t *)utrans_getUnicodeID((const UTransliterator *)trans, length);
}

void cicu_utrans_transUTF8(const cicu_transliterator *trans, const char *src, int32_t srcLength,
                           char **out, int32_t *outLength, int32_t *status) {
    *out = NULL;
    *outLength = 0;
    UErrorCode ec = (UErrorCode)*status;
    if (U_FAILURE(ec)) return;

    // UTF-8 -> UTF-16 once; the transliterator works in place in a buffer
    // with head room, retried larger only if the output outgrows it.
    int32_t units = 0;
    u_strFromUTF8(NULL, 0, &units, src, srcLength, &ec);
    if (ec == U_BUFFER_OVERFLOW_ERROR || ec == U_STRING_NOT_TERMINATED_WARNING) ec = U_ZERO_ERROR;
    if (U_FAILURE(ec)) { *status = ec; return; }

    int64_t capacity = (int64_t)units * 2 + 16;
    UChar *buf = NULL;
    int32_t length = 0;
    for (int attempt = 0; attempt < 6; attempt++) {
        if (capacity > INT32_MAX) { ec = U_INDEX_OUTOFBOUNDS_ERROR; break; }
        UChar *grown = (UChar *)realloc(buf, (size_t)capacity * sizeof(UChar));
        if (!grown) { ec = U_MEMORY_ALLOCATION_ERROR; break; }
        buf = grown;
        ec = U_ZERO_ERROR;
        u_strFromUTF8(buf, (int32_t)capacity, &length, src, srcLength, &ec);
        if (U_FAILURE(ec)) break;
        int32_t limit = length;
        utrans_transUChars((const UTransliterator *)trans, buf, &length, (int32_t)capacity, 0,
                           &limit, &ec);
        if (ec != U_BUFFER_OVERFLOW_ERROR) break;
        capacity *= 4;
    }
    if (U_FAILURE(ec)) {
        free(buf);
        *status = ec;
        return;
    }

    int32_t bytes = 0;
    UErrorCode ec2 = U_ZERO_ERROR;
    u_strToUTF8(NULL, 0, &bytes, buf, length, &ec2);
    char *result = (char *)malloc((size_t)bytes + 1);
    if (!result) {
        free(buf);
        *status = U_MEMORY_ALLOCATION_ERROR;
        return;
    }
    ec2 = U_ZERO_ERROR;
    u_strToUTF8(result, bytes + 1, &bytes, buf, length, &ec2);
    free(buf);
    if (U_FAILURE(ec2)) {
        free(result);
        *status = ec2;
        return;
    }
    *out = result;
    *outLength = bytes;
    *status = U_ZERO_ERROR;
}

cicu_enumeration *cicu_utrans_openIDs(int32_t *status) {
    UErrorCode ec = (UErrorCode)*status;
    UEnumeration *en = utrans_openIDs(&ec);
    *status = ec;
    if (U_FAILURE(ec)) {
        uenum_close(en);
        return NULL;
    }
    return (cicu_enumeration *)en;
}

const char *cicu_uenum_next(cicu_enumeration *en, int32_t *length, int32_t *status) {
    UErrorCode ec = (UErrorCode)*status;
    const char *s = uenum_next((UEnumeration *)en, length, &ec);
    *status = ec;
    return s;
}

void cicu_uenum_close(cicu_enumeration *en) { uenum_close((UEnumeration *)en); }
