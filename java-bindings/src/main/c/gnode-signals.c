/*
 * The async-signal-safe half of gnode's SIGHUP/SIGINT/SIGTERM handling. The JVM runs with -Xrs, so until this
 * handler is installed those signals keep the OS default (the process dies BY the signal, as node does while it
 * starts). Once installed, the handler only writes the signal number to a pipe; Java reads it and either hands the
 * signal to JS or restores the default and re-raises it.
 */
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

static volatile int gnode_signal_pipe = -1;

static void gnode_on_signal(int sig) {
    int saved = errno;
    unsigned char b = (unsigned char) sig;
    if (gnode_signal_pipe >= 0) {
        ssize_t ignored = write(gnode_signal_pipe, &b, 1);
        (void) ignored;
    }
    errno = saved;
}

/* Installs the handler for sig, writing to pipe_fd. 0, or -errno. */
int gnode_signal_install(int sig, int pipe_fd) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    gnode_signal_pipe = pipe_fd;
    sa.sa_handler = gnode_on_signal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    return sigaction(sig, &sa, NULL) == 0 ? 0 : -errno;
}
