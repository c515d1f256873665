// Normalization through ICU's C++ API on UTF-8 directly, the path TarjumanICU's
// shim takes (../../../Sources/CICUShim/normalization.cpp): variants 2 and 3
// of bl_norm_run, with one output buffer allocated once and reused.
#include "internal.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>

extern "C" const void *bl_cpp_instance(int32_t form, int32_t *status) {
    UErrorCode ec = U_ZERO_ERROR;
    const icu::Normalizer2 *norm = nullptr;
    switch (form) {
    case 0: norm = icu::Normalizer2::getNFCInstance(ec); break;
    case 1: norm = icu::Normalizer2::getNFDInstance(ec); break;
    case 2: norm = icu::Normalizer2::getNFKCInstance(ec); break;
    case 3: norm = icu::Normalizer2::getNFKDInstance(ec); break;
    case 4: norm = icu::Normalizer2::getNFKCCasefoldInstance(ec); break;
    default: ec = U_ILLEGAL_ARGUMENT_ERROR;
    }
    *status = ec;
    return U_FAILURE(ec) ? nullptr : norm;
}

extern "C" bl_result bl_norm_run_utf8(bl_normalizer *n, int32_t precheck, const char *text,
                                      const int32_t *spans, int32_t count, int32_t digest) {
    const icu::Normalizer2 *norm = static_cast<const icu::Normalizer2 *>(n->cppNorm);
    bl_result r = {0, 0, BL_FNV_OFFSET, 0};
    const char sep = '\n';
    for (int32_t i = 0; i < count; i++) {
        const char *src = text + spans[2 * i];
        int32_t len = spans[2 * i + 1];
        icu::StringPiece piece(src, len);
        UErrorCode ec = U_ZERO_ERROR;
        const char *out = src;
        int32_t outLen = len;
        bool normalized = false;
        if (precheck) {
            normalized = norm->isNormalizedUTF8(piece, ec);
            if (U_FAILURE(ec)) { r.status = ec; return r; }
        }
        if (!normalized) {
            // Same first guess as TarjumanICU; the buffer only grows.
            if (!bl_reserve(reinterpret_cast<void **>(&n->dst8), &n->dst8Cap,
                            static_cast<int64_t>(len) + len / 8 + 16, 1)) {
                r.status = U_MEMORY_ALLOCATION_ERROR;
                return r;
            }
            for (int attempt = 0;; attempt++) {
                icu::CheckedArrayByteSink sink(n->dst8, n->dst8Cap);
                ec = U_ZERO_ERROR;
                norm->normalizeUTF8(0, piece, sink, nullptr, ec);
                if (U_FAILURE(ec)) { r.status = ec; return r; }
                outLen = sink.NumberOfBytesAppended();
                if (!sink.Overflowed()) break;
                if (attempt > 0 || !bl_reserve(reinterpret_cast<void **>(&n->dst8), &n->dst8Cap,
                                               static_cast<int64_t>(outLen) + 1, 1)) {
                    r.status = U_BUFFER_OVERFLOW_ERROR;
                    return r;
                }
            }
            out = n->dst8;
        }
        r.units += static_cast<uint64_t>(outLen);
        if (digest) {
            r.digest = bl_fnv(r.digest, out, static_cast<size_t>(outLen));
            r.digest = bl_fnv(r.digest, &sep, 1);
        }
    }
    if (!digest) r.digest = 0;
    return r;
}
