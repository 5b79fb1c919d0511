#ifndef CMALLOC_SHIM_H
#define CMALLOC_SHIM_H

// glibc's malloc tuning (mallopt, M_ARENA_MAX): the executable caps malloc's arenas before any thread starts
// (docs/performance.md, "Server memory per payment"). Part of libc, so nothing to link.
#include <malloc.h>

#endif
