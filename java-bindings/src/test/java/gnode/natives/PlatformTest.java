package gnode.natives;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Struct layouts and constants, checked against the running kernel and against the JDK's own view of files. */
class PlatformTest {
    @Test
    void epollEventLayoutPerArch() {
        if (Platform.ARCH == Platform.Arch.X86_64) {
            assertEquals(12, Platform.EPOLL_EVENT.byteSize(), "packed on x86_64");
            assertEquals(4, Platform.EPOLL_EVENT_DATA);
        } else {
            assertEquals(16, Platform.EPOLL_EVENT.byteSize());
            assertEquals(8, Platform.EPOLL_EVENT_DATA);
        }
    }

    @Test
    void epollEventLayoutWorksWithTheKernel() throws Exception {
        // A token put in by epoll_ctl must come back intact from epoll_wait.
        int ep = Libc.epollCreate();
        int[] sp = new int[2];
        Libc.socketpair(Platform.SOCK_STREAM | Platform.SOCK_CLOEXEC, sp);
        try (var arena = java.lang.foreign.Arena.ofConfined()) {
            var ev = arena.allocate(Platform.EPOLL_EVENT, 4);
            long token = 0x1122334455667788L;
            assertEquals(0, Libc.epollCtl(ep, Platform.EPOLL_CTL_ADD, sp[0], Platform.EPOLLOUT, token, ev));
            assertEquals(1, Libc.epollWait(ep, ev, 4, 1000));
            assertEquals(Platform.EPOLLOUT, ev.get(java.lang.foreign.ValueLayout.JAVA_INT, 0));
            assertEquals(token, ev.get(java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED, Platform.EPOLL_EVENT_DATA));
        } finally {
            Libc.close(ep);
            Libc.close(sp[0]);
            Libc.close(sp[1]);
        }
    }

    @Test
    void statxFieldsMatchTheJdk(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("file");
        Files.write(f, new byte[12345]);
        long[] st = new long[Fs.STAT_FIELDS];
        assertEquals(0, Fs.stat(f.toString(), st));
        Map<String, Object> unix = Files.readAttributes(f, "unix:*");
        assertEquals(((Number) unix.get("dev")).longValue(), st[0], "dev");
        assertEquals(((Number) unix.get("mode")).longValue(), st[1], "mode");
        assertEquals(((Number) unix.get("nlink")).longValue(), st[2], "nlink");
        assertEquals(((Number) unix.get("uid")).longValue(), st[3], "uid");
        assertEquals(((Number) unix.get("gid")).longValue(), st[4], "gid");
        assertEquals(((Number) unix.get("ino")).longValue(), st[7], "ino");
        assertEquals(12345, st[8], "size");
        java.nio.file.attribute.FileTime mtime = Files.getLastModifiedTime(f);
        assertEquals(mtime.toInstant().getEpochSecond(), st[12], "mtime sec");
        assertEquals(mtime.toInstant().getNano(), st[13], "mtime nsec");
        assertTrue(st[6] > 0, "blksize");
        long[] dev = new long[Fs.STAT_FIELDS];
        assertEquals(0, Fs.stat("/dev/null", dev));
        assertEquals(((Number) Files.getAttribute(Path.of("/dev/null"), "unix:rdev")).longValue(), dev[5], "rdev");
        assertEquals(0x2000, dev[1] & 0xF000, "character device");
    }

    @Test
    void openFlagsPerArch(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("x");
        Files.writeString(f, "x");
        assertEquals(-Errno.ENOTDIR, Fs.open(f.toString(), Platform.O_RDONLY | Platform.O_DIRECTORY, 0));
        Path link = dir.resolve("link");
        Files.createSymbolicLink(link, f);
        assertEquals(-Errno.ELOOP, Fs.open(link.toString(), Platform.O_RDONLY | Platform.O_NOFOLLOW, 0));
        int fd = Fs.open(dir.toString(), Platform.O_RDONLY | Platform.O_DIRECTORY | Platform.O_CLOEXEC, 0);
        assertTrue(fd >= 0);
        Fs.close(fd);
    }

    @Test
    void signalAndErrnoTables() {
        assertEquals(15, Signals.byName().get("SIGTERM"));
        assertEquals("SIGABRT", Signals.name(6));
        assertEquals("SIGIO", Signals.name(29));
        assertEquals(6, Signals.number("SIGIOT"));
        assertEquals(-1, Signals.number("SIGNOPE"));
        assertNull(Signals.name(0));
        assertEquals(31, Signals.byName().size() - 2, "31 signals plus the SIGIOT and SIGPOLL aliases");
        assertEquals("ENOENT", Errno.name(-2));
        assertEquals("EAGAIN", Errno.name(11));
        assertEquals(11, Errno.byName().get("EWOULDBLOCK"));
        assertEquals(104, Errno.byName().get("ECONNRESET"));
    }

    @Test
    void supported() {
        assertTrue(Platform.SUPPORTED);
    }
}
