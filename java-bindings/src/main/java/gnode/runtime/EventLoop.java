package gnode.runtime;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The JS thread's loop, shaped like libuv's uv_run: timers, poll (tasks posted by other threads), check
 * (immediates), then the liveness test. Only the JS thread runs it; other threads only {@link #execute post}.
 *
 * <p>JS keeps timers and immediates itself and tells the loop what it needs through {@link #state}, a small
 * shared int array (a direct buffer the JS side sees as an Int32Array), so that a check costs no call into JS.
 */
public final class EventLoop implements Executor {
    /** Index of the "run the tick queue again" flag: nextTicks or unhandled rejections are pending. */
    public static final int TICK_PENDING = 0;
    /** Number of pending immediates that keep the loop alive (ref'ed). */
    public static final int IMMEDIATE_REFS = 1;
    /** Number of pending immediates, ref'ed or not. */
    public static final int IMMEDIATE_COUNT = 2;
    /** Number of active ref'ed timers. */
    public static final int TIMER_REFS = 3;
    private static final int STATE_INTS = 8;

    /** What {@link Phases#runTimer} returns when it ran a timer and should be called again. */
    public static final double TIMER_RAN = -2;

    /**
     * The callbacks into JS the loop drives. Each runs at most one user callback, so that GraalJS drains the
     * microtask queue between two timers or two immediates, as Node does.
     */
    public interface Phases {
        /** Runs one timer due at {@code phaseNowMs}: {@link #TIMER_RAN}, else the next deadline or -1 for none. */
        double runTimer(double phaseNowMs);
        /** Runs one immediate of this check phase ({@code first}: the phase starts); true while more remain. */
        boolean runImmediate(boolean first);
        /** Runs the nextTick queue and reports unhandled rejections (after microtasks drained). */
        void runTicks();
        /** Emits 'beforeExit'. */
        void beforeExit();
    }

    private final ByteBuffer stateBuffer = ByteBuffer.allocateDirect(STATE_INTS * 4).order(ByteOrder.nativeOrder());
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    private ArrayDeque<Runnable> posted = new ArrayDeque<>();
    private ArrayDeque<Runnable> running = new ArrayDeque<>();
    private final long startNanos = System.nanoTime();
    private double timerDeadline = -1;
    private int handleRefs;
    private boolean stopped;
    private Phases phases;

    public ByteBuffer stateBuffer() {
        return stateBuffer;
    }

    public void setPhases(Phases phases) {
        this.phases = phases;
    }

    /** Milliseconds since the loop was created, with sub-millisecond precision. */
    public double now() {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    public void setTimerDeadline(double deadlineMs) {
        this.timerDeadline = deadlineMs;
    }

    /** A handle (child process, stream, signal watcher…) starts keeping the loop alive. */
    public void ref() {
        handleRefs++;
    }

    public void unref() {
        handleRefs--;
    }

    public boolean isStopped() {
        return stopped;
    }

    /** Makes {@link #run} return after the current phase. */
    public void stop() {
        stopped = true;
        lock.lock();
        try {
            wake.signal();
        } finally {
            lock.unlock();
        }
    }

    /** Posts a task to run on the JS thread; callable from any thread. */
    @Override
    public void execute(Runnable task) {
        lock.lock();
        try {
            posted.add(task);
            wake.signal();
        } finally {
            lock.unlock();
        }
    }

    private int state(int index) {
        return stateBuffer.getInt(index * 4);
    }

    private boolean alive() {
        return handleRefs > 0 || state(TIMER_REFS) > 0 || state(IMMEDIATE_REFS) > 0 || hasPosted();
    }

    private boolean hasPosted() {
        lock.lock();
        try {
            return !posted.isEmpty();
        } finally {
            lock.unlock();
        }
    }

    /** Runs the loop until nothing keeps it alive and 'beforeExit' scheduled no more work, or {@link #stop}. */
    public void run() {
        drainTicks();
        while (!stopped) {
            while (!stopped && alive()) {
                runOnce();
            }
            if (stopped) {
                return;
            }
            phases.beforeExit();
            drainTicks();
            if (!alive()) {
                return;
            }
        }
    }

    private void runOnce() {
        runDueTimers();
        if (stopped) {
            return;
        }
        poll();
        if (stopped) {
            return;
        }
        if (state(IMMEDIATE_COUNT) > 0) {
            boolean more = phases.runImmediate(true);
            drainTicks();
            while (more && !stopped) {
                more = phases.runImmediate(false);
                drainTicks();
            }
        }
    }

    private void runDueTimers() {
        double phaseNow = now();
        while (!stopped && timerDeadline >= 0 && timerDeadline <= phaseNow) {
            double next = phases.runTimer(phaseNow);
            drainTicks();
            if (next != TIMER_RAN) {
                timerDeadline = next;
            }
        }
    }

    /** Waits for posted tasks no longer than the next timer (not at all when immediates are pending). */
    private void poll() {
        long waitNanos;
        if (state(IMMEDIATE_COUNT) > 0 || !(handleRefs > 0 || state(TIMER_REFS) > 0)) {
            waitNanos = 0;
        } else if (timerDeadline >= 0) {
            waitNanos = Math.max(0, (long) ((timerDeadline - now()) * 1e6));
        } else {
            waitNanos = Long.MAX_VALUE;
        }
        lock.lock();
        try {
            while (posted.isEmpty() && waitNanos > 0 && !stopped) {
                waitNanos = wake.awaitNanos(waitNanos);
            }
            ArrayDeque<Runnable> batch = posted;
            posted = running;
            running = batch;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
        } finally {
            lock.unlock();
        }
        Runnable task;
        while ((task = running.poll()) != null) {
            task.run();
            drainTicks();
            if (stopped) {
                // Keep what was not run: an embedder may run the loop again.
                lock.lock();
                try {
                    while ((task = running.pollLast()) != null) {
                        posted.addFirst(task);
                    }
                } finally {
                    lock.unlock();
                }
                return;
            }
        }
    }

    /**
     * Re-enters JS while the tick flag is set: each return from JS has drained the microtask queue, and a
     * microtask may have queued more ticks (Node's processTicksAndRejections loop).
     */
    public void drainTicks() {
        while (!stopped && state(TICK_PENDING) != 0) {
            phases.runTicks();
        }
    }
}
