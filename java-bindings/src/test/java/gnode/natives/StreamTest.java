package gnode.natives;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StreamTest {
    final Harness h = new Harness();

    @AfterEach
    void tearDown() { h.close(); }

    private StreamHandle[] pair() {
        int[] fds = new int[2];
        assertEquals(0, Libc.socketpair(Platform.SOCK_STREAM | Platform.SOCK_CLOEXEC, fds));
        return new StreamHandle[] {h.loop.openStream(fds[0]), h.loop.openStream(fds[1])};
    }

    @Test
    void writesQueueOnEagainAndDrainInOrder() throws Exception {
        StreamHandle[] p = pair();
        byte[] big = new byte[4 << 20];
        for (int i = 0; i < big.length; i++) big[i] = (byte) (i * 31 + 7);
        List<Integer> done = new CopyOnWriteArrayList<>();
        assertEquals(0, p[0].write(ByteBuffer.wrap(big), done::add));
        assertTrue(p[0].writeQueueSize() > 0, "the socket buffer cannot take 4 MiB: the rest is queued");
        assertEquals(-Errno.EAGAIN, p[0].tryWrite(ByteBuffer.wrap(new byte[1])), "tryWrite behind a queue");
        CompletableFuture<Integer> shut = new CompletableFuture<>();
        assertEquals(0, p[0].shutdown(shut::complete));
        assertEquals(-Errno.EPIPE, p[0].write(ByteBuffer.wrap(new byte[1]), null));
        byte[] got = h.readAllBytes(p[1]).get(20, TimeUnit.SECONDS);
        assertEquals(0, shut.get(5, TimeUnit.SECONDS));
        assertEquals(List.of(0), done);
        assertTrue(java.util.Arrays.equals(big, got));
        assertEquals(0, p[0].writeQueueSize());
        p[0].close(null);
    }

    @Test
    void epipeWhenTheReaderIsGone() throws Exception {
        StreamHandle[] p = pair();
        CompletableFuture<Void> closed = new CompletableFuture<>();
        p[1].close(() -> closed.complete(null));
        closed.get(5, TimeUnit.SECONDS);
        CompletableFuture<Integer> status = new CompletableFuture<>();
        assertEquals(0, p[0].write(ByteBuffer.wrap("x".getBytes()), status::complete));
        assertEquals(-Errno.EPIPE, status.get(5, TimeUnit.SECONDS));
        p[0].close(null);
    }

    @Test
    void epipeForQueuedWritesWhenTheReaderDies() throws Exception {
        StreamHandle[] p = pair();
        CompletableFuture<Integer> status = new CompletableFuture<>();
        assertEquals(0, p[0].write(ByteBuffer.wrap(new byte[8 << 20]), status::complete));
        assertTrue(p[0].writeQueueSize() > 0);
        p[1].close(null);
        int s = status.get(5, TimeUnit.SECONDS);
        assertTrue(s == -Errno.EPIPE || s == -Errno.ECONNRESET, Errno.name(s));
        p[0].close(null);
    }

    @Test
    void closeCancelsQueuedWritesThenCallsOnClosed() throws Exception {
        StreamHandle[] p = pair();
        List<String> order = new CopyOnWriteArrayList<>();
        p[0].write(ByteBuffer.wrap(new byte[8 << 20]), s -> order.add("write " + Errno.name(s)));
        CompletableFuture<Void> closed = new CompletableFuture<>();
        p[0].close(() -> { order.add("closed"); closed.complete(null); });
        closed.get(5, TimeUnit.SECONDS);
        assertEquals(List.of("write ECANCELED", "closed"), order);
        assertEquals(-Errno.EBADF, p[0].write(ByteBuffer.wrap(new byte[1]), null));
        p[1].close(null);
    }

    @Test
    void readStopHoldsDataUntilReadStart() throws Exception {
        StreamHandle[] p = pair();
        List<String> got = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> eof = new CompletableFuture<>();
        ReadCallback cb = new ReadCallback() {
            public void onData(ByteBuffer chunk) { got.add(new String(chunk.array(), 0, chunk.limit())); }
            public void onEof() { eof.complete(null); }
            public void onError(int e) { eof.completeExceptionally(new IllegalStateException(Errno.name(e))); }
        };
        p[1].readStart(cb);
        p[0].write(ByteBuffer.wrap("a".getBytes()), null);
        long t0 = System.nanoTime();
        while (got.isEmpty() && System.nanoTime() - t0 < 5e9) Thread.sleep(1);
        h.onJs(p[1]::readStop);
        p[0].write(ByteBuffer.wrap("b".getBytes()), null);
        p[0].shutdown(null);
        Thread.sleep(100);
        assertEquals(List.of("a"), got, "nothing delivered while stopped");
        assertTrue(!eof.isDone());
        h.onJs(() -> p[1].readStart(cb));
        eof.get(5, TimeUnit.SECONDS);
        assertEquals("ab", String.join("", got));
        p[0].close(null);
        p[1].close(null);
    }

    @Test
    void readerBackpressureStopsTheWriter() throws Exception {
        // A paused reader: at most about HIGH_WATER + the socket buffers leave the writer.
        StreamHandle[] p = pair();
        ReadCallback cb = new ReadCallback() {
            public void onData(ByteBuffer chunk) { }
            public void onEof() { }
            public void onError(int e) { }
        };
        h.onJs(() -> { p[1].readStart(cb); p[1].readStop(); });
        p[0].write(ByteBuffer.wrap(new byte[16 << 20]), null);
        Thread.sleep(300);
        assertTrue(p[0].writeQueueSize() > (16 << 20) - (4 << 20), "queued " + p[0].writeQueueSize());
        p[0].close(null);
        p[1].close(null);
    }

    @Test
    void aRegularFileCannotBeWatchedAndSaysSo(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        int fd = Fs.open(dir.resolve("f").toString(), Platform.O_RDWR | Platform.O_CREAT | Platform.O_CLOEXEC, 0600);
        StreamHandle s = h.loop.openStream(fd);
        CompletableFuture<Integer> err = new CompletableFuture<>();
        s.readStart(new ReadCallback() {
            public void onData(ByteBuffer chunk) { }
            public void onEof() { err.complete(0); }
            public void onError(int e) { err.complete(e); }
        });
        assertEquals(-Errno.EPERM, err.get(5, TimeUnit.SECONDS));
        s.close(null);
    }

    @Test
    void tryWriteWritesSynchronously() throws Exception {
        StreamHandle[] p = pair();
        assertEquals(5, p[0].tryWrite(ByteBuffer.wrap("hello".getBytes())));
        p[0].shutdown(null);
        assertEquals("hello", h.readAll(p[1]).get(5, TimeUnit.SECONDS));
        p[0].close(null);
    }
}
