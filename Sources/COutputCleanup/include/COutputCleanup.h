// Temporary output files that a signal (SIGINT, SIGTERM, SIGHUP) must not leave behind.
//
// A signal handler may only make async-signal-safe calls and read plain memory, so the paths of
// the temporary files being written live here, in static C buffers, and the handler does no more
// than unlink them and re-raise the signal with its default action.
#ifndef COUTPUTCLEANUP_H
#define COUTPUTCLEANUP_H

#include <sys/types.h>

/// Creates `path` (O_WRONLY | O_CREAT | O_EXCL, `mode` less the umask) with the signals blocked,
/// and records it so that SIGINT, SIGTERM or SIGHUP unlink it before the process ends. Installs
/// the handlers on first use (a signal the process ignores stays ignored). Returns the
/// descriptor, or -1 with errno set.
int tz_output_create(const char *path, mode_t mode);

/// Renames the recorded temporary `path` over `target` and forgets it, with the signals blocked.
/// Returns 0, or -1 with errno set (the temporary file is then still recorded).
int tz_output_commit(const char *path, const char *target);

/// Unlinks the recorded temporary `path` and forgets it.
void tz_output_discard(const char *path);

#endif
