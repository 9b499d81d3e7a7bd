#ifndef DOPPEL_CSQLITE_SHIM_H
#define DOPPEL_CSQLITE_SHIM_H
#include <sqlite3.h>

/// SQLITE_TRANSIENT is a macro Swift cannot import: it tells SQLite to copy bound bytes.
static inline sqlite3_destructor_type doppel_sqlite_transient(void) {
    return SQLITE_TRANSIENT;
}

#if defined(__GLIBC__)
#include <malloc.h>
#endif

/// Returns freed heap memory to the operating system after SQLite gives up a large cache (glibc only).
static inline void doppel_release_heap(void) {
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}
#endif
