package gnode.natives;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

/**
 * Thin typed wrappers over libc. Each function's downcall handle lives in its own tiny holder class, so it is
 * created on first use only: measured on a cold JVM, the FFM linker itself costs ~100 ms, the first handle ~35 ms,
 * each further new signature ~5 ms (handles with an already seen signature ~0.1 ms).
 * Every wrapper that can fail returns -errno.
 */
final class Libc {
    private Libc() {}

    private static final java.lang.foreign.ValueLayout.OfInt I = JAVA_INT;
    private static final java.lang.foreign.ValueLayout.OfLong L = JAVA_LONG;
    private static final java.lang.foreign.AddressLayout P = ADDRESS;

    private static FunctionDescriptor f(java.lang.foreign.MemoryLayout ret, java.lang.foreign.MemoryLayout... args) {
        return FunctionDescriptor.of(ret, args);
    }

    // ------------------------------------------------------------------ basic fd I/O
    private static final class Close { static final MethodHandle H = Native.errnoFn("close", f(I, I)); }
    static final class Read { static final MethodHandle H = Native.errnoFn("read", f(L, I, P, L)); }
    static final class Write { static final MethodHandle H = Native.errnoFn("write", f(L, I, P, L)); }
    private static final class Fcntl { static final MethodHandle H = Native.errnoVarargs("fcntl", f(I, I, I, I), 2); }
    private static final class Socketpair { static final MethodHandle H = Native.errnoFn("socketpair", f(I, I, I, I, P)); }
    private static final class Shutdown { static final MethodHandle H = Native.errnoFn("shutdown", f(I, I, I)); }

    static int close(int fd) {
        Native.Scratch s = Native.Scratch.get();
        try { int r = (int) Close.H.invokeExact(s.errnoSlot, fd); return r < 0 ? -s.errno() : r; }
        catch (Throwable t) { throw Native.bug(t); }
    }

    static long read(int fd, MemorySegment buf, long len) {
        Native.Scratch s = Native.Scratch.get();
        try { long r = (long) Read.H.invokeExact(s.errnoSlot, fd, buf, len); return r < 0 ? -s.errno() : r; }
        catch (Throwable t) { throw Native.bug(t); }
    }

    private static final class ReadHeap { static final MethodHandle H = Native.errnoCriticalFn("read", f(L, I, P, L)); }

    /** read(2) straight into a Java array (no copy through native memory); only for non-blocking fds. */
    static long readHeap(int fd, byte[] dst) {
        Native.Scratch s = Native.Scratch.get();
        try {
            long r = (long) ReadHeap.H.invokeExact(s.errnoSlot, fd, MemorySegment.ofArray(dst), (long) dst.length);
            return r < 0 ? -s.errno() : r;
        } catch (Throwable t) { throw Native.bug(t); }
    }

    static long write(int fd, MemorySegment buf, long len) {
        Native.Scratch s = Native.Scratch.get();
        try { long r = (long) Write.H.invokeExact(s.errnoSlot, fd, buf, len); return r < 0 ? -s.errno() : r; }
        catch (Throwable t) { throw Native.bug(t); }
    }

    static int fcntl(int fd, int cmd, int arg) {
        Native.Scratch s = Native.Scratch.get();
        try { int r = (int) Fcntl.H.invokeExact(s.errnoSlot, fd, cmd, arg); return r < 0 ? -s.errno() : r; }
        catch (Throwable t) { throw Native.bug(t); }
    }

    /** Returns 0 and fills fds[0..1], or -errno. */
    static int socketpair(int type, int[] fds) {
        Native.Scratch s = Native.Scratch.get();
        try {
            int r = (int) Socketpair.H.invokeExact(s.errnoSlot, Platform.AF_UNIX, type, 0, s.buf);
            if (r < 0) return -s.errno();
            fds[0] = s.buf.get(JAVA_INT, 0);
            fds[1] = s.buf.get(JAVA_INT, 4);
            return 0;
        } catch (Throwable t) { throw Native.bug(t); }
    }

