package gnode.natives;

/**
 * A spawned child. Its exit is watched through a pidfd in the loop's epoll set and reaped with
 * waitpid(pid, WNOHANG) for this pid only — never waitpid(-1), which would steal the JDK's own children.
 */
public final class ProcessHandle {
    private final IoLoop loop;
    private final int pid;
    private final int errno;
    private final StreamHandle[] stdio;
    private final ExitCallback onExit;
    private final IoLoop.Source watch;

    // Guarded by this.
    private int pidfd;
    private boolean exited;
    private boolean exitDelivered;
    private boolean closed;

    ProcessHandle(IoLoop loop, int pid, int errno, StreamHandle[] stdio, int pidfd, ExitCallback onExit) {
        this.loop = loop;
        this.pid = pid;
        this.errno = errno;
        this.stdio = stdio;
        this.pidfd = pidfd;
        this.onExit = onExit;
        this.watch = new IoLoop.Source(pidfd) {
            @Override void onEvents(int events) { reap(); }
        };
    }

    public int pid() { return pid; }

    /** 0, or the -errno of a failed spawn. */
    public int errno() { return errno; }

    /** The parent's end of a piped child fd, or null. */
    public StreamHandle stdio(int childFd) {
        return childFd >= 0 && childFd < stdio.length ? stdio[childFd] : null;
    }

    /** Sends a signal: 0, -ESRCH once the child has exited (or never started), -EINVAL for an invalid signal. */
    public int kill(int signo) {
        if (!Signals.isValid(signo)) return -Errno.EINVAL;
        synchronized (this) {
            if (errno != 0) return -Errno.ESRCH;
            // Reaped, but JS has not seen the exit yet: for Node the child is still an unreaped zombie, and
            // signalling a zombie succeeds.
            if (exited) return exitDelivered ? -Errno.ESRCH : 0;
            if (pidfd < 0) return -Errno.ESRCH;
            return Libc.pidfdSendSignal(pidfd, signo);
        }
    }

    /** No exit callback after this; the child is still reaped when it exits (no zombie). Streams stay open. */
    public synchronized void close() { closed = true; }

    /** I/O thread. */
    void startWatching() { loop.setInterest(watch, Platform.EPOLLIN); }

    /** I/O thread: the pidfd is readable once the child has terminated. */
    private void reap() {
        int[] status = new int[1];
        int r = Libc.waitpid(pid, Platform.WNOHANG, status);
        if (r == 0) return;
        loop.setInterest(watch, 0);
        boolean notify;
        synchronized (this) {
            exited = true;
            Libc.close(pidfd);
            pidfd = -1;
            notify = !closed && onExit != null;
        }
        if (!notify) {
            synchronized (this) { exitDelivered = true; }
            return;
        }
        int st = status[0];
        // r < 0 (ECHILD): someone else reaped it; report a plain exit with an unknown status of 0.
        long code = r > 0 && (st & 0x7f) == 0 ? (st >> 8) & 0xff : 0;
        int sig = r > 0 && (st & 0x7f) != 0 && (st & 0x7f) != 0x7f ? st & 0x7f : 0;
        // Through the JS thread and back: a child can end before JS has even started reading its pipes (the spawn
        // call is still running). Once JS has had its turn, the pipes it reads are drained here, so the child's
        // output comes before its exit, as in libuv, which handles SIGCHLD after the other I/O of a poll.
        loop.emitNow(() -> loop.post(() -> drainAndReport(code, sig)));
    }

    /** I/O thread: what the child wrote is read, then its exit goes to the JS thread. */
    private void drainAndReport(long code, int sig) {
        for (StreamHandle stream : stdio) {
            if (stream != null) stream.drainBeforeExit();
        }
        loop.emit(() -> {
            synchronized (this) {
                exitDelivered = true;
                if (closed) return;
            }
            onExit.onExit(code, sig);
        });
    }
}
