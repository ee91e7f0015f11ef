package gnode.runtime.bindings;

import gnode.runtime.EventLoop;
import gnode.runtime.GnodeRuntime;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.graalvm.polyglot.Value;

/**
 * Reads the process's stdin on a daemon thread and posts each chunk to the JS thread. While reading and not
 * paused it keeps the loop alive, like Node's stdin handle.
 */
final class StdinReader {
    private final EventLoop loop;
    private final Value onChunk;
    private final GnodeRuntime runtime;
    private final Object gate = new Object();
    private boolean paused;
    private boolean stopped;
    private boolean refed;

    StdinReader(EventLoop loop, Value onChunk, GnodeRuntime runtime) {
        this.loop = loop;
        this.onChunk = onChunk;
        this.runtime = runtime;
    }

    void start() {
        setRef(true);
        Thread reader = new Thread(this::readLoop, "gnode-stdin");
        reader.setDaemon(true);
        reader.start();
    }

    // Called on the JS thread only.
    private void setRef(boolean on) {
        if (on != refed) {
            refed = on;
            if (on) {
                loop.ref();
            } else {
                loop.unref();
            }
        }
    }

    void pause() {
        synchronized (gate) {
            paused = true;
        }
        setRef(false);
    }

    void resume() {
        synchronized (gate) {
            paused = false;
            gate.notifyAll();
        }
        if (!stopped) {
            setRef(true);
        }
    }

    void stop() {
        synchronized (gate) {
            stopped = true;
            gate.notifyAll();
        }
        setRef(false);
    }

    private void readLoop() {
        FileInputStream in = new FileInputStream(FileDescriptor.in);
        byte[] buffer = new byte[65536];
        try {
            while (true) {
                synchronized (gate) {
                    while (paused && !stopped) {
                        gate.wait();
                    }
                    if (stopped) {
                        return;
                    }
                }
                int n = in.read(buffer);
                if (n < 0) {
                    loop.execute(() -> {
                        setRef(false);
                        runtime.callback(onChunk, (Object) null);
                    });
                    return;
                }
                ByteBuffer chunk = ByteBuffer.allocate(n);
                chunk.put(0, buffer, 0, n);
                loop.execute(() -> runtime.callback(onChunk, chunk));
            }
        } catch (IOException | InterruptedException e) {
            loop.execute(() -> {
                setRef(false);
                runtime.callback(onChunk, (Object) null);
            });
        }
    }
}
