// CICUShim: a thin C boundary over the system's ICU.
//
// This header deliberately includes nothing from ICU: only <stdint.h> and
// <stddef.h> types and opaque handles. Every `#include <unicode/...>` lives
// in the .c/.cpp files of this target. That keeps ICU's `UErrorCode` out of
// Swift's view (it clashes with Foundation's private copy of ICU on Linux)
// and resolves ICU's versioned symbol names (`unorm2_normalize_72`) in C.
//
// Conventions
// - Every function is named after the ICU function it wraps: `cicu_<icu name>`.
// - Text crosses the boundary as UTF-8 (`const char *`, `int32_t` length) or,
//   where ICU only speaks UTF-16, as `uint16_t` buffers.
// - `status` is an in/out ICU `UErrorCode` as int32_t: 0 is success,
//   negative values are warnings, positive values are errors.
// - Functions that write into a caller buffer return the full length needed
//   and set the status to U_BUFFER_OVERFLOW_ERROR (15) when it does not fit.
#ifndef CICU_SHIM_H
#define CICU_SHIM_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// ICU's U_BUFFER_OVERFLOW_ERROR.
#define CICU_BUFFER_OVERFLOW_ERROR 15
/// ICU's U_ILLEGAL_ARGUMENT_ERROR.
#define CICU_ILLEGAL_ARGUMENT_ERROR 1

// MARK: - Errors and versions

/// The name of an ICU error code (`u_errorName`). Never NULL.
const char *cicu_u_errorName(int32_t status);
/// ICU's library version as four bytes (`u_getVersion`).
void cicu_u_getVersion(uint8_t version[4]);
/// The Unicode version ICU implements (`u_getUnicodeVersion`).
void cicu_u_getUnicodeVersion(uint8_t version[4]);

// MARK: - Normalization (UNormalizer2 instances are shared and thread-safe)

/// Forms: 0 NFC, 1 NFD, 2 NFKC, 3 NFKD, 4 NFKC_Casefold.
/// Normalizes UTF-8 `src` into `dst` (`Normalizer2::normalizeUTF8`).
/// Returns the number of bytes needed; sets CICU_BUFFER_OVERFLOW_ERROR when
/// `dstCapacity` was too small (nothing useful is in `dst` then).
int32_t cicu_unorm2_normalizeUTF8(int32_t form, const char *src, int32_t srcLength,
                                  char *dst, int32_t dstCapacity, int32_t *status);
/// 1 if UTF-8 `src` is already in `form` (`Normalizer2::isNormalizedUTF8`).
int8_t cicu_unorm2_isNormalizedUTF8(int32_t form, const char *src, int32_t srcLength,
                                    int32_t *status);
/// Quick check of UTF-16 text: 0 no, 1 yes, 2 maybe (`unorm2_quickCheck`).
int32_t cicu_unorm2_quickCheck(int32_t form, const uint16_t *src, int32_t srcLength,
                               int32_t *status);

// MARK: - Case mapping (UCaseMap)

typedef struct cicu_casemap cicu_casemap;
/// Opens a case map for `locale` ("" or NULL = root) (`ucasemap_open`).
cicu_casemap *cicu_ucasemap_open(const char *locale, uint32_t options, int32_t *status);
void cicu_ucasemap_close(cicu_casemap *csm);
/// op: 0 lower, 1 upper, 2 fold (`ucasemap_utf8ToLower`, `...ToUpper`, `...FoldCase`).
/// These take a const UCaseMap in ICU and are safe to call concurrently.
int32_t cicu_ucasemap_utf8Map(const cicu_casemap *csm, int32_t op,
                              const char *src, int32_t srcLength,
                              char *dst, int32_t dstCapacity, int32_t *status);
/// Title case (`ucasemap_utf8ToTitle`). Uses the map's own break iterator:
/// not thread-safe for one map.
int32_t cicu_ucasemap_utf8ToTitle(cicu_casemap *csm, const char *src, int32_t srcLength,
                                  char *dst, int32_t dstCapacity, int32_t *status);

// MARK: - Transliteration (UTransliterator: stateful, one thread at a time)

