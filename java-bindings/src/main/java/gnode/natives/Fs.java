package gnode.natives;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

/**
 * fd and path primitives for the fs module. Every call returns 0 / a count / an fd, or -errno; calls with a
 * non-numeric result return a record carrying errno. Paths are UTF-8.
 */
public final class Fs {
    private Fs() {}

    /** Node's stat array order: dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, then atime, mtime,
     * ctime, birthtime as (seconds, nanoseconds) pairs. */
    public static final int STAT_FIELDS = 18;

    public record Text(int errno, String value) {}

    /** Directory entries without "." and "..": names and raw d_type values (see {@link #uvDirentType}). */
    public record Entries(int errno, List<String> names, byte[] types) {}

    private static final class Sig {
        static final FunctionDescriptor I_P = FunctionDescriptor.of(JAVA_INT, ADDRESS);
        static final FunctionDescriptor I_PI = FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT);
        static final FunctionDescriptor I_PP = FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS);
        static final FunctionDescriptor I_I = FunctionDescriptor.of(JAVA_INT, JAVA_INT);
    }
    private static final class Open { static final MethodHandle H = Native.errnoVarargs("open", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT), 2); }
    private static final class Pread { static final MethodHandle H = Native.errnoFn("pread", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_LONG)); }
    private static final class Pwrite { static final MethodHandle H = Native.errnoFn("pwrite", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_LONG)); }
    private static final class Statx { static final MethodHandle H = Native.errnoFn("statx", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT, ADDRESS)); }
    private static final class Dup { static final MethodHandle H = Native.errnoFn("dup", Sig.I_I); }
    private static final class Ftruncate { static final MethodHandle H = Native.errnoFn("ftruncate", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG)); }
    private static final class Fsync { static final MethodHandle H = Native.errnoFn("fsync", Sig.I_I); }
    private static final class Fdatasync { static final MethodHandle H = Native.errnoFn("fdatasync", Sig.I_I); }
    private static final class Mkdir { static final MethodHandle H = Native.errnoFn("mkdir", Sig.I_PI); }
    private static final class Rmdir { static final MethodHandle H = Native.errnoFn("rmdir", Sig.I_P); }
    private static final class Unlink { static final MethodHandle H = Native.errnoFn("unlink", Sig.I_P); }
    private static final class Rename { static final MethodHandle H = Native.errnoFn("rename", Sig.I_PP); }
    private static final class Getdents { static final MethodHandle H = Native.errnoFn("getdents64", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG)); }
    private static final class Realpath { static final MethodHandle H = Native.errnoFn("realpath", FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS)); }
    private static final class Chmod { static final MethodHandle H = Native.errnoFn("chmod", Sig.I_PI); }
    private static final class Fchmod { static final MethodHandle H = Native.errnoFn("fchmod", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT)); }
    private static final class Symlink { static final MethodHandle H = Native.errnoFn("symlink", Sig.I_PP); }
    private static final class Link { static final MethodHandle H = Native.errnoFn("link", Sig.I_PP); }
    private static final class Readlink { static final MethodHandle H = Native.errnoFn("readlink", FunctionDescriptor.of(JAVA_LONG, ADDRESS, ADDRESS, JAVA_LONG)); }
    private static final class Access { static final MethodHandle H = Native.errnoFn("access", Sig.I_PI); }
    private static final class Mkdtemp { static final MethodHandle H = Native.errnoFn("mkdtemp", FunctionDescriptor.of(ADDRESS, ADDRESS)); }
    private static final class Utimensat { static final MethodHandle H = Native.errnoFn("utimensat", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS, JAVA_INT)); }
    private static final class Futimens { static final MethodHandle H = Native.errnoFn("futimens", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS)); }
    private static final class Chown { static final MethodHandle H = Native.errnoFn("chown", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT)); }
    private static final class Lchown { static final MethodHandle H = Native.errnoFn("lchown", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT)); }
    private static final class Fchown { static final MethodHandle H = Native.errnoFn("fchown", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT)); }

    private static int ret(int r, Native.Scratch s) { return r < 0 ? -s.errno() : r; }

    public static int open(String path, int flags, int mode) {
        Native.Scratch s = Native.Scratch.get();
        try (Arena a = Arena.ofConfined()) {
            return ret((int) Open.H.invokeExact(s.errnoSlot, a.allocateFrom(path), flags, mode), s);
        } catch (Throwable t) { throw Native.bug(t); }
    }

    public static int close(int fd) { return Libc.close(fd); }

    /** Reads into dst[position..limit) at the file position (or at {@code position} when >= 0 — pread);
     * advances dst's position; returns the count (0 = EOF) or -errno. */
    public static long read(int fd, ByteBuffer dst, long position) {
        Native.Scratch s = Native.Scratch.get();
        int len = dst.remaining();
        MemorySegment target = dst.isDirect() ? MemorySegment.ofBuffer(dst) : s.buf;
        long want = dst.isDirect() ? len : Math.min(len, Native.Scratch.BUF_SIZE);
        long r;
        try {
            r = position < 0 ? (long) Libc.Read.H.invokeExact(s.errnoSlot, fd, target, want)
                    : (long) Pread.H.invokeExact(s.errnoSlot, fd, target, want, position);
        } catch (Throwable t) { throw Native.bug(t); }
        if (r < 0) return -s.errno();
        if (!dst.isDirect()) MemorySegment.copy(s.buf, JAVA_BYTE, 0, dst.array(), dst.arrayOffset() + dst.position(), (int) r);
        dst.position(dst.position() + (int) r);
        return r;
    }

    /** Writes src[position..limit) (pwrite when position >= 0); advances src's position; count or -errno. */
    public static long write(int fd, ByteBuffer src, long position) {
        Native.Scratch s = Native.Scratch.get();
        int len = src.remaining();
        MemorySegment from;
        long want;
        if (src.isDirect()) { from = MemorySegment.ofBuffer(src); want = len; }
        else {
            want = Math.min(len, Native.Scratch.BUF_SIZE);
            MemorySegment.copy(src.array(), src.arrayOffset() + src.position(), s.buf, JAVA_BYTE, 0, (int) want);
            from = s.buf;
        }
        long r;
        try {
            r = position < 0 ? (long) Libc.Write.H.invokeExact(s.errnoSlot, fd, from, want)
                    : (long) Pwrite.H.invokeExact(s.errnoSlot, fd, from, want, position);
        } catch (Throwable t) { throw Native.bug(t); }
        if (r < 0) return -s.errno();
        src.position(src.position() + (int) r);
        return r;
    }

    public static int fstat(int fd, long[] out) { return statx(fd, null, Platform.AT_EMPTY_PATH, out); }

    public static int stat(String path, long[] out) { return statx(Platform.AT_FDCWD, path, 0, out); }

    public static int lstat(String path, long[] out) { return statx(Platform.AT_FDCWD, path, Platform.AT_SYMLINK_NOFOLLOW, out); }

    private static int statx(int dirfd, String path, int flags, long[] out) {
        Native.Scratch s = Native.Scratch.get();
        try (Arena a = Arena.ofConfined()) {
            MemorySegment b = s.buf;
            int r = (int) Statx.H.invokeExact(s.errnoSlot, dirfd, a.allocateFrom(path == null ? "" : path), flags,
                    Platform.STATX_BASIC_STATS_AND_BTIME, b);
            if (r < 0) return -s.errno();
            out[0] = makedev(b.get(JAVA_INT, Platform.STX_DEV_MAJOR), b.get(JAVA_INT, Platform.STX_DEV_MINOR));
            out[1] = Short.toUnsignedInt(b.get(JAVA_SHORT, Platform.STX_MODE));
            out[2] = Integer.toUnsignedLong(b.get(JAVA_INT, Platform.STX_NLINK));
            out[3] = Integer.toUnsignedLong(b.get(JAVA_INT, Platform.STX_UID));
            out[4] = Integer.toUnsignedLong(b.get(JAVA_INT, Platform.STX_GID));
            out[5] = makedev(b.get(JAVA_INT, Platform.STX_RDEV_MAJOR), b.get(JAVA_INT, Platform.STX_RDEV_MINOR));
            out[6] = Integer.toUnsignedLong(b.get(JAVA_INT, Platform.STX_BLKSIZE));
            out[7] = b.get(JAVA_LONG, Platform.STX_INO);
            out[8] = b.get(JAVA_LONG, Platform.STX_SIZE);
            out[9] = b.get(JAVA_LONG, Platform.STX_BLOCKS);
            long[] times = {Platform.STX_ATIME, Platform.STX_MTIME, Platform.STX_CTIME, Platform.STX_BTIME};
            boolean hasBirth = (b.get(JAVA_INT, Platform.STX_MASK) & 0x800) != 0;
            for (int i = 0; i < 4; i++) {
                long off = times[i] == Platform.STX_BTIME && !hasBirth ? Platform.STX_CTIME : times[i];
                out[10 + 2 * i] = b.get(JAVA_LONG, off);
                out[11 + 2 * i] = Integer.toUnsignedLong(b.get(JAVA_INT, off + Platform.STX_TS_NSEC));
            }
            return 0;
        } catch (Throwable t) { throw Native.bug(t); }
    }

    /** glibc's makedev encoding of (major, minor), as st_dev reports it. */
    static long makedev(int major, int minor) {
        long ma = Integer.toUnsignedLong(major), mi = Integer.toUnsignedLong(minor);
        return ((ma & 0xfffff000L) << 32) | ((ma & 0xfffL) << 8) | ((mi & 0xffffff00L) << 12) | (mi & 0xffL);
    }

    public static int dup(int fd) {
        Native.Scratch s = Native.Scratch.get();
        try { return ret((int) Dup.H.invokeExact(s.errnoSlot, fd), s); } catch (Throwable t) { throw Native.bug(t); }
    }

    public static int ftruncate(int fd, long length) {
        Native.Scratch s = Native.Scratch.get();
        try { return ret((int) Ftruncate.H.invokeExact(s.errnoSlot, fd, length), s); } catch (Throwable t) { throw Native.bug(t); }
    }

    public static int fsync(int fd) {
        Native.Scratch s = Native.Scratch.get();
        try { return ret((int) Fsync.H.invokeExact(s.errnoSlot, fd), s); } catch (Throwable t) { throw Native.bug(t); }
    }

    public static int fdatasync(int fd) {
        Native.Scratch s = Native.Scratch.get();
        try { return ret((int) Fdatasync.H.invokeExact(s.errnoSlot, fd), s); } catch (Throwable t) { throw Native.bug(t); }
    }

    public static int mkdir(String path, int mode) { return pathInt(Mkdir.H, path, mode); }

    public static int chmod(String path, int mode) { return pathInt(Chmod.H, path, mode); }

    public static int access(String path, int mode) { return pathInt(Access.H, path, mode); }

    public static int rmdir(String path) { return pathOnly(Rmdir.H, path); }

    public static int unlink(String path) { return pathOnly(Unlink.H, path); }

    public static int rename(String from, String to) { return twoPaths(Rename.H, from, to); }

    public static int symlink(String target, String path) { return twoPaths(Symlink.H, target, path); }

    public static int link(String existing, String path) { return twoPaths(Link.H, existing, path); }

    public static int fchmod(int fd, int mode) {
        Native.Scratch s = Native.Scratch.get();
        try { return ret((int) Fchmod.H.invokeExact(s.errnoSlot, fd, mode), s); } catch (Throwable t) { throw Native.bug(t); }
    }

    public static int chown(String path, int uid, int gid) { return pathOwner(Chown.H, path, uid, gid); }

    public static int lchown(String path, int uid, int gid) { return pathOwner(Lchown.H, path, uid, gid); }

    public static int fchown(int fd, int uid, int gid) {
        Native.Scratch s = Native.Scratch.get();
        try { return ret((int) Fchown.H.invokeExact(s.errnoSlot, fd, uid, gid), s); } catch (Throwable t) { throw Native.bug(t); }
    }

    private static int pathInt(MethodHandle mh, String path, int arg) {
        Native.Scratch s = Native.Scratch.get();
        try (Arena a = Arena.ofConfined()) { return ret((int) mh.invokeExact(s.errnoSlot, a.allocateFrom(path), arg), s); }
        catch (Throwable t) { throw Native.bug(t); }
    }

    private static int pathOnly(MethodHandle mh, String path) {
        Native.Scratch s = Native.Scratch.get();
        try (Arena a = Arena.ofConfined()) { return ret((int) mh.invokeExact(s.errnoSlot, a.allocateFrom(path)), s); }
        catch (Throwable t) { throw Native.bug(t); }
    }

    private static int twoPaths(MethodHandle mh, String p1, String p2) {
        Native.Scratch s = Native.Scratch.get();
        try (Arena a = Arena.ofConfined()) {
            return ret((int) mh.invokeExact(s.errnoSlot, a.allocateFrom(p1), a.allocateFrom(p2)), s);
        } catch (Throwable t) { throw Native.bug(t); }
    }

    private static int pathOwner(MethodHandle mh, String path, int uid, int gid) {
        Native.Scratch s = Native.Scratch.get();
        try (Arena a = Arena.ofConfined()) { return ret((int) mh.invokeExact(s.errnoSlot, a.allocateFrom(path), uid, gid), s); }
        catch (Throwable t) { throw Native.bug(t); }
    }

    static boolean isRegularFile(String path) {
        long[] st = new long[STAT_FIELDS];
        return stat(path, st) == 0 && (st[1] & 0xF000) == 0x8000;
    }

    public static Entries readdir(String path) {
        int fd = open(path, Platform.O_RDONLY | Platform.O_DIRECTORY | Platform.O_CLOEXEC, 0);
        if (fd < 0) return new Entries(fd, List.of(), new byte[0]);
        Native.Scratch s = Native.Scratch.get();
        List<String> names = new ArrayList<>();
        java.io.ByteArrayOutputStream types = new java.io.ByteArrayOutputStream();
        try {
            while (true) {
                long n = (long) Getdents.H.invokeExact(s.errnoSlot, fd, s.buf, (long) Native.Scratch.BUF_SIZE);
                if (n < 0) return new Entries(-s.errno(), List.of(), new byte[0]);
                if (n == 0) break;
                for (long off = 0; off < n; ) {
                    int reclen = Short.toUnsignedInt(s.buf.get(JAVA_SHORT, off + Platform.DIRENT_RECLEN));
                    String name = s.buf.getString(off + Platform.DIRENT_NAME);
                    if (!name.equals(".") && !name.equals("..")) {
                        names.add(name);
                        types.write(s.buf.get(JAVA_BYTE, off + Platform.DIRENT_TYPE));
                    }
                    off += reclen;
                }
            }
            return new Entries(0, names, types.toByteArray());
        } catch (Throwable t) { throw Native.bug(t); }
        finally { Libc.close(fd); }
    }

    /** Maps a d_type to libuv's UV_DIRENT_* numbering (fs.constants): unknown 0, file 1, dir 2, link 3, fifo 4,
     * socket 5, char 6, block 7. */
    public static int uvDirentType(int dtype) {
        return switch (dtype) {
            case 8 -> 1; case 4 -> 2; case 10 -> 3; case 1 -> 4; case 12 -> 5; case 2 -> 6; case 6 -> 7;
            default -> 0;
        };
    }

    public static Text realpath(String path) {
        Native.Scratch s = Native.Scratch.get();
        try (Arena a = Arena.ofConfined()) {
            MemorySegment out = a.allocate(Platform.PATH_MAX + 1);
            MemorySegment r = (MemorySegment) Realpath.H.invokeExact(s.errnoSlot, a.allocateFrom(path), out);
            return r.address() == 0 ? new Text(-s.errno(), null) : new Text(0, out.getString(0));
        } catch (Throwable t) { throw Native.bug(t); }
    }

    public static Text readlink(String path) {
        Native.Scratch s = Native.Scratch.get();
        try (Arena a = Arena.ofConfined()) {
            long n = (long) Readlink.H.invokeExact(s.errnoSlot, a.allocateFrom(path), s.buf, (long) Native.Scratch.BUF_SIZE);
            if (n < 0) return new Text(-s.errno(), null);
            byte[] bytes = s.buf.asSlice(0, n).toArray(JAVA_BYTE);
            return new Text(0, new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
        } catch (Throwable t) { throw Native.bug(t); }
    }

    /** Creates a directory named prefix + 6 random characters. */
    public static Text mkdtemp(String prefix) {
        Native.Scratch s = Native.Scratch.get();
        try (Arena a = Arena.ofConfined()) {
            MemorySegment template = a.allocateFrom(prefix + "XXXXXX");
            MemorySegment r = (MemorySegment) Mkdtemp.H.invokeExact(s.errnoSlot, template);
            return r.address() == 0 ? new Text(-s.errno(), null) : new Text(0, template.getString(0));
        } catch (Throwable t) { throw Native.bug(t); }
    }

    /** Times in seconds (fractional), as Node passes them. */
    public static int utimes(String path, double atime, double mtime) { return utimensat(path, atime, mtime, 0); }

    public static int lutimes(String path, double atime, double mtime) {
        return utimensat(path, atime, mtime, Platform.AT_SYMLINK_NOFOLLOW);
    }

    private static int utimensat(String path, double atime, double mtime, int flags) {
        Native.Scratch s = Native.Scratch.get();
        try (Arena a = Arena.ofConfined()) {
            MemorySegment ts = timespecs(a, atime, mtime);
            return ret((int) Utimensat.H.invokeExact(s.errnoSlot, Platform.AT_FDCWD, a.allocateFrom(path), ts, flags), s);
        } catch (Throwable t) { throw Native.bug(t); }
    }

    public static int futimes(int fd, double atime, double mtime) {
        Native.Scratch s = Native.Scratch.get();
        try (Arena a = Arena.ofConfined()) {
            return ret((int) Futimens.H.invokeExact(s.errnoSlot, fd, timespecs(a, atime, mtime)), s);
        } catch (Throwable t) { throw Native.bug(t); }
    }

    private static MemorySegment timespecs(Arena a, double atime, double mtime) {
        MemorySegment ts = a.allocate(32, 8);
        double[] t = {atime, mtime};
        for (int i = 0; i < 2; i++) {
            long sec = (long) Math.floor(t[i]);
            ts.set(JAVA_LONG, 16L * i, sec);
            ts.set(JAVA_LONG, 16L * i + 8, Math.min(999_999_999L, Math.round((t[i] - sec) * 1e9)));
        }
        return ts;
    }

    public static final int COPYFILE_EXCL = 1, COPYFILE_FICLONE = 2, COPYFILE_FICLONE_FORCE = 4;

    /** Copies contents and mode (a read/write loop). FICLONE_FORCE is not supported: -ENOTSUP (95). */
    public static int copyfile(String from, String to, int flags) {
        if ((flags & COPYFILE_FICLONE_FORCE) != 0) return -95;
        int in = open(from, Platform.O_RDONLY | Platform.O_CLOEXEC, 0);
        if (in < 0) return in;
        int out = -1;
        try {
            long[] st = new long[STAT_FIELDS];
            int r = fstat(in, st);
            if (r < 0) return r;
            if ((st[1] & 0xF000) == 0x4000) return -Errno.EISDIR;
            int mode = (int) (st[1] & 07777);
            out = open(to, Platform.O_WRONLY | Platform.O_CREAT | Platform.O_TRUNC | Platform.O_CLOEXEC
                    | ((flags & COPYFILE_EXCL) != 0 ? Platform.O_EXCL : 0), mode);
            if (out < 0) return out;
            r = fchmod(out, mode);
            if (r < 0) return r;
            Native.Scratch s = Native.Scratch.get();
            while (true) {
                long n = Libc.read(in, s.buf, Native.Scratch.BUF_SIZE);
                if (n < 0) return (int) n;
                if (n == 0) return 0;
                for (long done = 0; done < n; ) {
                    long w = Libc.write(out, s.buf.asSlice(done), n - done);
                    if (w < 0) return (int) w;
                    done += w;
                }
            }
        } finally {
            Libc.close(in);
            if (out >= 0) Libc.close(out);
        }
    }
}
