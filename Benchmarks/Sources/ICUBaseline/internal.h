// Shared by the C and C++ files of ICUBaseline; not part of its public header.
#ifndef ICU_BASELINE_INTERNAL_H
#define ICU_BASELINE_INTERNAL_H

#include "icu_baseline.h"

#include <stdlib.h>
#include <unicode/unorm2.h>
#include <unicode/utypes.h>

#ifdef __cplusplus
extern "C" {
#endif

struct bl_normalizer {
    int32_t form;
    const UNormalizer2 *norm;  // C API instance
    const void *cppNorm;       // the same instance as icu::Normalizer2 (C++ API)
    UChar *src16;              // UTF-16 of the input
    int32_t src16Cap;
    UChar *dst16;              // UTF-16 output
    int32_t dst16Cap;
    char *dst8;                // UTF-8 output
    int32_t dst8Cap;
};

static inline uint64_t bl_fnv(uint64_t h, const void *data, size_t n) {
    const unsigned char *p = (const unsigned char *)data;
    for (size_t i = 0; i < n; i++) {
        h ^= p[i];
        h *= BL_FNV_PRIME;
    }
    return h;
}

/// Grows `*buf` (of `elem`-byte units) to hold at least `need` units; buffers
/// only grow, so a steady stream of similar inputs allocates nothing.
/// Returns 0 when out of memory or beyond int32_t.
static inline int bl_reserve(void **buf, int32_t *cap, int64_t need, size_t elem) {
    if (need <= *cap) return 1;
    int64_t n = (int64_t)*cap * 2;
    if (n < need) n = need;
    if (n < 256) n = 256;
    if (n > INT32_MAX) n = INT32_MAX;
    if (need > n) return 0;
    void *p = realloc(*buf, (size_t)n * elem);
    if (!p) return 0;
    *buf = p;
    *cap = (int32_t)n;
    return 1;
}

/// The icu::Normalizer2 for a form (C++), or NULL with `*status` set.
const void *bl_cpp_instance(int32_t form, int32_t *status);
/// Variants 2 and 3 of bl_norm_run (C++, UTF-8).
bl_result bl_norm_run_utf8(bl_normalizer *n, int32_t precheck, const char *text,
                           const int32_t *spans, int32_t count, int32_t digest);

#ifdef __cplusplus
}
#endif

#endif
