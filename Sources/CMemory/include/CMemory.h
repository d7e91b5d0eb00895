#ifndef TRACEGATE_CMEMORY_H
#define TRACEGATE_CMEMORY_H

#include <stddef.h>

/// Returns memory that the allocator holds free, in every thread's arena, to the system
/// (glibc's malloc_trim); returns 1 when some was released. A no-op returning 0 elsewhere.
int tg_release_free_memory(void);

/// The first occurrence of `needle` in `haystack` (libc's memmem, which Swift's Glibc module does
/// not export), or NULL.
const void *tg_find_bytes(const void *haystack, size_t length, const void *needle, size_t needle_length);

#endif
