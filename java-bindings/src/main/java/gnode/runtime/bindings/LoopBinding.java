package gnode.runtime.bindings;

import gnode.runtime.EventLoop;
import java.nio.ByteBuffer;

/** What JS timers, immediates and handles tell the loop. */
public final class LoopBinding {
    private final EventLoop loop;

    LoopBinding(EventLoop loop) {
        this.loop = loop;
    }

    /** Shared flags/counters; JS views it as an Int32Array (see the EventLoop index constants). */
    public ByteBuffer state() {
        return loop.stateBuffer();
    }

    public double now() {
        return loop.now();
    }

    public void setTimerDeadline(double deadlineMs) {
        loop.setTimerDeadline(deadlineMs);
    }

    public void ref() {
        loop.ref();
    }

    public void unref() {
        loop.unref();
    }
}
