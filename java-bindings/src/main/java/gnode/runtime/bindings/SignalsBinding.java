package gnode.runtime.bindings;

import gnode.natives.Posix;
import gnode.natives.SignalWatcher;
import gnode.runtime.GnodeRuntime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.graalvm.polyglot.Value;

/**
 * {@code internalBinding('signals')}: process.kill and process.on('SIGxxx'). Installed at start for the signals
 * that end a process by default, so that with no JS listener gnode dies BY the signal (its parent sees the
 * signal, not an exit code 128+n), decided on the JVM's signal thread even while JS is busy.
 */
public final class SignalsBinding {
    private static final int[] FATAL_BY_DEFAULT = {1, 2, 15}; // SIGHUP, SIGINT, SIGTERM

    private final GnodeRuntime runtime;
    private final SignalWatcher watcher = new SignalWatcher(Runnable::run);
    private final Map<Integer, Value> listeners = new ConcurrentHashMap<>();

    SignalsBinding(GnodeRuntime runtime) {
        this.runtime = runtime;
        for (int signo : FATAL_BY_DEFAULT) {
            watcher.watch(signo, () -> deliver(signo));
        }
    }

    /** Runs on the JVM's signal dispatcher thread. */
    private void deliver(int signo) {
        Value callback = listeners.get(signo);
        if (callback == null) {
            System.out.flush();
            System.err.flush();
            SignalWatcher.resetAndRaise(signo);
            return;
        }
        runtime.loop().execute(() -> {
            Value current = listeners.get(signo);
            if (current != null) {
                runtime.callback(current);
            }
        });
    }

    /** kill(2): 0 or -errno. */
    public int kill(int pid, int signo) {
        return Posix.kill(pid, signo);
    }

    /** Starts delivering {@code signo} to {@code callback}; returns signo as the handle, or -errno. */
    public int watch(int signo, Value callback) {
        listeners.put(signo, callback);
        boolean fatal = false;
        for (int s : FATAL_BY_DEFAULT) {
            fatal |= s == signo;
        }
        int rc = fatal ? 0 : watcher.watch(signo, () -> deliver(signo));
        if (rc < 0) {
            listeners.remove(signo);
            return rc;
        }
        // Like Node's signal handles, a listener does not keep the loop alive.
        return signo;
    }

    public void unwatch(int signo) {
        listeners.remove(signo);
        boolean fatal = false;
        for (int s : FATAL_BY_DEFAULT) {
            fatal |= s == signo;
        }
        if (!fatal) {
            watcher.unwatch(signo);
        }
    }
}
