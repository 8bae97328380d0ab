#include "COutputCleanup.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

// A few slots, so that outputs written at once from several threads are each cleaned up.
enum { slot_count = 8 };

static char pending[slot_count][PATH_MAX];
static volatile sig_atomic_t armed[slot_count];
static pthread_mutex_t slots_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_once_t handlers_once = PTHREAD_ONCE_INIT;
static const int cleaned_signals[] = { SIGINT, SIGTERM, SIGHUP };

static void on_signal(int signal_number) {
    for (int slot = 0; slot < slot_count; slot++) {
        if (armed[slot]) unlink(pending[slot]);
    }
    // SA_RESETHAND restored the default action: the process ends as the signal meant.
    raise(signal_number);
}

static void install_handlers(void) {
    for (size_t index = 0; index < sizeof cleaned_signals / sizeof cleaned_signals[0]; index++) {
        struct sigaction previous;
        if (sigaction(cleaned_signals[index], NULL, &previous) != 0 || previous.sa_handler == SIG_IGN) continue;
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_handler = on_signal;
        action.sa_flags = SA_RESETHAND;
        sigemptyset(&action.sa_mask);
        sigaction(cleaned_signals[index], &action, NULL);
    }
}

static void block_signals(sigset_t *previous) {
    sigset_t blocked;
    sigemptyset(&blocked);
    for (size_t index = 0; index < sizeof cleaned_signals / sizeof cleaned_signals[0]; index++) {
        sigaddset(&blocked, cleaned_signals[index]);
    }
    pthread_sigmask(SIG_BLOCK, &blocked, previous);
}

static void restore_signals(const sigset_t *previous) {
    int saved = errno;
    pthread_sigmask(SIG_SETMASK, previous, NULL);
    errno = saved;
}

// Forgets `path` (called with the signals blocked).
static void forget(const char *path) {
    pthread_mutex_lock(&slots_lock);
    for (int slot = 0; slot < slot_count; slot++) {
        if (armed[slot] && strcmp(pending[slot], path) == 0) {
            armed[slot] = 0;
            break;
        }
    }
    pthread_mutex_unlock(&slots_lock);
}

int tz_output_create(const char *path, mode_t mode) {
    pthread_once(&handlers_once, install_handlers);
    sigset_t previous;
    block_signals(&previous);
    int descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, mode);
    if (descriptor >= 0 && strlen(path) < PATH_MAX) {
        pthread_mutex_lock(&slots_lock);
        for (int slot = 0; slot < slot_count; slot++) {
            if (!armed[slot]) {
                strcpy(pending[slot], path);
                armed[slot] = 1;
                break;
            }
        }
        pthread_mutex_unlock(&slots_lock);
    }
    restore_signals(&previous);
    return descriptor;
}

int tz_output_commit(const char *path, const char *target) {
    sigset_t previous;
    block_signals(&previous);
    int result = rename(path, target);
    if (result == 0) forget(path);
    restore_signals(&previous);
    return result;
}

void tz_output_discard(const char *path) {
    sigset_t previous;
    block_signals(&previous);
    unlink(path);
    forget(path);
    restore_signals(&previous);
}
