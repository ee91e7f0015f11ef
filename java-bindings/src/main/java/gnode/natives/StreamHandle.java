package gnode.natives;

import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;

/**
 * A non-blocking fd driven by the {@link IoLoop}: reads are pushed to the JS thread as fresh heap ByteBuffers,
 * writes are tried at once and queued on EAGAIN (then flushed on EPOLLOUT). Like libuv, no read callback runs
 * after readStop()/close(); data that was already read meanwhile is kept and delivered at the next readStart().
 * Read-side backpressure: once more than {@value #HIGH_WATER} bytes are read but not yet handed to JS, the fd is
 * not read until JS has taken them (so a paused reader leaves data in the kernel and the writer blocks).
 */
public final class StreamHandle {
    static final int CHUNK = Native.Scratch.BUF_SIZE;
    static final long HIGH_WATER = 1 << 20, LOW_WATER = 1 << 18;
    private static final Object EOF = new Object();

    private final IoLoop loop;
    private final int fd;
    private final IoLoop.Source source;

    // I/O thread only.
    private boolean ioReading;
    private boolean ioEof;
    private boolean ioClosed;
    private boolean bulk;

    // Shared between the I/O thread and JS.
    private final AtomicLong inFlight = new AtomicLong();
    private final AtomicBoolean throttled = new AtomicBoolean();

    // Guarded by this.
    private final ArrayDeque<Write> queue = new ArrayDeque<>();
    private long queuedBytes;
    private boolean shutdownRequested;
    private boolean closed;
    private boolean jsReading;
    private ReadCallback readCallback;
    private final ArrayDeque<Object> held = new ArrayDeque<>();

    private record Write(ByteBuffer data, WriteCallback cb, boolean shutdown) {}

    StreamHandle(IoLoop loop, int fd) {
        this.loop = loop;
        this.fd = fd;
        this.source = new IoLoop.Source(fd) {
            @Override void onEvents(int events) { StreamHandle.this.onEvents(events); }
        };
    }

    public int fd() { return fd; }

    // ------------------------------------------------------------------ reading

    public int readStart(ReadCallback cb) {
        boolean pending;
        synchronized (this) {
            if (closed) return -Errno.EBADF;
            jsReading = true;
            readCallback = cb;
            pending = !held.isEmpty();
        }
        // As in libuv, the fd is read from when the JS loop next polls, not at once: a readStop in the same tick
        // (a child's stdout handed to the next child as its stdin) must leave every byte in the pipe.
        loop.emitNow(this::startIoReading);
        if (pending) loop.emitNow(this::drain);
        return 0;
    }

    /** JS thread, from the loop: reading starts on the I/O thread unless stopped or closed meanwhile. */
    private void startIoReading() {
        synchronized (this) {
            if (closed || !jsReading) return;
        }
        loop.post(() -> { ioReading = true; updateInterest(); });
    }

    public int readStop() {
        synchronized (this) {
            if (closed) return -Errno.EBADF;
            jsReading = false;
        }
        loop.post(() -> { ioReading = false; updateInterest(); });
        return 0;
    }

    /**
     * I/O thread: reads what is already in the kernel buffer, so a child's output is delivered before its exit
     * (Node sees the data first when the child wrote before exiting).
     */
    void drainBeforeExit() {
        boolean wanted;
        synchronized (this) {
            wanted = jsReading && !closed;
        }
        if (!wanted || ioEof || ioClosed || throttled.get()) return;
        // JS reads this stream; its own start may still be queued (readStart): start here, it is idempotent.
        ioReading = true;
        updateInterest();
        if ((source.interest & Platform.EPOLLIN) != 0) readSome(false);
    }

    private void onEvents(int events) {
        if ((source.interest & Platform.EPOLLIN) != 0
                && (events & (Platform.EPOLLIN | Platform.EPOLLHUP | Platform.EPOLLERR)) != 0) {
            readSome((events & Platform.EPOLLHUP) != 0);
        }
        if ((source.interest & Platform.EPOLLOUT) != 0
                && (events & (Platform.EPOLLOUT | Platform.EPOLLHUP | Platform.EPOLLERR)) != 0) {
            flushQueue();
        }
        updateInterest();
    }

