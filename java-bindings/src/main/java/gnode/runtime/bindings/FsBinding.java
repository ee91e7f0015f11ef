package gnode.runtime.bindings;

import gnode.natives.Fs;
import gnode.natives.FsExtra;
import gnode.natives.Platform;
import gnode.runtime.GnodeRuntime;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.graalvm.polyglot.Value;

/**
 * {@code internalBinding('fs')}: libuv-style file-system calls. Every method takes a trailing {@code callback}:
 * undefined/null runs the call now and returns its result; a function runs it on a small thread pool and calls
 * {@code callback(result)} on the JS thread (the pending request keeps the loop alive). Results are a number
 * (&gt;= 0, or -errno), a String, a ByteBuffer, or null. Paths are absolute; Node semantics live in JS.
 */
public final class FsBinding implements AutoCloseable {
    private final GnodeRuntime runtime;
    private ExecutorService pool;

    FsBinding(GnodeRuntime runtime) {
        this.runtime = runtime;
    }

    private Object dispatch(Value callback, Supplier<Object> call) {
        if (callback == null || callback.isNull() || !callback.canExecute()) {
            return call.get();
        }
        runtime.loop().ref();
        pool().execute(() -> {
            Object result;
            try {
                result = call.get();
            } catch (RuntimeException | Error e) {
                result = -5; // EIO: never leave the request (and the loop) hanging
            }
            final Object done = result;
            runtime.loop().execute(() -> {
                runtime.loop().unref();
                runtime.callback(callback, done);
            });
        });
        return 0;
    }