    static int shutdown(int fd, int how) {
        Native.Scratch s = Native.Scratch.get();
        try { int r = (int) Shutdown.H.invokeExact(s.errnoSlot, fd, how); return r < 0 ? -s.errno() : r; }
        catch (Throwable t) { throw Native.bug(t); }
    }

    /** Clears O_NONBLOCK: 0 or -errno. */
    static int setBlocking(int fd) {
        int fl = fcntl(fd, Platform.F_GETFL, 0);
        if (fl < 0) return fl;
        if ((fl & Platform.O_NONBLOCK) == 0) return 0;
        return fcntl(fd, Platform.F_SETFL, fl & ~Platform.O_NONBLOCK);
    }

    static int setNonBlocking(int fd) {
        int fl = fcntl(fd, Platform.F_GETFL, 0);
        if (fl < 0) return fl;
        if ((fl & Platform.O_NONBLOCK) != 0) return 0;
        return fcntl(fd, Platform.F_SETFL, fl | Platform.O_NONBLOCK);
    }

    // ------------------------------------------------------------------ epoll, eventfd, poll
    private static final class EpollCreate1 { static final MethodHandle H = Native.errnoFn("epoll_create1", f(I, I)); }
    private static final class EpollCtl { static final MethodHandle H = Native.errnoFn("epoll_ctl", f(I, I, I, I, P)); }
    private static final class EpollWait { static final MethodHandle H = Native.errnoFn("epoll_wait", f(I, I, P, I, I)); }
    private static final class Eventfd { static final MethodHandle H = Native.errnoFn("eventfd", f(I, I, I)); }
    private static final class Poll { static final MethodHandle H = Native.errnoFn("poll", f(I, P, L, I)); }

    static int epollCreate() {
        Native.Scratch s = Native.Scratch.get();
        try { int r = (int) EpollCreate1.H.invokeExact(s.errnoSlot, Platform.EPOLL_CLOEXEC); return r < 0 ? -s.errno() : r; }
        catch (Throwable t) { throw Native.bug(t); }
    }

    /** ev: a scratch epoll_event segment owned by the caller's thread. */
    static int epollCtl(int epfd, int op, int fd, int events, long data, MemorySegment ev) {
        Native.Scratch s = Native.Scratch.get();
        ev.set(JAVA_INT, 0, events);
        ev.set(java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED, Platform.EPOLL_EVENT_DATA, data);
        try { int r = (int) EpollCtl.H.invokeExact(s.errnoSlot, epfd, op, fd, ev); return r < 0 ? -s.errno() : r; }
        catch (Throwable t) { throw Native.bug(t); }
    }

    static int epollWait(int epfd, MemorySegment events, int max, int timeoutMs) {
        Native.Scratch s = Native.Scratch.get();
        try { int r = (int) EpollWait.H.invokeExact(s.errnoSlot, epfd, events, max, timeoutMs); return r < 0 ? -s.errno() : r; }
        catch (Throwable t) { throw Native.bug(t); }
    }

    static int eventfd(int flags) {
        Native.Scratch s = Native.Scratch.get();
        try { int r = (int) Eventfd.H.invokeExact(s.errnoSlot, 0, flags); return r < 0 ? -s.errno() : r; }
        catch (Throwable t) { throw Native.bug(t); }
    }

    static int poll(MemorySegment fds, long nfds, int timeoutMs) {
        Native.Scratch s = Native.Scratch.get();
        try { int r = (int) Poll.H.invokeExact(s.errnoSlot, fds, nfds, timeoutMs); return r < 0 ? -s.errno() : r; }
        catch (Throwable t) { throw Native.bug(t); }
    }

    // ------------------------------------------------------------------ processes
    private static final class PidfdOpen { static final MethodHandle H = Native.errnoVarargs("syscall", f(L, L, I, I), 1); }
    private static final class PidfdSendSignal { static final MethodHandle H = Native.errnoVarargs("syscall", f(L, L, I, I, P, I), 1); }
    private static final class Waitpid { static final MethodHandle H = Native.errnoFn("waitpid", f(I, I, P, I)); }
    private static final class Kill { static final MethodHandle H = Native.errnoFn("kill", f(I, I, I)); }

