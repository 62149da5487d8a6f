#ifndef CSHAEXTENSIONS_H
#define CSHAEXTENSIONS_H

#include <stddef.h>
#include <stdint.h>

/// Whether this processor has the x86 SHA extensions (and the SSE4.1/SSSE3 they need).
int cv_sha256_hardware_available(void);

/// Compresses `blocks` 64-byte blocks of `data` into the eight state words with the SHA extensions.
/// Call only when cv_sha256_hardware_available() returned 1.
void cv_sha256_hardware_blocks(uint32_t state[8], const uint8_t *data, size_t blocks);

#endif
