package gnode.natives;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SignalTest {
    @Test
    void watchDeliversOnTheJsExecutor() throws Exception {
        var js = Executors.newSingleThreadExecutor(r -> new Thread(r, "test-js"));
        try {
            SignalWatcher w = new SignalWatcher(js);
            CompletableFuture<String> got = new CompletableFuture<>();
            assertEquals(0, w.watch(Signals.SIGUSR2, () -> got.complete(Thread.currentThread().getName())));
            assertEquals(0, Posix.kill(Posix.getpid(), Signals.SIGUSR2));
            assertEquals("test-js", got.get(5, TimeUnit.SECONDS));
            assertEquals(0, w.unwatch(Signals.SIGUSR2));
            assertEquals(-Errno.EINVAL, w.watch(Signals.SIGKILL, () -> { }));
            assertEquals(-Errno.EINVAL, w.watch(7 /* SIGBUS: the JVM needs it */, () -> { }));
            assertEquals(-Errno.EINVAL, w.watch(3 /* SIGQUIT: the JVM thread dump */, () -> { }));
            assertEquals(-Errno.EINVAL, w.watch(99, () -> { }));
        } finally {
            js.shutdownNow();
        }
    }

    /** Run in a separate JVM by {@link #resetAndRaiseDiesBySignal}. */
    public static void main(String[] args) {
        SignalWatcher.resetAndRaise(Integer.parseInt(args[0]));
        System.exit(99); // not reached
    }

    @Test
    void resetAndRaiseDiesBySignal() {
        String java = System.getProperty("java.home") + "/bin/java";
        String cp = System.getProperty("java.class.path");
        for (int sig : new int[] {Signals.SIGTERM, Signals.SIGINT, Signals.SIGHUP}) {
            SyncResult r = SpawnSync.run(SpawnRequest.of(java, List.of("java", "--enable-native-access=ALL-UNNAMED",
                    "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", cp, SignalTest.class.getName(), String.valueOf(sig)),
                    Harness.pipes(3)), null, 30_000, Signals.SIGKILL, Long.MAX_VALUE);
            assertEquals(-1, r.exitCode(), new String(r.output()[2]));
            assertEquals(sig, r.termSignal(), Signals.name(sig));
        }
    }
}
