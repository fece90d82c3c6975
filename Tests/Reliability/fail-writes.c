// An LD_PRELOAD shim that makes writes fail with EIO, as a failing disk does: every pwrite()
// and pwrite64() after the first VERSUS_FAIL_WRITES_AFTER ones (SQLite writes its database,
// WAL and shared-memory files with them; Versus reads articles with read()).
//
//   cc -shared -fPIC -o fail-writes.so fail-writes.c -ldl
//   VERSUS_FAIL_WRITES_AFTER=100 LD_PRELOAD=./fail-writes.so versus index ...
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <sys/types.h>
#include <unistd.h>

static atomic_long writes;

static int should_fail(void) {
    const char *after = getenv("VERSUS_FAIL_WRITES_AFTER");
    return after != NULL && atomic_fetch_add(&writes, 1) >= atol(after);
}

ssize_t pwrite(int fd, const void *buf, size_t count, off_t offset) {
    static ssize_t (*real)(int, const void *, size_t, off_t);
    if (!real) real = dlsym(RTLD_NEXT, "pwrite");
    if (should_fail()) { errno = EIO; return -1; }
    return real(fd, buf, count, offset);
}

ssize_t pwrite64(int fd, const void *buf, size_t count, off_t offset) {
    static ssize_t (*real)(int, const void *, size_t, off_t);
    if (!real) real = dlsym(RTLD_NEXT, "pwrite64");
    if (should_fail()) { errno = EIO; return -1; }
    return real(fd, buf, count, offset);
}
