import gnode.natives.IoLoop;
import gnode.natives.ProcessHandle;
import gnode.natives.ReadCallback;
import gnode.natives.SpawnRequest;
import gnode.natives.StdioSpec;
import gnode.natives.StreamHandle;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Benchmarks of the native layer (not asserted anywhere). Run from the repository root after building java-bindings:
 *   java --enable-native-access=ALL-UNNAMED -cp java-bindings/target/classes bench/native/NativeBench.java [spawns] [dd-MiB]
 */
public final class NativeBench {
    public static void main(String[] args) throws Exception {
        int spawns = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int mib = args.length > 1 ? Integer.parseInt(args[1]) : 1024;
        ExecutorService js = Executors.newSingleThreadExecutor();
        long c0 = System.nanoTime();
        try (IoLoop loop = new IoLoop(js)) {
            long c1 = System.nanoTime();
            CompletableFuture<Void> first = new CompletableFuture<>();
            ProcessHandle p0 = loop.spawn(SpawnRequest.of("/bin/true", List.of("true"), Collections.nCopies(3, StdioSpec.PIPE)),
                    (c, s) -> first.complete(null));
            first.get(10, TimeUnit.SECONDS);
            long c2 = System.nanoTime();
            System.out.printf("cold start: new IoLoop %.1f ms, first spawn+exit (creates the handles it needs) %.1f ms%n",
                    (c1 - c0) / 1e6, (c2 - c1) / 1e6);
            for (int fd = 0; fd < 3; fd++) p0.stdio(fd).close(null);
            spawnBench(loop, "spawn+exit /bin/true, stdio ignore", Collections.nCopies(3, StdioSpec.IGNORE), spawns, false);
            spawnBench(loop, "spawn+exit /bin/true, 3 pipes (+EOF, close)", Collections.nCopies(3, StdioSpec.PIPE), spawns, true);
            double[] rates = new double[7];
            for (int i = 0; i < rates.length; i++) rates[i] = readBench(loop, mib);
            Arrays.sort(rates);
            System.out.printf("dd %d MiB through IoLoop+StreamHandle: median %.2f GB/s of %d runs (min %.2f, max %.2f)%n",
                    mib, rates[rates.length / 2], rates.length, rates[0], rates[rates.length - 1]);
        } finally {
            js.shutdownNow();
        }
    }

    private static void spawnBench(IoLoop loop, String label, List<StdioSpec> stdio, int n, boolean readPipes) throws Exception {
        SpawnRequest req = SpawnRequest.of("/bin/true", List.of("true"), stdio);
        long[] times = new long[n];
        for (int round = 0; round < 2; round++) { // round 0 warms up
            for (int i = 0; i < n; i++) {
                long t0 = System.nanoTime();
                CompletableFuture<Void> exit = new CompletableFuture<>();
                ProcessHandle p = loop.spawn(req, (c, s) -> exit.complete(null));
                CompletableFuture<?>[] eofs = new CompletableFuture<?>[stdio.size()];
                Arrays.fill(eofs, CompletableFuture.completedFuture(null));
                if (readPipes) for (int fd = 0; fd < stdio.size(); fd++) eofs[fd] = drain(p.stdio(fd));
                exit.get(10, TimeUnit.SECONDS);
                CompletableFuture.allOf(eofs).get(10, TimeUnit.SECONDS);
                p.close();
                times[i] = System.nanoTime() - t0;
            }
        }
        Arrays.sort(times);
        System.out.printf("%-48s median %.3f ms, p90 %.3f ms (n=%d)%n", label, times[n / 2] / 1e6, times[n * 9 / 10] / 1e6, n);
    }

    /** Reads to EOF and closes; completes with the byte count. */
    private static CompletableFuture<Long> drain(StreamHandle s) {
        CompletableFuture<Long> done = new CompletableFuture<>();
        long[] total = new long[1];
        s.readStart(new ReadCallback() {
            public void onData(ByteBuffer chunk) { total[0] += chunk.remaining(); }
            public void onEof() { s.close(() -> done.complete(total[0])); }
            public void onError(int e) { s.close(() -> done.complete(total[0])); }
        });
        return done;
    }

    private static double readBench(IoLoop loop, int mib) throws Exception {
        SpawnRequest req = SpawnRequest.of("dd", List.of("dd", "if=/dev/zero", "bs=1M", "count=" + mib),
                List.of(StdioSpec.IGNORE, StdioSpec.PIPE, StdioSpec.IGNORE));
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        ProcessHandle p = loop.spawn(req, (c, s) -> { });
        long bytes = drain(p.stdio(1)).get(120, TimeUnit.SECONDS);
        double s = (System.nanoTime() - t0) / 1e9;
        double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
        System.out.printf("  dd run: %.2f GB/s, %.3f s, our CPU %.3f s/GB%n", bytes / s / 1e9, s, cpu / (bytes / 1e9));
        p.close();
        return bytes / s / 1e9;
    }
}
