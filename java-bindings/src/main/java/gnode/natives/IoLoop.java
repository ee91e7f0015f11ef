package gnode.natives;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED;

/**
 * The one I/O thread: epoll over every stream fd and child pidfd. Other threads hand it work with {@link #post}
 * (woken through an eventfd); everything it observes goes to the JS thread as one Runnable per epoll_wait batch,
 * through the Executor given here, which runs the callbacks in order. It never blocks on anything but epoll_wait.
 */
public final class IoLoop implements AutoCloseable {
    private static final int MAX_EVENTS = 256;
    private static final long WAKE_TOKEN = 0;

    private final Executor js;
    private final int epfd;
    private final int wakeFd;
    private final Thread thread;
    private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean wakePending = new AtomicBoolean();
    private volatile boolean closing;
    /** Guards the eventfd against being written after the I/O thread closed it (its number could be reused). */
    private final Object wakeLock = new Object();
    private boolean wakeFdClosed;

    // Owned by the I/O thread.
    private final Arena arena = Arena.ofShared();
    private final MemorySegment events;
    private final MemorySegment ctlEvent;
    private final Map<Long, Source> sources = new HashMap<>();
    private long nextToken = 1;
    private ArrayList<Runnable> batch = new ArrayList<>();

    /** Something registered in the epoll set. Its fields are touched only on the I/O thread. */
    abstract static class Source {
        final int fd;
        long token;
        int interest;

        Source(int fd) { this.fd = fd; }

        abstract void onEvents(int events);
    }

    public IoLoop(Executor jsThread) {
        Platform.requireSupported();
        this.js = jsThread;
        this.events = arena.allocate(Platform.EPOLL_EVENT, MAX_EVENTS);
        this.ctlEvent = arena.allocate(Platform.EPOLL_EVENT);
        this.epfd = Libc.epollCreate();
        this.wakeFd = Libc.eventfd(Platform.EFD_CLOEXEC | Platform.EFD_NONBLOCK);
        if (epfd < 0 || wakeFd < 0) throw new IllegalStateException("epoll/eventfd failed: " + Errno.name(Math.min(epfd, wakeFd)));
        Libc.epollCtl(epfd, Platform.EPOLL_CTL_ADD, wakeFd, Platform.EPOLLIN, WAKE_TOKEN, ctlEvent);
        this.thread = Thread.ofPlatform().name("gnode-io").daemon(true).unstarted(this::run);
        thread.start();
    }

    /** Wraps an existing fd (made non-blocking). It joins the epoll set only once it reads or has queued writes. */
    public StreamHandle openStream(int fd) {
        int r = Libc.setNonBlocking(fd);
        if (r < 0) return null;
        return new StreamHandle(this, fd);
    }

    /** Spawns a child; on failure the handle's errno() is negative and nothing is registered. */
    public ProcessHandle spawn(SpawnRequest req, ExitCallback onExit) {
        Spawner.Result r = Spawner.spawn(req);
        if (r.errno() != 0) return new ProcessHandle(this, 0, r.errno(), new StreamHandle[0], -1, onExit);
        int[] ends = r.parentEnds();
        StreamHandle[] streams = new StreamHandle[ends.length];
        for (int i = 0; i < ends.length; i++) if (ends[i] >= 0) streams[i] = new StreamHandle(this, ends[i]);
        int pidfd = Libc.pidfdOpen(r.pid());
        if (pidfd < 0) {
            // Cannot happen on kernel >= 5.3 (we have not reaped the child); do not leave an unwatched child.
            Libc.kill(r.pid(), Signals.SIGKILL);
            Libc.waitpid(r.pid(), 0, new int[1]);
            for (StreamHandle s : streams) if (s != null) Libc.close(s.fd());
            return new ProcessHandle(this, 0, pidfd, new StreamHandle[0], -1, onExit);
        }
        ProcessHandle h = new ProcessHandle(this, r.pid(), 0, streams, pidfd, onExit);
        post(h::startWatching);
        return h;
    }