typedef struct cicu_transliterator cicu_transliterator;
/// Opens a transliterator by ID (`utrans_openU` without rules).
/// dir: 0 forward, 1 reverse.
cicu_transliterator *cicu_utrans_openID(const uint16_t *id, int32_t idLength, int32_t dir,
                                        int32_t *status);
/// Opens a transliterator from rule text (`utrans_openU` with rules).
/// On a parse error `parseLine` and `parseOffset` are set (-1 when unknown).
cicu_transliterator *cicu_utrans_openRules(const uint16_t *id, int32_t idLength,
                                           const uint16_t *rules, int32_t rulesLength,
                                           int32_t dir, int32_t *parseLine,
                                           int32_t *parseOffset, int32_t *status);
/// `utrans_clone`.
cicu_transliterator *cicu_utrans_clone(const cicu_transliterator *trans, int32_t *status);
void cicu_utrans_close(cicu_transliterator *trans);
/// The transliterator's ID as UTF-16 (`utrans_getUnicodeID`).
const uint16_t *cicu_utrans_getUnicodeID(const cicu_transliterator *trans, int32_t *length);
/// Transliterates UTF-8 `src`. The result is UTF-8 in a buffer allocated with
/// malloc, returned through `out`/`outLength`; free it with `cicu_free`.
/// (`u_strFromUTF8` + `utrans_transUChars` + `u_strToUTF8`.)
void cicu_utrans_transUTF8(const cicu_transliterator *trans, const char *src, int32_t srcLength,
                           char **out, int32_t *outLength, int32_t *status);
/// Opens an enumeration of the available transliterator IDs (`utrans_openIDs`).
typedef struct cicu_enumeration cicu_enumeration;
cicu_enumeration *cicu_utrans_openIDs(int32_t *status);
/// Next string of the enumeration, or NULL at the end (`uenum_next`).
const char *cicu_uenum_next(cicu_enumeration *en, int32_t *length, int32_t *status);
void cicu_uenum_close(cicu_enumeration *en);

void cicu_free(void *p);

// MARK: - Break iteration (UBreakIterator: stateful, one thread at a time)

typedef struct cicu_breakiterator cicu_breakiterator;
/// type: 0 character (grapheme cluster), 1 word, 2 line, 3 sentence (`ubrk_open`).
cicu_breakiterator *cicu_ubrk_open(int32_t type, const char *locale, int32_t *status);
cicu_breakiterator *cicu_ubrk_clone(const cicu_breakiterator *bi, int32_t *status);
void cicu_ubrk_close(cicu_breakiterator *bi);
/// Points the iterator at UTF-8 text without copying it (`utext_openUTF8` +
/// `ubrk_setUText`). The text must stay alive and unchanged while the
/// iterator is used on it; afterwards the iterator keeps a stale pointer that
/// ICU never reads again (the next call replaces it; clone and close do not
/// read text). Returns the first boundary, 0.
int32_t cicu_ubrk_setUTF8(cicu_breakiterator *bi, const char *text, int32_t length,
                          int32_t *status);
/// Next boundary and its rule status in one call (`ubrk_next` +
/// `ubrk_getRuleStatus`); -1 at the end, when `*ruleStatus` is left alone.
int32_t cicu_ubrk_nextWithStatus(cicu_breakiterator *bi, int32_t *ruleStatus);

// MARK: - Scripts

/// The script code of a code point (`uscript_getScript`), or -1 on error.
int32_t cicu_uscript_getScript(uint32_t codePoint);
/// Long name of a script code ("Arabic"), or NULL (`uscript_getName`).
const char *cicu_uscript_getName(int32_t script);
/// Short (ISO 15924) name ("Arab"), or NULL (`uscript_getShortName`).
const char *cicu_uscript_getShortName(int32_t script);
/// 1 if the code point has `script` in its Script_Extensions (`uscript_hasScript`).
int8_t cicu_uscript_hasScript(uint32_t codePoint, int32_t script);
/// The script code for a name or ISO 15924 code, or -1 (`u_getPropertyValueEnum`).
int32_t cicu_uscript_fromName(const char *name);

#ifdef __cplusplus
}
#endif

#endif