    /**
     * I/O thread: a few reads per wake-up (fair to other fds); a short read means the socket is drained.
     * Chunks are exact-size heap arrays. After a full read (bulk transfer) the next read goes straight into a fresh
     * array, saving a 64 KiB copy; otherwise it goes through the native scratch buffer and only n bytes are copied,
     * so small messages do not cost a 64 KiB allocation each.
     * With {@code hangUp} (EPOLLHUP: the other end is gone) a short read also means the end, which is reported at
     * once, as libuv does: a child's output and its EOF arrive together, before what its other pipes got later.
     */
    private void readSome(boolean hangUp) {
        MemorySegment buf = Native.Scratch.get().buf;
        for (int i = 0; i < 16; i++) {
            byte[] bytes = null;
            long n;
            if (bulk) {
                bytes = new byte[CHUNK];
                n = Libc.readHeap(fd, bytes);
            } else {
                n = Libc.read(fd, buf, CHUNK);
            }
            if (n > 0) {
                bulk = n == CHUNK;
                if (bytes == null) {
                    bytes = new byte[(int) n];
                    MemorySegment.copy(buf, JAVA_BYTE, 0, bytes, 0, (int) n);
                } else if (n < CHUNK) {
                    bytes = java.util.Arrays.copyOf(bytes, (int) n);
                }
                ByteBuffer chunk = ByteBuffer.wrap(bytes);
                loop.emit(() -> deliver(chunk));
                if (inFlight.addAndGet(n) > HIGH_WATER) {
                    throttled.set(true);
                    // Recheck: JS may have drained in between and seen throttled still false.
                    if (!(inFlight.get() <= LOW_WATER && throttled.compareAndSet(true, false))) return;
                }
                if (n < CHUNK) {
                    if (hangUp) {
                        ioEof = true;
                        loop.emit(() -> deliver(EOF));
                    }
                    return;
                }
            } else if (n == 0) {
                ioEof = true;
                loop.emit(() -> deliver(EOF));
                return;
            } else if (n == -Errno.EINTR) {
                continue;
            } else if (n == -Errno.EAGAIN) {
                return;
            } else {
                ioEof = true;
                int err = (int) n;
                loop.emit(() -> deliver(err));
                return;
            }
        }
    }

    /** JS thread. */
    private void deliver(Object event) {
        synchronized (this) {
            if (closed) { release(event); return; }
            held.add(event);
        }
        drain();
    }

    /** JS thread: hands held events to the callback, in order, while reading is on. Calls run outside the lock. */
    private void drain() {
        while (true) {
            Object ev;
            ReadCallback cb;
            synchronized (this) {
                if (closed || !jsReading || held.isEmpty()) return;
                ev = held.poll();
                cb = readCallback;
            }
            release(ev);
            if (ev instanceof ByteBuffer b) cb.onData(b);
            else if (ev == EOF) cb.onEof();
            else cb.onError((Integer) ev);
        }
    }

    private void release(Object ev) {
        if (ev instanceof ByteBuffer b && inFlight.addAndGet(-b.limit()) <= LOW_WATER
                && throttled.compareAndSet(true, false)) {
            loop.post(this::updateInterest);
        }
    }

    /** I/O thread. */
    private void updateInterest() {
        if (ioClosed) return;
        int want = 0;
        if (ioReading && !ioEof && !throttled.get()) want |= Platform.EPOLLIN;
        synchronized (this) { if (!queue.isEmpty()) want |= Platform.EPOLLOUT; }
        int r = loop.setInterest(source, want);
        if (r < 0) { // the fd cannot be watched: report it rather than wait forever
            if ((want & Platform.EPOLLIN) != 0) {
                ioEof = true;
                loop.emit(() -> deliver(r));
            }
            synchronized (this) { failQueue(r); }
        }
    }

    // ------------------------------------------------------------------ writing

