// ICUBaseline: the benchmark's operations written straight against ICU, the
// way a C (or C++) programmer would on UTF-8 text, with buffers allocated once
// and reused. tarjuman-bench times them next to TarjumanICU.
//
// Like ../../../Sources/CICUShim, this header includes nothing from ICU: only
// stdint types and opaque handles; ICU's headers are included in the .c/.cpp.
//
// Every `*_run` function processes the same units as the Swift side: `count`
// spans of `text`, given as (offset, length) pairs of UTF-8 byte offsets in
// `spans` (one span per line, or one span for the whole document). The loop
// over the spans is in C.
//
// With `digest` non-zero they also fold every output into a 64-bit FNV-1a
// hash, exactly as tarjuman-bench's Swift side does (see Digest.swift), so the
// two can be checked for identical results. Timed runs pass 0.
#ifndef ICU_BASELINE_H
#define ICU_BASELINE_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct bl_result {
    /// Normalization, transliteration: UTF-8 bytes of output (without separators).
    /// Segmentation: the number of segments.
    uint64_t units;
    /// Segmentation: the sum over segments of end offset (in its span) plus
    /// rule status, a cheap check that both sides saw the same boundaries.
    uint64_t check;
    /// FNV-1a 64 of the outputs when asked for, else 0.
    uint64_t digest;
    /// 0, or the ICU error code of the first failure.
    int32_t status;
} bl_result;

/// FNV-1a 64, the digest both sides use.
#define BL_FNV_OFFSET 0xcbf29ce484222325ULL
#define BL_FNV_PRIME 0x100000001b3ULL

// MARK: - Normalization

/// Forms: 0 NFC, 1 NFD, 2 NFKC, 3 NFKD, 4 NFKC_Casefold (as in CICUShim).
typedef struct bl_normalizer bl_normalizer;
bl_normalizer *bl_norm_open(int32_t form, int32_t *status);
void bl_norm_close(bl_normalizer *n);

/// Variants:
/// 0  C API over UTF-16: u_strFromUTF8 -> unorm2_normalize -> u_strToUTF8.
/// 1  C API over UTF-16 with the quick-check idiom: u_strFromUTF8 ->
///    unorm2_spanQuickCheckYes; text that passes whole is the output as it is,
///    otherwise unorm2_normalizeSecondAndAppend from the span on -> u_strToUTF8.
/// 2  C++ over UTF-8, the path TarjumanICU takes: Normalizer2::isNormalizedUTF8,
///    then Normalizer2::normalizeUTF8 into a CheckedArrayByteSink if needed.
/// 3  C++ over UTF-8, Normalizer2::normalizeUTF8 alone (no isNormalized check).
bl_result bl_norm_run(bl_normalizer *n, int32_t variant, const char *text,
                      const int32_t *spans, int32_t count, int32_t digest);

// MARK: - Segmentation

/// type: 0 character, 1 word, 2 line, 3 sentence (as in CICUShim).
typedef struct bl_breaker bl_breaker;
bl_breaker *bl_brk_open(int32_t type, const char *locale, int32_t *status);
void bl_brk_close(bl_breaker *b);

/// For each span: utext_openUTF8 (reusing one UText) + ubrk_setUText, then
/// ubrk_next / ubrk_getRuleStatus to the end.
bl_result bl_brk_run(bl_breaker *b, const char *text, const int32_t *spans, int32_t count,
                     int32_t digest);

// MARK: - Transliteration

typedef struct bl_translit bl_translit;
/// Opens a transliterator from an ASCII transform ID (utrans_openU).
bl_translit *bl_trans_open(const char *id, int32_t *status);
void bl_trans_close(bl_translit *t);

/// For each span: u_strFromUTF8 -> utrans_transUChars (in place, UTF-16) ->
/// u_strToUTF8.
bl_result bl_trans_run(bl_translit *t, const char *text, const int32_t *spans, int32_t count,
                       int32_t digest);

#ifdef __cplusplus
}
#endif

#endif
