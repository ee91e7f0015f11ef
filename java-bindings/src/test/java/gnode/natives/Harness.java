package gnode.natives;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** A loop with a single-thread executor standing in for the JS thread, and helpers to run children through it. */
final class Harness implements AutoCloseable {
    final ExecutorService js = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "test-js");
        t.setDaemon(true);
        return t;
    });
    final IoLoop loop = new IoLoop(js);

    record Outcome(long code, int signal, Map<Integer, String> out) {}

    /** Spawns, reads every piped fd to EOF, waits for the exit; fails if that takes longer than timeoutSec. */
    Outcome run(SpawnRequest req, long timeoutSec) throws Exception {
        CompletableFuture<long[]> exit = new CompletableFuture<>();
        ProcessHandle p = loop.spawn(req, (code, sig) -> exit.complete(new long[] {code, sig}));
        if (p.errno() != 0) throw new IllegalStateException("spawn failed: " + Errno.name(p.errno()));
        Map<Integer, CompletableFuture<String>> reads = new TreeMap<>();
        for (int i = 0; i < req.stdio().size(); i++) {
            StreamHandle s = p.stdio(i);
            if (s != null) reads.put(i, readAll(s));
        }
        long[] e = exit.get(timeoutSec, TimeUnit.SECONDS);
        Map<Integer, String> out = new TreeMap<>();
        for (var r : reads.entrySet()) out.put(r.getKey(), r.getValue().get(timeoutSec, TimeUnit.SECONDS));
        p.close();
        return new Outcome(e[0], (int) e[1], out);
    }

    /** Reads a stream to EOF, then closes it. */
    CompletableFuture<String> readAll(StreamHandle s) {
        CompletableFuture<byte[]> f = readAllBytes(s);
        return f.thenApply(b -> new String(b));
    }

    CompletableFuture<byte[]> readAllBytes(StreamHandle s) {
        CompletableFuture<byte[]> f = new CompletableFuture<>();
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        s.readStart(new ReadCallback() {
            public void onData(ByteBuffer chunk) { buf.write(chunk.array(), chunk.arrayOffset(), chunk.limit()); }
            public void onEof() { s.close(() -> f.complete(buf.toByteArray())); }
            public void onError(int negErrno) { s.close(() -> f.completeExceptionally(new IllegalStateException(Errno.name(negErrno)))); }
        });
        return f;
    }

    static SpawnRequest sh(String script, List<StdioSpec> stdio) {
        return SpawnRequest.of("/bin/sh", List.of("sh", "-c", script), stdio);
    }

    static List<StdioSpec> pipes(int n) {
        return java.util.Collections.nCopies(n, StdioSpec.PIPE);
    }

    /** Runs a Runnable on the "JS" thread and waits for it. */
    void onJs(Runnable r) throws Exception { js.submit(r).get(10, TimeUnit.SECONDS); }

    @Override
    public void close() {
        loop.close();
        js.shutdownNow();
    }
}