    /** Queues data (the caller must not change it afterwards); cb gets 0 or -errno on the JS thread. */
    public int write(ByteBuffer data, WriteCallback cb) {
        ByteBuffer d = data.slice();
        synchronized (this) {
            if (closed) return -Errno.EBADF;
            if (shutdownRequested) return -Errno.EPIPE;
            if (queue.isEmpty()) {
                long r = writeNow(d);
                if (r < 0 && r != -Errno.EAGAIN) { complete(cb, (int) r); return 0; }
                if (!d.hasRemaining()) { complete(cb, 0); return 0; }
            }
            queue.add(new Write(d, cb, false));
            queuedBytes += d.remaining();
            if (queue.size() > 1) return 0;
        }
        loop.post(this::updateInterest);
        return 0;
    }

    /** Writes what fits now without queueing: bytes written, or -errno (-EAGAIN when nothing fits or writes are
     * queued). Does not move data's position. */
    public int tryWrite(ByteBuffer data) {
        ByteBuffer d = data.slice();
        synchronized (this) {
            if (closed) return -Errno.EBADF;
            if (shutdownRequested) return -Errno.EPIPE;
            if (!queue.isEmpty()) return -Errno.EAGAIN;
            int before = d.remaining();
            long r = writeNow(d);
            int written = before - d.remaining();
            return written > 0 || r == 0 ? written : (int) r;
        }
    }

    public synchronized long writeQueueSize() { return queuedBytes; }

    /** shutdown(SHUT_WR) once the queued writes are out; cb gets 0 or -errno. */
    public int shutdown(WriteCallback cb) {
        synchronized (this) {
            if (closed) return -Errno.EBADF;
            if (shutdownRequested) return -Errno.ENOTCONN;
            shutdownRequested = true;
            if (queue.isEmpty()) {
                complete(cb, Libc.shutdown(fd, Platform.SHUT_WR));
                return 0;
            }
            queue.add(new Write(null, cb, true));
        }
        return 0;
    }

    /** Under the lock: write until done or EAGAIN; 0, -EAGAIN or -errno. */
    private long writeNow(ByteBuffer d) {
        while (d.hasRemaining()) {
            long r = Fs.write(fd, d, -1);
            if (r == -Errno.EINTR) continue;
            if (r < 0) return r;
        }
        return 0;
    }

    private void complete(WriteCallback cb, int status) {
        if (cb == null) return;
        if (loop.onLoopThread()) loop.emit(() -> cb.done(status));
        else loop.emitNow(() -> cb.done(status));
    }

    /** I/O thread, on EPOLLOUT. */
    private void flushQueue() {
        synchronized (this) {
            while (!queue.isEmpty()) {
                Write w = queue.peek();
                if (w.shutdown()) {
                    queue.poll();
                    complete(w.cb(), Libc.shutdown(fd, Platform.SHUT_WR));
                    continue;
                }
                int before = w.data().remaining();
                long r = writeNow(w.data());
                queuedBytes -= before - w.data().remaining();
                if (r == -Errno.EAGAIN) return;
                if (r < 0) { failQueue((int) r); return; }
                queue.poll();
                complete(w.cb(), 0);
            }
        }
    }

    /** Under the lock. */
    private void failQueue(int status) {
        for (Write w; (w = queue.poll()) != null; ) complete(w.cb(), status);
        queuedBytes = 0;
    }

    // ------------------------------------------------------------------ closing

    /** Closes the fd on the I/O thread; queued writes complete with -ECANCELED, then onClosed runs on the JS
     * thread. No read callback runs after this call. */
    public void close(Runnable onClosed) {
        synchronized (this) {
            if (closed) return;
            closed = true;
            jsReading = false;
            for (Object ev; (ev = held.poll()) != null; ) release(ev);
        }
        loop.post(() -> {
            loop.setInterest(source, 0);
            ioClosed = true;
            synchronized (this) {
                failQueue(-Errno.ECANCELED);
                Libc.close(fd);
            }
            if (onClosed != null) loop.emit(onClosed);
        });
    }
}
