package gnode.runtime;

import gnode.natives.SignalPipe;
import gnode.natives.SignalWatcher;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntPredicate;

/**
 * SIGHUP, SIGINT and SIGTERM as Node treats them: with no JS listener the process dies BY the signal (its parent
 * sees the signal, not the JVM's exit code 128+n). {@link #install} runs first thing in main; the runtime later says
 * which signals JS listens to.
 */
public final class DefaultSignals {
    static final int[] FATAL_BY_DEFAULT = {1, 2, 15};

    private static final SignalWatcher WATCHER = new SignalWatcher(Runnable::run);
    private static volatile IntPredicate delivery = signo -> false;

    private DefaultSignals() {
    }

    private static boolean installed;
    /** Under -Xrs: gnode's native handler library, installed when JS first listens for one of these signals. */
    private static String nativeLibrary;
    private static boolean nativeInstalled;

    /**
     * Takes SIGHUP, SIGINT and SIGTERM from the JVM. When bin/gnode started the JVM with -Xrs and gives gnode's
     * native handler library, nothing is needed yet: the JVM left these signals at the OS default (or ignored, if
     * our parent ignored them), which is what node has while nobody listens; {@link #takeForJs} installs the handler
     * when JS first listens, as libuv does. Otherwise the JVM's own handlers are replaced here.
     */
    public static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        nativeLibrary = System.getProperty("gnode.signals.lib");
        if (nativeLibrary == null) {
            watchAll();
        } else if (inheritedIgnored()) {
            // Node resets every disposition at start, so an ignored SIGINT (nohup, a background job) still kills it.
            takeForJs();
        }
    }

    /** Whether our parent left one of the three ignored (the SigIgn mask of /proc/self/status). */
    private static boolean inheritedIgnored() {
        try (BufferedReader r = Files.newBufferedReader(Path.of("/proc/self/status"))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("SigIgn:")) {
                    long mask = Long.parseUnsignedLong(line.substring(7).trim(), 16);
                    for (int signo : FATAL_BY_DEFAULT) {
                        if ((mask & (1L << (signo - 1))) != 0) {
                            return true;
                        }
                    }
                    return false;
                }
            }
        } catch (IOException | RuntimeException e) {
            return true; // cannot tell: take them, as before
        }
        return true;
    }

    /** JS starts listening for one of the three: from now on they come to gnode. 0 or -errno. */
    public static synchronized int takeForJs() {
        if (nativeLibrary == null || nativeInstalled) {
            return 0;
        }
        nativeInstalled = true;
        int rc = SignalPipe.install(nativeLibrary, FATAL_BY_DEFAULT, DefaultSignals::deliver);
        return rc == 0 ? 0 : watchAll();
    }

    private static int watchAll() {
        int rc = 0;
        for (int signo : FATAL_BY_DEFAULT) {
            rc = Math.min(rc, WATCHER.watch(signo, () -> deliver(signo)));
        }
        return rc;
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
