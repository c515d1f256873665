// System ICU, found through pkg-config (icu-uc icu-i18n). This module exists
// for compiler and linker flags only: the C baseline includes ICU's headers
// itself and Swift code never imports it.
#include <unicode/utypes.h>
