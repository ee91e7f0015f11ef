package gnode.runtime;

import gnode.natives.SignalWatcher;
import java.util.function.IntPredicate;

/**
 * SIGHUP, SIGINT and SIGTERM as Node treats them: with no JS listener the process dies BY the signal (its parent
 * sees the signal, not the JVM's exit code 128+n). Installed first thing in main, so the JVM's own shutdown handler
 * is replaced as early as possible; the runtime later says which signals JS listens to.
 */
public final class DefaultSignals {
    static final int[] FATAL_BY_DEFAULT = {1, 2, 15};

    private static final SignalWatcher WATCHER = new SignalWatcher(Runnable::run);
    private static volatile IntPredicate delivery = signo -> false;

    private DefaultSignals() {
    }

    /** Replaces the JVM's handlers for SIGHUP, SIGINT and SIGTERM. */
    public static void install() {
        for (int signo : FATAL_BY_DEFAULT) {
            WATCHER.watch(signo, () -> {
                if (!delivery.test(signo)) {
                    System.out.flush();
                    System.err.flush();
                    SignalWatcher.resetAndRaise(signo);
                }
            });
        }
    }

    public static boolean isFatalByDefault(int signo) {
        for (int s : FATAL_BY_DEFAULT) {
            if (s == signo) {
                return true;
            }
        }
        return false;
    }

    /**
     * Who takes a delivered signal: the predicate returns true when JS has a listener and the signal was handed to
     * it; otherwise the process dies by the signal. Runs on the JVM's signal thread.
     */
    public static void setDelivery(IntPredicate handledByJs) {
        delivery = handledByJs;
    }
}
