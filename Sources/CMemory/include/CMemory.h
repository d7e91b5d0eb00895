#ifndef TRACEGATE_CMEMORY_H
#define TRACEGATE_CMEMORY_H

/// Returns memory that the allocator holds free, in every thread's arena, to the system
/// (glibc's malloc_trim); returns 1 when some was released. A no-op returning 0 elsewhere.
int tg_release_free_memory(void);

#endif