    private synchronized ExecutorService pool() {
        if (pool == null) {
            // Like libuv's threadpool (4 threads); daemon threads so a stuck call never blocks exit.
            ThreadPoolExecutor p = new ThreadPoolExecutor(4, 4, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "gnode-fs");
                t.setDaemon(true);
                return t;
            });
            p.allowCoreThreadTimeOut(true);
            pool = p;
        }
        return pool;
    }

    /** The platform's open(2) flags that differ between architectures: "O_DIRECTORY,O_NOFOLLOW,O_DIRECT". */
    public String platformFlags() {
        return Platform.O_DIRECTORY + "," + Platform.O_NOFOLLOW + "," + Platform.O_DIRECT;
    }

    public Object open(String path, int flags, int mode, Value cb) {
        return dispatch(cb, () -> Fs.open(path, flags | Platform.O_CLOEXEC, mode));
    }

    public Object close(int fd, Value cb) {
        return dispatch(cb, () -> Fs.close(fd));
    }

    /** Reads up to {@code length} bytes (at {@code position} when &gt;= 0): a ByteBuffer whose capacity is the
     * count (0 at EOF), or -errno. */
    public Object read(int fd, int length, double position, Value cb) {
        long pos = (long) position;
        return dispatch(cb, () -> {
            ByteBuffer buf = ByteBuffer.allocateDirect(Math.max(length, 0));
            long n = length == 0 ? 0 : Fs.read(fd, buf, pos);
            if (n < 0) return (int) n;
            return n == length ? buf.clear() : buf.flip().slice();
        });
    }

    /**
     * Reads up to {@code length} bytes into the JS ArrayBuffer at {@code offset}: the count or -errno. The copy
     * into the JS buffer happens on the JS thread (a Value is touched only there), 8 bytes per call.
     */
    public Object readInto(int fd, Value arrayBuffer, int offset, int length, double position, Value cb) {
        long pos = (long) position;
        if (cb == null || cb.isNull() || !cb.canExecute()) {
            return copyInto(readChunk(fd, length, pos), arrayBuffer, offset);
        }
        runtime.loop().ref();
        pool().execute(() -> {
            Object r;
            try {
                r = readChunk(fd, length, pos);
            } catch (RuntimeException | Error e) {
                r = -5;
            }
            final Object done = r;
            runtime.loop().execute(() -> {
                runtime.loop().unref();
                runtime.callback(cb, copyInto(done, arrayBuffer, offset));
            });
        });
        return 0;
    }

    private static Object readChunk(int fd, int length, long pos) {
        ByteBuffer buf = ByteBuffer.allocate(Math.max(length, 0)).order(ByteOrder.LITTLE_ENDIAN);
        long n = length == 0 ? 0 : Fs.read(fd, buf, pos);
        if (n < 0) return (int) n;
        return buf.flip();
    }

    private static Object copyInto(Object result, Value arrayBuffer, int offset) {
        if (!(result instanceof ByteBuffer data)) return result;
        int n = data.remaining();
        int i = 0;
        for (; i + 8 <= n; i += 8) {
            arrayBuffer.writeBufferLong(ByteOrder.LITTLE_ENDIAN, offset + i, data.getLong(i));
        }
        for (; i < n; i++) {
            arrayBuffer.writeBufferByte(offset + i, data.get(i));
        }
        return n;
    }

    /** Writes bytes [offset, offset+length) of the ArrayBuffer (all of them, retrying short writes). */
    public Object write(int fd, Value arrayBuffer, int offset, int length, double position, Value cb) {
        byte[] bytes = new byte[length];
        if (length > 0) {
            arrayBuffer.readBuffer(offset, bytes, 0, length);
        }
        long pos = (long) position;
        return dispatch(cb, () -> writeAll(fd, ByteBuffer.wrap(bytes), pos));
    }

    /** Writes a string as UTF-8 (the common case without building a Buffer in JS). */
    public Object writeUtf8(int fd, String text, double position, Value cb) {
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        long pos = (long) position;
        return dispatch(cb, () -> writeAll(fd, ByteBuffer.wrap(bytes), pos));
    }

    private static Object writeAll(int fd, ByteBuffer src, long position) {
        long total = 0;
        while (src.hasRemaining()) {
            long n = Fs.write(fd, src, position < 0 ? -1 : position + total);
            if (n < 0) return total > 0 ? (double) total : (Object) (int) n;
            if (n == 0) break;
            total += n;
        }
        return (double) total;
    }

    /** Reads from the fd's position to EOF: a ByteBuffer of exactly the content, or -errno. */
    public Object readAll(int fd, double sizeHint, Value cb) {
        return dispatch(cb, () -> FsExtra.readToEnd(fd, (long) sizeHint));
    }

    /**
     * Reads from the fd's position to EOF and decodes in Java (decoding in JS is slow): a String, or -errno.
     * {@code encoding} is a Node encoding name JS normalised to utf8, latin1, ascii, utf16le, base64,
     * base64url or hex.
     */
    public Object readAllText(int fd, double sizeHint, String encoding, Value cb) {
        return dispatch(cb, () -> {
            Object r = FsExtra.readToEnd(fd, (long) sizeHint);
            if (!(r instanceof ByteBuffer data)) return r;
            byte[] bytes = new byte[data.remaining()];
            data.get(bytes);
            return decode(bytes, encoding);
        });
    }

    private static String decode(byte[] bytes, String encoding) {
        return switch (encoding) {
            case "latin1" -> new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
            case "ascii" -> {
                // Node's ascii decoding drops the high bit.
                byte[] low = bytes.clone();
                for (int i = 0; i < low.length; i++) low[i] &= 0x7f;
                yield new String(low, java.nio.charset.StandardCharsets.ISO_8859_1);
            }
            case "utf16le" -> new String(bytes, 0, bytes.length & ~1, java.nio.charset.StandardCharsets.UTF_16LE);
            case "base64" -> java.util.Base64.getEncoder().encodeToString(bytes);
            case "base64url" -> java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            case "hex" -> java.util.HexFormat.of().formatHex(bytes);
            default -> new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        };
    }

    /** A UTF-8 decoder for one read stream with {@code encoding: 'utf8'}; decoding in JS is slow. */
    public Utf8Reader utf8Reader() {
        return new Utf8Reader();
    }

    /**
     * Reads chunks and decodes them as UTF-8, keeping an incomplete sequence for the next chunk.
     * {@code read} gives {@code [bytesRead, text]} (bytesRead 0 at EOF, text then holds what an incomplete
     * tail decodes to) or -errno.
     */
    public final class Utf8Reader {
        private final java.nio.charset.CharsetDecoder decoder = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE);
        private byte[] pending = new byte[0];

        public Object read(int fd, int length, double position, Value cb) {
            long pos = (long) position;
            return dispatch(cb, () -> readDecoded(fd, length, pos));
        }

        private synchronized Object readDecoded(int fd, int length, long pos) {
            ByteBuffer buf = ByteBuffer.allocate(pending.length + Math.max(length, 0));
            buf.put(pending);
            long n = length == 0 ? 0 : Fs.read(fd, buf, pos);
            if (n < 0) return new Object[] {(int) n, ""};
            buf.flip();
            java.nio.CharBuffer out = java.nio.CharBuffer.allocate(buf.remaining() + 1);
            boolean eof = n == 0;
            decoder.decode(buf, out, eof);
            if (eof) decoder.flush(out);
            pending = new byte[buf.remaining()];
            buf.get(pending);
            out.flip();
            return new Object[] {(int) n, out.toString()};
        }
    }

    public Object stat(String path, Value cb) {
        return dispatch(cb, () -> stats(path, 0, -1));
    }

    public Object lstat(String path, Value cb) {
        return dispatch(cb, () -> stats(path, 1, -1));
    }

    public Object fstat(int fd, Value cb) {
        return dispatch(cb, () -> stats(null, 2, fd));
    }

    /** The 18 stat fields ({@link Fs#STAT_FIELDS} order) as native-order int64s, for a BigInt64Array. */
    private static Object stats(String path, int kind, int fd) {
        long[] st = new long[Fs.STAT_FIELDS];
        int r = switch (kind) {
            case 0 -> Fs.stat(path, st);
            case 1 -> Fs.lstat(path, st);
            default -> Fs.fstat(fd, st);
        };
        if (r < 0) return r;
        ByteBuffer out = ByteBuffer.allocate(8 * st.length).order(ByteOrder.nativeOrder());
        for (long v : st) out.putLong(v);
        return out.clear();
    }

    public Object ftruncate(int fd, double length, Value cb) {
        return dispatch(cb, () -> Fs.ftruncate(fd, (long) length));
    }

    public Object fsync(int fd, Value cb) {
        return dispatch(cb, () -> Fs.fsync(fd));
    }

    public Object fdatasync(int fd, Value cb) {
        return dispatch(cb, () -> Fs.fdatasync(fd));
    }

    public Object fchmod(int fd, int mode, Value cb) {
        return dispatch(cb, () -> Fs.fchmod(fd, mode));
    }

    public Object chmod(String path, int mode, Value cb) {
        return dispatch(cb, () -> Fs.chmod(path, mode));
    }

    public Object fchown(int fd, int uid, int gid, Value cb) {
        return dispatch(cb, () -> Fs.fchown(fd, uid, gid));
    }

    public Object chown(String path, int uid, int gid, Value cb) {
        return dispatch(cb, () -> Fs.chown(path, uid, gid));
    }

    public Object lchown(String path, int uid, int gid, Value cb) {
        return dispatch(cb, () -> Fs.lchown(path, uid, gid));
    }

    public Object access(String path, int mode, Value cb) {
        return dispatch(cb, () -> Fs.access(path, mode));
    }

    public Object mkdir(String path, int mode, Value cb) {
        return dispatch(cb, () -> Fs.mkdir(path, mode));
    }

    /** mkdir -p: the first directory created (a String), null when none was, or -errno. */
    public Object mkdirp(String path, int mode, Value cb) {
        return dispatch(cb, () -> text(FsExtra.mkdirp(path, mode)));
    }

    public Object rmdir(String path, Value cb) {
        return dispatch(cb, () -> Fs.rmdir(path));
    }

    public Object removeTree(String path, Value cb) {
        return dispatch(cb, () -> FsExtra.removeTree(path));
    }

    public Object unlink(String path, Value cb) {
        return dispatch(cb, () -> Fs.unlink(path));
    }

    public Object rename(String from, String to, Value cb) {
        return dispatch(cb, () -> Fs.rename(from, to));
    }

    public Object symlink(String target, String path, Value cb) {
        return dispatch(cb, () -> Fs.symlink(target, path));
    }

    public Object link(String existing, String path, Value cb) {
        return dispatch(cb, () -> Fs.link(existing, path));
    }

    public Object readlink(String path, Value cb) {
        return dispatch(cb, () -> text(Fs.readlink(path)));
    }

    public Object realpath(String path, Value cb) {
        return dispatch(cb, () -> text(Fs.realpath(path)));
    }

    public Object mkdtemp(String prefix, Value cb) {
        return dispatch(cb, () -> text(Fs.mkdtemp(prefix)));
    }

    public Object copyFile(String from, String to, int flags, Value cb) {
        return dispatch(cb, () -> Fs.copyfile(from, to, flags));
    }

    public Object utimes(String path, double atime, double mtime, Value cb) {
        return dispatch(cb, () -> Fs.utimes(path, atime, mtime));
    }

    public Object lutimes(String path, double atime, double mtime, Value cb) {
        return dispatch(cb, () -> Fs.lutimes(path, atime, mtime));
    }

    public Object futimes(int fd, double atime, double mtime, Value cb) {
        return dispatch(cb, () -> Fs.futimes(fd, atime, mtime));
    }

    /**
     * Directory entries as one String: per entry a libuv dirent type digit (0-7) then the name, entries separated
     * by '/' (which no name contains); "" for an empty directory; -errno on failure.
     */
    public Object readdir(String path, Value cb) {
        return dispatch(cb, () -> {
            Fs.Entries e = Fs.readdir(path);
            if (e.errno() < 0) return e.errno();
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < e.names().size(); i++) {
                if (i > 0) sb.append('/');
                sb.append((char) ('0' + Fs.uvDirentType(e.types()[i]))).append(e.names().get(i));
            }
            return sb.toString();
        });
    }

    private static Object text(Fs.Text t) {
        return t.errno() < 0 ? (Object) t.errno() : t.value();
    }

    @Override
    public synchronized void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
