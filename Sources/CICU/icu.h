// System ICU, found through pkg-config (icu-uc icu-i18n). This module exists
// for compiler and linker flags only: Swift code never imports it directly
// (see Sources/CICUShim and ../shared/notes/icu-on-linux-swift.md).
#include <unicode/utypes.h>
