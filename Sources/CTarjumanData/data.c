#include "tarjuman_data.h"
#include <string.h>

// The pack itself, embedded at compile time (C23 #embed, clang 19 and later).
// tarjuman.pack is a build product of `make data`; never edit it by hand.
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wc23-extensions"
__attribute__((aligned(16))) static const unsigned char pack[] = {
#embed "tarjuman.pack"
};
#pragma clang diagnostic pop

const unsigned char *tarjuman_data_bytes(void) { return pack; }

size_t tarjuman_data_size(void) { return sizeof pack; }

uint64_t tarjuman_data_checksum(const unsigned char *bytes, size_t count) {
    uint64_t h = 0x9E3779B97F4A7C15ull ^ (uint64_t)count;
    size_t i = 0;
    for (; i + 8 <= count; i += 8) {
        uint64_t w;
        memcpy(&w, bytes + i, 8);   // little-endian hosts only (checked by the reader)
        h = (h ^ w) * 0xFF51AFD7ED558CCDull;
        h ^= h >> 32;
    }
    uint64_t tail = 0;
    for (size_t k = 0; i + k < count; k++) tail |= (uint64_t)bytes[i + k] << (8 * k);
    h = (h ^ tail) * 0xC4CEB9FE1A85EC53ull;
    h ^= h >> 29;
    return h;
}
