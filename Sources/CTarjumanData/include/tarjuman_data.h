// Tarjuman's built-in data: one binary pack compiled into the library
// (written by `make data` from the text sources in Data/; see Data/README.md).
// Plain C types only, no ICU: the ICU boundary stays in CICUShim.
#ifndef TARJUMAN_DATA_H
#define TARJUMAN_DATA_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// The first byte of the pack (16-byte aligned, read-only, lives as long as
/// the process).
const unsigned char *tarjuman_data_bytes(void);

/// The pack's size in bytes.
size_t tarjuman_data_size(void);

/// The pack's checksum of `count` bytes (64-bit, word-wise multiply-xor; see
/// data.c). Written here in C so that a debug build checks megabytes in
/// milliseconds.
uint64_t tarjuman_data_checksum(const unsigned char *bytes, size_t count);

#ifdef __cplusplus
}
#endif

#endif
