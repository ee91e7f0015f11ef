package gnode.runtime.bindings;

import gnode.natives.Posix;
import gnode.natives.SignalWatcher;
import gnode.runtime.DefaultSignals;
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
    private final GnodeRuntime runtime;
    private final SignalWatcher watcher = new SignalWatcher(Runnable::run);
    private final Map<Integer, Value> listeners = new ConcurrentHashMap<>();

    SignalsBinding(GnodeRuntime runtime) {
        this.runtime = runtime;
        DefaultSignals.install();
        DefaultSignals.setDelivery(this::deliver);
    }

    /** Runs on the JVM's signal dispatcher thread: hands the signal to JS if it listens; false otherwise. */
    private boolean deliver(int signo) {
        if (listeners.get(signo) == null) {
            return false;
        }
        runtime.loop().execute(() -> {
            Value current = listeners.get(signo);
            if (current != null) {
                runtime.callback(current);
            }
        });
        return true;
    }

    /** kill(2): 0 or -errno. */
    public int kill(int pid, int signo) {
        int rc = Posix.kill(pid, signo);
        // Node is gone when a kill() that reaches itself returns (the default action). Here gnode's handler took the
        // signal and its reader thread decides, maybe after the program has ended: with no listener, decide now.
        if (rc == 0 && (pid == 0 || pid == Posix.getpid()) && DefaultSignals.isFatalByDefault(signo)
                && listeners.get(signo) == null) {
            DefaultSignals.dieBy(signo);
        }
        return rc;
    }

    /** Starts delivering {@code signo} to {@code callback}; returns signo as the handle, or -errno. */
    public int watch(int signo, Value callback) {
        listeners.put(signo, callback);
        int rc = DefaultSignals.isFatalByDefault(signo)
                ? DefaultSignals.takeForJs()
                : watcher.watch(signo, () -> deliver(signo));
        if (rc < 0) {
            listeners.remove(signo);
            return rc;
        }
        // Like Node's signal handles, a listener does not keep the loop alive.
        return signo;
    }

    public void unwatch(int signo) {
        listeners.remove(signo);
        if (!DefaultSignals.isFatalByDefault(signo)) {
            watcher.unwatch(signo);
        }
    }
}
