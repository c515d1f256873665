// Transliteration through ICU's C API: u_strFromUTF8 -> utrans_transUChars in
// place on UTF-16 -> u_strToUTF8, with buffers allocated once and reused.
#include "internal.h"

#include <string.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>

struct bl_translit {
    UTransliterator *trans;
    UChar *buf;
    int32_t cap;
    char *out;
    int32_t outCap;
};

bl_translit *bl_trans_open(const char *id, int32_t *status) {
    UChar uid[256];
    int32_t len = (int32_t)strlen(id);
    if (len >= 256) { *status = U_ILLEGAL_ARGUMENT_ERROR; return NULL; }
    u_charsToUChars(id, uid, len);
    UErrorCode ec = U_ZERO_ERROR;
    UTransliterator *t = utrans_openU(uid, len, UTRANS_FORWARD, NULL, 0, NULL, &ec);
    *status = ec;
    if (U_FAILURE(ec)) {
        if (t) utrans_close(t);
        return NULL;
    }
    bl_translit *b = (bl_translit *)calloc(1, sizeof *b);
    if (!b) {
        utrans_close(t);
        *status = U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    b->trans = t;
    return b;
}

void bl_trans_close(bl_translit *t) {
    if (!t) return;
    utrans_close(t->trans);
    free(t->buf);
    free(t->out);
    free(t);
}

bl_result bl_trans_run(bl_translit *t, const char *text, const int32_t *spans, int32_t count,
                       int32_t digest) {
    bl_result r = {0, 0, BL_FNV_OFFSET, 0};
    const char sep = '\n';
    for (int32_t i = 0; i < count; i++) {
        const char *src = text + spans[2 * i];
        int32_t len = spans[2 * i + 1];
        UErrorCode ec = U_ZERO_ERROR;
        // Head room for the output to grow in place; retried larger if needed.
        if (!bl_reserve((void **)&t->buf, &t->cap, (int64_t)len * 2 + 16, sizeof(UChar))) {
            r.status = U_MEMORY_ALLOCATION_ERROR;
            return r;
        }
        int32_t length = 0;
        for (int attempt = 0;; attempt++) {
            ec = U_ZERO_ERROR;
            u_strFromUTF8(t->buf, t->cap, &length, src, len, &ec);
            if (U_FAILURE(ec)) { r.status = ec; return r; }
            int32_t limit = length;
            utrans_transUChars(t->trans, t->buf, &length, t->cap, 0, &limit, &ec);
            if (ec != U_BUFFER_OVERFLOW_ERROR) break;
            if (attempt > 4 ||
                !bl_reserve((void **)&t->buf, &t->cap, (int64_t)t->cap * 4, sizeof(UChar))) {
                r.status = ec;
                return r;
            }
        }
        if (U_FAILURE(ec)) { r.status = ec; return r; }
        if (!bl_reserve((void **)&t->out, &t->outCap, (int64_t)length * 3 + 1, 1)) {
            r.status = U_MEMORY_ALLOCATION_ERROR;
            return r;
        }
        int32_t outLen = 0;
        u_strToUTF8(t->out, t->outCap, &outLen, t->buf, length, &ec);
        if (U_FAILURE(ec)) { r.status = ec; return r; }
        r.units += (uint64_t)outLen;
        if (digest) {
            r.digest = bl_fnv(r.digest, t->out, (size_t)outLen);
            r.digest = bl_fnv(r.digest, &sep, 1);
        }
    }
    if (!digest) r.digest = 0;
    return r;
}
