package gnode.natives;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * Delivers process signals to JS, through sun.misc.Signal (the JVM's own dispatcher thread, then the JS executor).
 * Measured on HotSpot 25/Linux: every signal can be watched except SIGQUIT (the JVM's thread dump), SIGKILL and
 * SIGSTOP, and the synchronous fault signals SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP, which the JVM needs for
 * itself (HotSpot would accept SIGBUS and SIGTRAP, but taking them over breaks mapped files and, on aarch64,
 * compiled-code traps; we refuse them). With -Xrs the JVM also refuses SIGINT, SIGTERM and SIGHUP.
 * watch returns -EINVAL for a refused signal.
 */
public final class SignalWatcher {
    private static final java.util.Set<Integer> RESERVED = java.util.Set.of(4, 5, 7, 8, 11); // ILL TRAP BUS FPE SEGV

    private final Executor js;
    private final Map<Integer, sun.misc.SignalHandler> previous = new HashMap<>();

    public SignalWatcher(Executor jsThread) { this.js = jsThread; }

    /** Calls onJsThread (on the JS executor) for every delivery of signo; replaces an earlier watch. 0 or -EINVAL. */
    public synchronized int watch(int signo, Runnable onJsThread) {
        String name = Signals.name(signo);
        if (name == null || RESERVED.contains(signo)) return -Errno.EINVAL;
        try {
            sun.misc.SignalHandler old = sun.misc.Signal.handle(new sun.misc.Signal(name.substring(3)), sig -> {
                try { js.execute(onJsThread); } catch (RejectedExecutionException ignored) { /* shutting down */ }
            });
            previous.putIfAbsent(signo, old);
            return 0;
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            return -Errno.EINVAL;
        }
    }

    /** Restores the disposition the JVM had before the first watch. */
    public synchronized int unwatch(int signo) {
        sun.misc.SignalHandler old = previous.remove(signo);
        if (old == null) return 0;
        try {
            sun.misc.Signal.handle(new sun.misc.Signal(Signals.name(signo).substring(3)), old);
            return 0;
        } catch (IllegalArgumentException e) {
            return -Errno.EINVAL;
        }
    }

    private static final class H {
        static final MethodHandle SIGNAL = Native.fn("signal", FunctionDescriptor.of(ADDRESS, JAVA_INT, ADDRESS));
        static final MethodHandle SIGEMPTYSET = Native.fn("sigemptyset", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        static final MethodHandle SIGADDSET = Native.fn("sigaddset", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
        static final MethodHandle PTHREAD_SIGMASK = Native.fn("pthread_sigmask", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS));
        static final MethodHandle RAISE = Native.fn("raise", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    }

    /**
     * Dies by signo, as Node does for an unhandled SIGTERM/SIGINT/...: default disposition, unblocked, raised, so
     * the parent sees "killed by signal" and not an exit code. Returns only if the default action does not
     * terminate (e.g. SIGCHLD, SIGWINCH) or signo is invalid (-EINVAL).
     */
    public static int resetAndRaise(int signo) {
        if (signo <= 0 || signo > Signals.MAX || signo == Signals.SIGKILL || signo == Signals.SIGSTOP) {
            if (signo != Signals.SIGKILL && signo != Signals.SIGSTOP) return -Errno.EINVAL;
        }
        try (Arena a = Arena.ofConfined()) {
            MemorySegment ignored = (MemorySegment) H.SIGNAL.invokeExact(signo, MemorySegment.NULL); // SIG_DFL = 0
            MemorySegment set = a.allocate(Platform.SIGSET_SIZE, 8);
            int r = (int) H.SIGEMPTYSET.invokeExact(set);
            r = (int) H.SIGADDSET.invokeExact(set, signo);
            r = (int) H.PTHREAD_SIGMASK.invokeExact(Platform.SIG_UNBLOCK, set, MemorySegment.NULL);
            r = (int) H.RAISE.invokeExact(signo);
            return r;
        } catch (Throwable t) {
            throw Native.bug(t);
        }
    }
}
