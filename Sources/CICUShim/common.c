#include "cicu_shim.h"

#include <stdlib.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utypes.h>
#include <unicode/uversion.h>

const char *cicu_u_errorName(int32_t status) {
    const char *name = u_errorName((UErrorCode)status);
    return name ? name : "U_UNKNOWN_ERROR";
}

void cicu_u_getVersion(uint8_t version[4]) { u_getVersion(version); }

void cicu_u_getUnicodeVersion(uint8_t version[4]) { u_getUnicodeVersion(version); }

void cicu_free(void *p) { free(p); }

int32_t cicu_uscript_getScript(uint32_t codePoint) {
    UErrorCode ec = U_ZERO_ERROR;
    UScriptCode code = uscript_getScript((UChar32)codePoint, &ec);
    return U_FAILURE(ec) ? -1 : (int32_t)code;
}

const char *cicu_uscript_getName(int32_t script) { return uscript_getName((UScriptCode)script); }

const char *cicu_uscript_getShortName(int32_t script) {
    return uscript_getShortName((UScriptCode)script);
}

int8_t cicu_uscript_hasScript(uint32_t codePoint, int32_t script) {
    return uscript_hasScript((UChar32)codePoint, (UScriptCode)script) ? 1 : 0;
}

int32_t cicu_uscript_fromName(const char *name) {
    int32_t v = u_getPropertyValueEnum(UCHAR_SCRIPT, name);
    return v == UCHAR_INVALID_CODE ? -1 : v;
}
