package gnode.natives;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FsPosixTest {
    @TempDir
    Path dir;

    @Test
    void openWriteReadPreadPwrite() {
        String p = dir.resolve("a").toString();
        int fd = Fs.open(p, Platform.O_RDWR | Platform.O_CREAT | Platform.O_TRUNC | Platform.O_CLOEXEC, 0600);
        assertTrue(fd >= 0);
        assertEquals(11, Fs.write(fd, ByteBuffer.wrap("hello world".getBytes()), -1));
        assertEquals(5, Fs.write(fd, ByteBuffer.wrap("WORLD".getBytes()), 6));
        ByteBuffer heap = ByteBuffer.allocate(5);
        assertEquals(5, Fs.read(fd, heap, 0));
        assertEquals("hello", new String(heap.array()));
        ByteBuffer direct = ByteBuffer.allocateDirect(100);
        assertEquals(11, Fs.read(fd, direct, 0));
        direct.flip();
        byte[] b = new byte[direct.remaining()];
        direct.get(b);
        assertEquals("hello WORLD", new String(b));
        assertEquals(0, Fs.read(fd, ByteBuffer.allocate(4), -1), "at EOF after the plain write");
        long[] st = new long[Fs.STAT_FIELDS];
        assertEquals(0, Fs.fstat(fd, st));
        assertEquals(11, st[8]);
        assertEquals(0600, st[1] & 0777);
        assertEquals(0, Fs.ftruncate(fd, 3));
        assertEquals(0, Fs.fsync(fd));
        int dup = Fs.dup(fd);
        assertTrue(dup > fd || dup >= 0);
        assertEquals(0, Fs.fstat(dup, st));
        assertEquals(3, st[8]);
        assertEquals(0, Fs.close(dup));
        assertEquals(0, Fs.close(fd));
        assertEquals(-Errno.EBADF, Fs.close(fd));
        assertEquals(-Errno.EBADF, Fs.read(fd, ByteBuffer.allocate(1), -1));
    }

    @Test
    void errorsAreNegativeErrnos() {
        assertEquals(-Errno.ENOENT, Fs.open(dir.resolve("missing").toString(), Platform.O_RDONLY, 0));
        assertEquals(-Errno.ENOENT, Fs.stat(dir.resolve("missing").toString(), new long[Fs.STAT_FIELDS]));
        assertEquals(-Errno.EEXIST, Fs.mkdir(dir.toString(), 0777));
        assertEquals(-Errno.ENOTEMPTY, dirWithChild());
        assertEquals(-Errno.ENOENT, Fs.readdir(dir.resolve("missing").toString()).errno());
        assertEquals(-Errno.EINVAL, Fs.readlink(dir.toString()).errno());
        assertEquals(-Errno.ENOENT, Fs.realpath(dir.resolve("missing").toString()).errno());
        assertEquals(-Errno.ENOENT, Fs.access(dir.resolve("missing").toString(), 0));
    }

    private int dirWithChild() {
        Fs.mkdir(dir.resolve("d").toString(), 0777);
        Fs.mkdir(dir.resolve("d/e").toString(), 0777);
        return Fs.rmdir(dir.resolve("d").toString());
    }

    @Test
    void directoryOperations() throws Exception {
        String d = dir.resolve("sub").toString();
        assertEquals(0, Fs.mkdir(d, 0755));
        Files.writeString(Path.of(d, "f"), "x");
        assertEquals(0, Fs.symlink("f", d + "/l"));
        assertEquals(0, Fs.mkdir(d + "/dd", 0755));
        Fs.Entries e = Fs.readdir(d);
        assertEquals(0, e.errno());
        assertEquals(Set.of("f", "l", "dd"), Set.copyOf(e.names()));
        for (int i = 0; i < e.names().size(); i++) {
            int uv = Fs.uvDirentType(e.types()[i]);
            assertEquals(switch (e.names().get(i)) { case "f" -> 1; case "dd" -> 2; default -> 3; }, uv, e.names().get(i));
        }
        assertEquals("f", Fs.readlink(d + "/l").value());
        assertEquals(Path.of(d, "f").toRealPath().toString(), Fs.realpath(d + "/l").value());
        long[] st = new long[Fs.STAT_FIELDS];
        assertEquals(0, Fs.lstat(d + "/l", st));
        assertEquals(0xA000, st[1] & 0xF000);
        assertEquals(0, Fs.rename(d + "/f", d + "/g"));
        assertEquals(0, Fs.link(d + "/g", d + "/h"));
        assertEquals(0, Fs.stat(d + "/h", st));
        assertEquals(2, st[2], "two links");
        assertEquals(0, Fs.chmod(d + "/g", 0640));
        assertEquals(0, Fs.stat(d + "/g", st));
        assertEquals(0640, st[1] & 0777);
        assertEquals(0, Fs.utimes(d + "/g", 1000.5, 2000.25));
        assertEquals(0, Fs.stat(d + "/g", st));
        assertEquals(1000, st[10]);
        assertEquals(500_000_000, st[11]);
        assertEquals(2000, st[12]);
        assertEquals(250_000_000, st[13]);
        assertEquals(0, Fs.chown(d + "/g", Posix.getuid(), Posix.getgid()));
        assertEquals(0, Fs.copyfile(d + "/g", d + "/copy", 0));
        assertEquals("x", Files.readString(Path.of(d, "copy")));
        assertEquals(-Errno.EEXIST, Fs.copyfile(d + "/g", d + "/copy", Fs.COPYFILE_EXCL));
        for (String n : List.of("g", "h", "l", "copy")) assertEquals(0, Fs.unlink(d + "/" + n));
        assertEquals(0, Fs.rmdir(d + "/dd"));
        assertEquals(0, Fs.rmdir(d));
        Fs.Text t = Fs.mkdtemp(dir + "/tmp-");
        assertEquals(0, t.errno());
        assertTrue(t.value().startsWith(dir + "/tmp-") && t.value().length() == (dir + "/tmp-").length() + 6);
        assertTrue(Files.isDirectory(Path.of(t.value())));
    }

    @Test
    void processLevel() throws Exception {
        assertEquals(ProcessHandle.class.getName(), "gnode.natives.ProcessHandle");
        assertEquals(java.lang.ProcessHandle.current().pid(), Posix.getpid());
        assertEquals(java.lang.ProcessHandle.current().parent().orElseThrow().pid(), Posix.getppid());
        assertEquals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"), Posix.getuid());
        int old = Posix.umask(027);
        assertEquals(027, Posix.umask());
        Posix.umask(old);
        assertEquals(old, Posix.umask());
        String[] u = Posix.uname();
        assertEquals("Linux", u[0]);
        assertEquals(System.getProperty("os.version"), u[2]);
        assertEquals(Platform.ARCH == Platform.Arch.X86_64 ? "x86_64" : "aarch64", u[4]);
        assertEquals(Files.readString(Path.of("/proc/sys/kernel/hostname")).trim(), Posix.hostname());
        String[] pw = Posix.passwd(0);
        assertNotNull(pw);
        assertEquals("root", pw[0]);
        assertEquals("/root", pw[1]);
        assertEquals(null, Posix.passwd(1234567));
        assertEquals(System.getProperty("user.dir"), Posix.getcwd().value());
        assertTrue(!Posix.isatty(Fs.open("/dev/null", Platform.O_RDONLY | Platform.O_CLOEXEC, 0)));
        assertEquals(null, Posix.winsize(999));
        assertEquals(-Errno.ESRCH, Posix.kill(999_999_999, 0));
        assertEquals(-Errno.EINVAL, Posix.kill(Posix.getpid(), 65));
        assertEquals(0, Posix.kill(Posix.getpid(), 0));
    }

    @Test
    void chdirChangesTheOsCwd() throws Exception {
        String before = Posix.getcwd().value();
        try {
            assertEquals(0, Posix.chdir(dir.toString()));
            assertEquals(dir.toRealPath().toString(), Posix.getcwd().value());
            assertEquals(-Errno.ENOENT, Posix.chdir(dir.resolve("missing").toString()));
        } finally {
            Posix.chdir(before);
        }
    }

    @Test
    void readWriteBigHeapBuffers() {
        String p = dir.resolve("big").toString();
        int fd = Fs.open(p, Platform.O_RDWR | Platform.O_CREAT | Platform.O_CLOEXEC, 0600);
        byte[] data = new byte[200_000];
        for (int i = 0; i < data.length; i++) data[i] = (byte) i;
        ByteBuffer src = ByteBuffer.wrap(data);
        while (src.hasRemaining()) assertTrue(Fs.write(fd, src, -1) > 0);
        ByteBuffer dst = ByteBuffer.allocate(data.length);
        long pos = 0;
        while (dst.hasRemaining()) { long n = Fs.read(fd, dst, pos); assertTrue(n > 0); pos += n; }
        assertArrayEquals(data, dst.array());
        Fs.close(fd);
    }
}
