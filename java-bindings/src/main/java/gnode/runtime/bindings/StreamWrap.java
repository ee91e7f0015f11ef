package gnode.runtime.bindings;

import gnode.natives.ReadCallback;
import gnode.natives.StreamHandle;
import gnode.runtime.GnodeRuntime;
import java.nio.ByteBuffer;
import org.graalvm.polyglot.Value;

/**
 * A native stream (pipe or socketpair end) as JS sees it, in the shape of Node's stream handles: reads arrive as
 * {@code onread(nread, buffer)} with nread &lt; 0 an error code ({@link #EOF} at end), writes complete with
 * {@code callback(status)}.
 */
public final class StreamWrap {
    /** libuv's UV_EOF, which Node's stream code expects at end of stream. */
    public static final int EOF = -4095;

    private final GnodeRuntime runtime;
    private final StreamHandle handle;
    private final LoopRef ref;
    private Value onRead;
    private boolean reading;
    private boolean closed;

    StreamWrap(GnodeRuntime runtime, StreamHandle handle) {
        this.runtime = runtime;
        this.handle = handle;
        this.ref = new LoopRef(runtime.loop());
    }

    public int fd() {
        return handle.fd();
    }

    // The handle keeps the loop alive while reading (if ref'ed); requests do so on their own, as in libuv.
    private void updateActive() {
        ref.setActive(!closed && reading);
    }

    /** Starts reading; {@code callback(nread, arrayBufferSource)} runs for each chunk, EOF and error. */
    public int readStart(Value callback) {
        return readStart(callback, chunk -> runtime.callback(onRead, chunk.remaining(), chunk));
    }

    private int readStart(Value callback, java.util.function.Consumer<ByteBuffer> onData) {
        onRead = callback;
        if (closed) {
            return -9;
        }
        int rc = handle.readStart(new ReadCallback() {
            @Override
            public void onData(ByteBuffer chunk) {
                onData.accept(chunk);
            }

            @Override
            public void onEof() {
                reading = false;
                updateActive();
                runtime.callback(onRead, EOF, null);
            }

            @Override
            public void onError(int negErrno) {
                reading = false;
                updateActive();
                runtime.callback(onRead, negErrno, null);
            }
        });
        if (rc == 0) {
            reading = true;
            updateActive();
        }
        return rc;
    }

    /**
     * Starts reading newline-terminated UTF-8 text (the IPC channel's 'json' framing): {@code callback(n, text)}
     * gets every complete line that arrived, '\n'-terminated and decoded in one string, so JS only splits and
     * parses; a line's unfinished tail waits for its '\n'. EOF and errors arrive as in {@link #readStart}.
     */
    public int readStartLines(Value callback) {
        LineSplitter lines = new LineSplitter();
        return readStart(callback, chunk -> {
            String text = lines.push(chunk);
            if (text != null) {
                runtime.callback(onRead, text.length(), text);
            }
        });
    }

    public int readStop() {
        reading = false;
        updateActive();
        return closed ? 0 : handle.readStop();
    }

    /** Queues {@code length} bytes of {@code arrayBuffer} from {@code offset}; see {@link #write}; callback later. */
    public int writeBuffer(Value arrayBuffer, int offset, int length, Value callback) {
        byte[] bytes = new byte[length];
        if (length > 0) {
            arrayBuffer.readBuffer(offset, bytes, 0, length);
        }
        return write(ByteBuffer.wrap(bytes), callback);
    }

    /** Queues a string as UTF-8 (the common case, without a JS-side Buffer). */
    public int writeUtf8String(String text, Value callback) {
        return write(ByteBuffer.wrap(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), callback);
    }

    /** 0 or more: queued, and the bytes still waiting to be written (writeQueueSize without a second call); -errno. */
    private int write(ByteBuffer data, Value callback) {
        int rc = request(done -> handle.write(data, done), callback);
        return rc < 0 ? rc : (int) Math.min(Integer.MAX_VALUE, handle.writeQueueSize());
    }

    /**
     * Starts a write or shutdown: the handle stays active (keeps the loop alive) until the request completes, then
     * {@code callback(status)} runs on the JS thread. Returns 0 or -errno when it could not start.
     */
    private int request(java.util.function.ToIntFunction<gnode.natives.WriteCallback> start, Value callback) {
        if (closed) {
            return -9;
        }
        runtime.loop().ref();
        // No callback (a fire-and-forget IPC message): completing costs no call into JS.
        boolean wantsCallback = callback != null && !callback.isNull();
        int rc = start.applyAsInt(status -> {
            runtime.loop().unref();
            if (wantsCallback) {
                runtime.callback(callback, status);
            }
        });
        if (rc < 0) {
            runtime.loop().unref();
        }
        return rc;
    }

    public double writeQueueSize() {
        return handle.writeQueueSize();
    }

    /** Ends the write side after queued writes (SHUT_WR). */
    public int shutdown(Value callback) {
        return request(handle::shutdown, callback);
    }

    public void close(Value callback) {
        if (closed) {
            return;
        }
        closed = true;
        reading = false;
        ref.setActive(false);
        // A closing handle keeps the loop alive until its close callback ran, as in libuv.
        runtime.loop().ref();
        handle.close(() -> {
            runtime.loop().unref();
            if (callback != null && !callback.isNull()) {
                runtime.callback(callback);
            }
        });
    }

    public void ref() {
        ref.ref();
    }

    public void unref() {
        ref.unref();
    }

    public boolean hasRef() {
        return ref.hasRef();
    }
}
