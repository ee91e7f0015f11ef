package gnode.natives;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Composite fs operations built on {@link Fs} so that they run whole on one (pool) thread: mkdir -p, rm -rf and
 * read-to-end. Same contract as {@link Fs}: results or -errno, never an exception for an OS error.
 */
public final class FsExtra {
    private FsExtra() {}

    private static final int S_IFMT = 0xF000, S_IFDIR = 0x4000;

    /** mkdir -p. The value is the first directory created, null when all existed; errno &lt; 0 on failure. */
    public static Fs.Text mkdirp(String path, int mode) {
        int r = Fs.mkdir(path, mode);
        if (r == 0) return new Fs.Text(0, path);
        if (r == -Errno.EEXIST) return existingDirectory(path);
        if (r != -Errno.ENOENT) return new Fs.Text(r, null);
        String parent = parentOf(path);
        if (parent == null) return new Fs.Text(r, null);
        Fs.Text up = mkdirp(parent, mode);
        if (up.errno() < 0) return up;
        r = Fs.mkdir(path, mode);
        if (r == -Errno.EEXIST) {
            Fs.Text here = existingDirectory(path);
            return here.errno() < 0 ? here : up;
        }
        if (r < 0) return new Fs.Text(r, null);
        return new Fs.Text(0, up.value() != null ? up.value() : path);
    }

    private static Fs.Text existingDirectory(String path) {
        long[] st = new long[Fs.STAT_FIELDS];
        int r = Fs.stat(path, st);
        if (r == 0 && (st[1] & S_IFMT) == S_IFDIR) return new Fs.Text(0, null);
        return new Fs.Text(-Errno.EEXIST, null);
    }

    private static String parentOf(String path) {
        int end = path.length();
        while (end > 1 && path.charAt(end - 1) == '/') end--;
        int slash = path.lastIndexOf('/', end - 1);
        if (slash < 0) return null;
        String parent = slash == 0 ? "/" : path.substring(0, slash);
        return parent.equals(path) ? null : parent;
    }

    /** rm -r: removes a file, link or a whole tree (links are not followed). 0 or -errno. */
    public static int removeTree(String path) {
        long[] st = new long[Fs.STAT_FIELDS];
        int r = Fs.lstat(path, st);
        if (r < 0) return r;
        if ((st[1] & S_IFMT) != S_IFDIR) return Fs.unlink(path);
        Fs.Entries entries = Fs.readdir(path);
        if (entries.errno() < 0) return entries.errno();
        String base = path.endsWith("/") ? path : path + "/";
        for (String name : entries.names()) {
            r = removeTree(base + name);
            if (r < 0 && r != -Errno.ENOENT) return r;
        }
        return Fs.rmdir(path);
    }

    /**
     * Reads from the fd's position to end of file into one buffer sized from {@code sizeHint} (grown when the file
     * is longer, as /proc files are). The result's capacity is the byte count; -errno as an Integer on failure.
     */
    public static Object readToEnd(int fd, long sizeHint) {
        int capacity = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(sizeHint, 0) + (sizeHint > 0 ? 0 : 8192));
        ByteBuffer buf = ByteBuffer.allocateDirect(Math.max(capacity, 1)).order(ByteOrder.nativeOrder());
        while (true) {
            if (!buf.hasRemaining()) {
                // Probe for more before growing: a file that matched its size hint ends here.
                ByteBuffer probe = ByteBuffer.allocateDirect(8192);
                long n = Fs.read(fd, probe, -1);
                if (n < 0) return (int) n;
                if (n == 0) break;
                ByteBuffer bigger = ByteBuffer.allocateDirect((int) Math.min(Integer.MAX_VALUE - 8L,
                        (long) buf.capacity() * 2 + n)).order(ByteOrder.nativeOrder());
                buf.flip();
                bigger.put(buf);
                probe.flip();
                bigger.put(probe);
                buf = bigger;
                continue;
            }
            long n = Fs.read(fd, buf, -1);
            if (n < 0) return (int) n;
            if (n == 0) break;
        }
        int count = buf.position();
        return count == buf.capacity() ? buf.clear() : buf.flip().slice();
    }
}