    /** Runs a task on the I/O thread (soon, in order). */
    void post(Runnable task) {
        tasks.add(task);
        if (Thread.currentThread() != thread && wakePending.compareAndSet(false, true)) {
            synchronized (wakeLock) {
                if (wakeFdClosed) return;
                MemorySegment one = Native.Scratch.get().buf;
                one.set(JAVA_LONG, 0, 1L);
                Libc.write(wakeFd, one, 8);
            }
        }
    }

    /** I/O thread: queue a callback for the JS thread; sent with the rest of this batch. */
    void emit(Runnable callback) { batch.add(callback); }

    /** Any thread: hand a callback straight to the JS thread. */
    void emitNow(Runnable callback) {
        try { js.execute(callback); } catch (RejectedExecutionException ignored) { /* JS side is gone */ }
    }

    boolean onLoopThread() { return Thread.currentThread() == thread; }

    /** I/O thread: change what a source is watched for; 0 removes it from the epoll set. 0 or -errno (e.g. EPERM
     * for a regular file, which epoll cannot watch). */
    int setInterest(Source s, int want) {
        if (want == s.interest && (want == 0) == (s.token == 0)) return 0;
        int r = 0;
        if (want == 0) {
            Libc.epollCtl(epfd, Platform.EPOLL_CTL_DEL, s.fd, 0, 0, ctlEvent);
            sources.remove(s.token);
            s.token = 0;
        } else if (s.token == 0) {
            s.token = nextToken++;
            r = Libc.epollCtl(epfd, Platform.EPOLL_CTL_ADD, s.fd, want, s.token, ctlEvent);
            if (r < 0) { s.token = 0; s.interest = 0; return r; }
            sources.put(s.token, s);
        } else {
            r = Libc.epollCtl(epfd, Platform.EPOLL_CTL_MOD, s.fd, want, s.token, ctlEvent);
            if (r < 0) return r;
        }
        s.interest = want;
        return 0;
    }

    private void run() {
        long stride = Platform.EPOLL_EVENT.byteSize();
        while (true) {
            for (Runnable t; (t = tasks.poll()) != null; ) {
                try { t.run(); } catch (RuntimeException | Error e) { report(e); }
            }
            flush();
            if (closing) break;
            int n = Libc.epollWait(epfd, events, MAX_EVENTS, -1);
            if (n < 0) continue; // EINTR
            for (int i = 0; i < n; i++) {
                int ev = events.get(JAVA_INT, i * stride);
                long token = events.get(JAVA_LONG_UNALIGNED, i * stride + Platform.EPOLL_EVENT_DATA);
                if (token == WAKE_TOKEN) {
                    Libc.read(wakeFd, ctlEvent, 8);
                    wakePending.set(false);
                    continue;
                }
                Source s = sources.get(token);
                if (s == null) continue;
                try { s.onEvents(ev); } catch (RuntimeException | Error e) { report(e); }
            }
        }
        Libc.close(epfd);
        synchronized (wakeLock) {
            wakeFdClosed = true;
            Libc.close(wakeFd);
        }
        arena.close();
    }

    /** A bug in a handler must not kill the one I/O thread (every child and pipe would hang): report and go on. */
    private void report(Throwable e) {
        Thread.UncaughtExceptionHandler h = Thread.getDefaultUncaughtExceptionHandler();
        if (h != null) h.uncaughtException(thread, e);
        else e.printStackTrace();
    }

    private void flush() {
        if (batch.isEmpty()) return;
        List<Runnable> b = batch;
        batch = new ArrayList<>();
        emitNow(() -> runAll(b));
    }

    /** Runs every callback of a batch even if one throws; the first failure is rethrown at the end. */
    private static void runAll(List<Runnable> b) {
        RuntimeException first = null;
        for (Runnable r : b) {
            try { r.run(); }
            catch (RuntimeException e) { if (first == null) first = e; }
        }
        if (first != null) throw first;
    }

    /** Stops the I/O thread. Handles still open are not closed; close them first. */
    @Override
    public void close() {
        if (closing) return;
        closing = true;
        post(() -> { });
        if (!onLoopThread()) {
            try { thread.join(); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
        }
    }
}
