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

    private static boolean installed;

    /**
     * Takes SIGHUP, SIGINT and SIGTERM: through gnode's native handler when bin/gnode started the JVM with -Xrs
     * (then the OS default applies until this point, so a signal during start-up still kills by the signal), else
     * by replacing the JVM's own handlers.
     */
    public static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        String library = System.getProperty("gnode.signals.lib");
        if (library != null && gnode.natives.SignalPipe.install(library, FATAL_BY_DEFAULT, DefaultSignals::deliver) == 0) {
            return;
        }
        for (int signo : FATAL_BY_DEFAULT) {
            WATCHER.watch(signo, () -> deliver(signo));
        }
    }

    private static void deliver(int signo) {
        if (!delivery.test(signo)) {
            dieBy(signo);
        }
    }

    /** Ends the process by {@code signo} (default disposition, raised). */
    public static void dieBy(int signo) {
        System.out.flush();
        System.err.flush();
        SignalWatcher.resetAndRaise(signo);
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
