// Normalization through ICU's C API over UTF-16, as a C programmer writes it
// for UTF-8 text: u_strFromUTF8 -> unorm2_normalize -> u_strToUTF8, with
// buffers allocated once and reused (variants 0 and 1 of bl_norm_run).
#include "internal.h"

#include <string.h>
#include <unicode/ustring.h>

bl_normalizer *bl_norm_open(int32_t form, int32_t *status) {
    UErrorCode ec = U_ZERO_ERROR;
    const UNormalizer2 *norm = NULL;
    switch (form) {
    case 0: norm = unorm2_getNFCInstance(&ec); break;
    case 1: norm = unorm2_getNFDInstance(&ec); break;
    case 2: norm = unorm2_getNFKCInstance(&ec); break;
    case 3: norm = unorm2_getNFKDInstance(&ec); break;
    case 4: norm = unorm2_getNFKCCasefoldInstance(&ec); break;
    default: ec = U_ILLEGAL_ARGUMENT_ERROR;
    }
    *status = ec;
    if (U_FAILURE(ec)) return NULL;
    const void *cppNorm = bl_cpp_instance(form, status);
    if (!cppNorm) return NULL;
    bl_normalizer *n = (bl_normalizer *)calloc(1, sizeof *n);
    if (!n) { *status = U_MEMORY_ALLOCATION_ERROR; return NULL; }
    n->form = form;
    n->norm = norm;
    n->cppNorm = cppNorm;
    if (!bl_reserve((void **)&n->src16, &n->src16Cap, 4096, sizeof(UChar)) ||
        !bl_reserve((void **)&n->dst16, &n->dst16Cap, 4096, sizeof(UChar)) ||
        !bl_reserve((void **)&n->dst8, &n->dst8Cap, 4096, 1)) {
        bl_norm_close(n);
        *status = U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    return n;
}

void bl_norm_close(bl_normalizer *n) {
    if (!n) return;
    free(n->src16);
    free(n->dst16);
    free(n->dst8);
    free(n);
}

/// Normalizes `src16[from..<len16]` after `src16[..<from]` (already known to be
/// normalized) into n->dst16. Returns the output length, or -1 with `*ec` set.
static int32_t normalize16(bl_normalizer *n, int32_t len16, int32_t from, UErrorCode *ec) {
    if (!bl_reserve((void **)&n->dst16, &n->dst16Cap, (int64_t)len16 + len16 / 2 + 16,
                    sizeof(UChar))) {
        *ec = U_MEMORY_ALLOCATION_ERROR;
        return -1;
    }
    for (int attempt = 0; attempt < 2; attempt++) {
        UErrorCode e = U_ZERO_ERROR;
        int32_t out;
        if (from == 0) {
            out = unorm2_normalize(n->norm, n->src16, len16, n->dst16, n->dst16Cap, &e);
        } else {
            u_memcpy(n->dst16, n->src16, from);
            out = unorm2_normalizeSecondAndAppend(n->norm, n->dst16, from, n->dst16Cap,
                                                  n->src16 + from, len16 - from, &e);
        }
        if (e == U_BUFFER_OVERFLOW_ERROR &&
            bl_reserve((void **)&n->dst16, &n->dst16Cap, (int64_t)out + 1, sizeof(UChar))) {
            continue;
        }
        *ec = e;
        return U_FAILURE(e) ? -1 : out;
    }
    *ec = U_BUFFER_OVERFLOW_ERROR;
    return -1;
}

bl_result bl_norm_run(bl_normalizer *n, int32_t variant, const char *text,
                      const int32_t *spans, int32_t count, int32_t digest) {
    if (variant >= 2) return bl_norm_run_utf8(n, variant == 2, text, spans, count, digest);
    bl_result r = {0, 0, BL_FNV_OFFSET, 0};
    const char sep = '\n';
    for (int32_t i = 0; i < count; i++) {
        const char *src = text + spans[2 * i];
        int32_t len = spans[2 * i + 1];
        UErrorCode ec = U_ZERO_ERROR;
        const char *out8 = src;
        int32_t out8Len = len;

        // UTF-8 -> UTF-16: never more units than there are bytes.
        if (!bl_reserve((void **)&n->src16, &n->src16Cap, (int64_t)len + 1, sizeof(UChar))) {
            r.status = U_MEMORY_ALLOCATION_ERROR;
            return r;
        }
        int32_t len16 = 0;
        u_strFromUTF8(n->src16, n->src16Cap, &len16, src, len, &ec);
        if (U_FAILURE(ec)) { r.status = ec; return r; }

        int32_t from = 0;
        if (variant == 1) {
            from = unorm2_spanQuickCheckYes(n->norm, n->src16, len16, &ec);
            if (U_FAILURE(ec)) { r.status = ec; return r; }
        }
        if (variant == 0 || from < len16) {
            int32_t out16 = normalize16(n, len16, from, &ec);
            if (out16 < 0) { r.status = ec; return r; }
            // UTF-16 -> UTF-8: at most 3 bytes per unit.
            if (!bl_reserve((void **)&n->dst8, &n->dst8Cap, (int64_t)out16 * 3 + 1, 1)) {
                r.status = U_MEMORY_ALLOCATION_ERROR;
                return r;
            }
            u_strToUTF8(n->dst8, n->dst8Cap, &out8Len, n->dst16, out16, &ec);
            if (U_FAILURE(ec)) { r.status = ec; return r; }
            out8 = n->dst8;
        }
        r.units += (uint64_t)out8Len;
        if (digest) {
            r.digest = bl_fnv(r.digest, out8, (size_t)out8Len);
            r.digest = bl_fnv(r.digest, &sep, 1);
        }
    }
    if (!digest) r.digest = 0;
    return r;
}