    static int pidfdOpen(int pid) {
        Native.Scratch s = Native.Scratch.get();
        try {
            long r = (long) PidfdOpen.H.invokeExact(s.errnoSlot, Platform.SYS_PIDFD_OPEN, pid, 0);
            return r < 0 ? -s.errno() : (int) r;
        } catch (Throwable t) { throw Native.bug(t); }
    }

    static int pidfdSendSignal(int pidfd, int sig) {
        Native.Scratch s = Native.Scratch.get();
        try {
            long r = (long) PidfdSendSignal.H.invokeExact(s.errnoSlot, Platform.SYS_PIDFD_SEND_SIGNAL, pidfd, sig,
                    MemorySegment.NULL, 0);
            return r < 0 ? -s.errno() : (int) r;
        } catch (Throwable t) { throw Native.bug(t); }
    }

    /** waitpid(pid, WNOHANG): returns pid and status in status[0], 0 if still running, or -errno. */
    static int waitpid(int pid, int options, int[] status) {
        Native.Scratch s = Native.Scratch.get();
        try {
            int r = (int) Waitpid.H.invokeExact(s.errnoSlot, pid, s.buf, options);
            if (r < 0) return -s.errno();
            if (r > 0) status[0] = s.buf.get(JAVA_INT, 0);
            return r;
        } catch (Throwable t) { throw Native.bug(t); }
    }

    static int kill(int pid, int sig) {
        Native.Scratch s = Native.Scratch.get();
        try { int r = (int) Kill.H.invokeExact(s.errnoSlot, pid, sig); return r < 0 ? -s.errno() : r; }
        catch (Throwable t) { throw Native.bug(t); }
    }

    // ------------------------------------------------------------------ posix_spawn (returns an error number, no errno)
    static final class Spawn {
        static final MethodHandle SPAWN = Native.fn("posix_spawn", f(I, P, P, P, P, P, P));
        static final MethodHandle FA_INIT = Native.fn("posix_spawn_file_actions_init", f(I, P));
        static final MethodHandle FA_DESTROY = Native.fn("posix_spawn_file_actions_destroy", f(I, P));
        static final MethodHandle FA_DUP2 = Native.fn("posix_spawn_file_actions_adddup2", f(I, P, I, I));
        static final MethodHandle FA_CLOSE = Native.fn("posix_spawn_file_actions_addclose", f(I, P, I));
        static final MethodHandle FA_CLOSEFROM = Native.fn("posix_spawn_file_actions_addclosefrom_np", f(I, P, I));
        static final MethodHandle FA_CHDIR = Native.fn("posix_spawn_file_actions_addchdir_np", f(I, P, P));
        static final MethodHandle ATTR_INIT = Native.fn("posix_spawnattr_init", f(I, P));
        static final MethodHandle ATTR_DESTROY = Native.fn("posix_spawnattr_destroy", f(I, P));
        static final MethodHandle ATTR_SETFLAGS = Native.fn("posix_spawnattr_setflags", f(I, P, JAVA_SHORT));
        static final MethodHandle ATTR_SETSIGMASK = Native.fn("posix_spawnattr_setsigmask", f(I, P, P));
        static final MethodHandle ATTR_SETSIGDEFAULT = Native.fn("posix_spawnattr_setsigdefault", f(I, P, P));
        static final MethodHandle SIGEMPTYSET = Native.fn("sigemptyset", f(I, P));
        static final MethodHandle SIGFILLSET = Native.fn("sigfillset", f(I, P));
    }

    /** The process's current environ array (char **). */
    static MemorySegment environ() {
        MemorySegment var = Native.symbol("environ").reinterpret(ADDRESS.byteSize());
        return var.get(ADDRESS, 0);
    }

    // ------------------------------------------------------------------ helpers
    static int call(MethodHandle mh, MemorySegment a) {
        try { return (int) mh.invokeExact(a); } catch (Throwable t) { throw Native.bug(t); }
    }
}
