// Normalization over ICU's C++ Normalizer2, whose normalizeUTF8 and
// isNormalizedUTF8 work on UTF-8 directly (no UTF-16 round trip for the
// composing forms). Exposed to Swift through plain C functions.
#include "cicu_shim.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/unorm2.h>

namespace {

const icu::Normalizer2 *instanceFor(int32_t form, UErrorCode &ec) {
    switch (form) {
    case 0: return icu::Normalizer2::getNFCInstance(ec);
    case 1: return icu::Normalizer2::getNFDInstance(ec);
    case 2: return icu::Normalizer2::getNFKCInstance(ec);
    case 3: return icu::Normalizer2::getNFKDInstance(ec);
    case 4: return icu::Normalizer2::getNFKCCasefoldInstance(ec);
    default:
        ec = U_ILLEGAL_ARGUMENT_ERROR;
        return nullptr;
    }
}

}  // namespace

extern "C" int32_t cicu_unorm2_normalizeUTF8(int32_t form, const char *src, int32_t srcLength,
                                             char *dst, int32_t dstCapacity, int32_t *status) {
    UErrorCode ec = static_cast<UErrorCode>(*status);
    if (U_FAILURE(ec)) return 0;
    const icu::Normalizer2 *norm = instanceFor(form, ec);
    if (U_FAILURE(ec)) { *status = ec; return 0; }
    icu::CheckedArrayByteSink sink(dst, dstCapacity);
    norm->normalizeUTF8(0, icu::StringPiece(src, srcLength), sink, nullptr, ec);
    if (U_SUCCESS(ec) && sink.Overflowed()) ec = U_BUFFER_OVERFLOW_ERROR;
    *status = ec;
    return sink.NumberOfBytesAppended();
}

extern "C" int8_t cicu_unorm2_isNormalizedUTF8(int32_t form, const char *src, int32_t srcLength,
                                               int32_t *status) {
    UErrorCode ec = static_cast<UErrorCode>(*status);
    if (U_FAILURE(ec)) return 0;
    const icu::Normalizer2 *norm = instanceFor(form, ec);
    if (U_FAILURE(ec)) { *status = ec; return 0; }
    UBool result = norm->isNormalizedUTF8(icu::StringPiece(src, srcLength), ec);
    *status = ec;
    return result ? 1 : 0;
}

extern "C" int32_t cicu_unorm2_quickCheck(int32_t form, const uint16_t *src, int32_t srcLength,
                                          int32_t *status) {
    UErrorCode ec = static_cast<UErrorCode>(*status);
    if (U_FAILURE(ec)) return 0;
    const icu::Normalizer2 *norm = instanceFor(form, ec);
    if (U_FAILURE(ec)) { *status = ec; return 0; }
    icu::UnicodeString text(false, reinterpret_cast<const UChar *>(src), srcLength);  // read-only alias
    UNormalizationCheckResult r = norm->quickCheck(text, ec);
    *status = ec;
    switch (r) {
    case UNORM_NO: return 0;
    case UNORM_YES: return 1;
    default: return 2;
    }
}
