#ifndef PANEL_CDIGEST_H
#define PANEL_CDIGEST_H

#include <stddef.h>
#include <stdint.h>

/// Runs the SHA-256 compression function over `blocks` 64-byte blocks at `data`, updating `state`
/// (the eight working words, FIPS 180-4 section 6.2). Uses the CPU's SHA instructions where it has them.
void panel_sha256_blocks(uint32_t state[8], const uint8_t *data, size_t blocks);

/// The same in portable C, whatever the CPU has (for tests that compare the two).
void panel_sha256_blocks_portable(uint32_t state[8], const uint8_t *data, size_t blocks);

/// Whether `panel_sha256_blocks` uses the CPU's SHA instructions (x86 SHA extensions).
int panel_sha256_hardware(void);

#endif
