package gnode.natives;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpawnTest {
    final Harness h = new Harness();

    @AfterEach
    void tearDown() { h.close(); }

    /** fd numbers the child "ls -l /proc/self/fd" has, without ls's own directory fd. */
    private static Set<Integer> childFds(String lsOutput) {
        Set<Integer> fds = new TreeSet<>();
        for (String line : lsOutput.split("\n")) {
            if (!line.contains(" -> ") || line.contains("-> /proc/")) continue;
            String[] parts = line.substring(0, line.indexOf(" -> ")).trim().split("\\s+");
            fds.add(Integer.parseInt(parts[parts.length - 1]));
        }
        return fds;
    }

    @Test
    void childSeesExactlyItsStdio() throws Exception {
        var o = h.run(SpawnRequest.of("ls", List.of("ls", "-l", "/proc/self/fd"), Harness.pipes(3)), 10);
        assertEquals(0, o.code());
        assertEquals(Set.of(0, 1, 2), childFds(o.out().get(1)));
    }

    @Test
    void closedSlotsAndFd3AndInheritedFd(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("f.txt");
        int fd = Fs.open(file.toString(), Platform.O_RDWR | Platform.O_CREAT | Platform.O_CLOEXEC, 0644);
        assertTrue(fd >= 0);
        try {
            // stdout = pipe, fd 2 closed, fd 3 = pipe, fd 5 = the parent's file (close-on-exec in the parent).
            List<StdioSpec> stdio = Arrays.asList(StdioSpec.IGNORE, StdioSpec.PIPE, null, StdioSpec.PIPE, null,
                    StdioSpec.inherit(fd));
            var o = h.run(Harness.sh("ls -l /proc/self/fd; echo three >&3; echo five >&5", stdio), 10);
            assertEquals(0, o.code());
            assertEquals(Set.of(0, 1, 3, 5), childFds(o.out().get(1)));
            assertEquals("three\n", o.out().get(3));
            assertEquals("five\n", Files.readString(file));
        } finally {
            Fs.close(fd);
        }
    }

    @Test
    void closeOnExecFdInheritedAtItsOwnNumber(@TempDir Path dir) throws Exception {
        // dup2(fd, fd) is a no-op in the kernel; the spawn must still clear FD_CLOEXEC so the child keeps it.
        Path file = dir.resolve("same");
        int fd = Fs.open(file.toString(), Platform.O_WRONLY | Platform.O_CREAT | Platform.O_CLOEXEC, 0644);
        try {
            List<StdioSpec> stdio = new ArrayList<>();
            for (int i = 0; i < fd; i++) stdio.add(i < 3 ? StdioSpec.IGNORE : null);
            stdio.add(StdioSpec.inherit(fd));
            var o = h.run(SpawnRequest.of("/bin/bash", List.of("bash", "-c", "echo kept >&" + fd), stdio), 10);
            assertEquals(0, o.code());
            assertEquals("kept\n", Files.readString(file));
        } finally {
            Fs.close(fd);
        }
    }

    @Test
    void dup2OrderHazardIsHandled() throws Exception {
        // Parent fds lo1 (socket A) and lo2 (socket B). Child: fd 1 <- lo1, fd lo1 <- lo2, fd lo2 <- lo1.
        // Applying dup2 in index order naively would overwrite lo1 before it is copied to lo2.
        int[] a = new int[2], b = new int[2];
        assertEquals(0, Libc.socketpair(Platform.SOCK_STREAM | Platform.SOCK_CLOEXEC, a));
        assertEquals(0, Libc.socketpair(Platform.SOCK_STREAM | Platform.SOCK_CLOEXEC, b));
        int lo1 = Fs.dup(a[1]), lo2 = Fs.dup(b[1]);
        Fs.close(a[1]);
        Fs.close(b[1]);
        int n = Math.max(lo1, lo2) + 1;
        List<StdioSpec> stdio = new ArrayList<>();
        for (int i = 0; i < n; i++) stdio.add(null);
        stdio.set(1, StdioSpec.inherit(lo1));
        stdio.set(lo1, StdioSpec.inherit(lo2));
        stdio.set(lo2, StdioSpec.inherit(lo1));
        var o = h.run(SpawnRequest.of("/bin/bash", List.of("bash", "-c", "echo one; echo low1 >&" + lo1 + "; echo low2 >&" + lo2), stdio), 10);
        Fs.close(lo1);
        Fs.close(lo2);
        assertEquals(0, o.code());
        assertEquals("one\nlow2\n", h.readAll(h.loop.openStream(a[0])).get(5, TimeUnit.SECONDS));
        assertEquals("low1\n", h.readAll(h.loop.openStream(b[0])).get(5, TimeUnit.SECONDS));
    }

    @Test
    void cwdArgv0AndEnv(@TempDir Path dir) throws Exception {
        Path real = dir.toRealPath();
        var req = new SpawnRequest("sh", List.of("my-name", "-c", "pwd; echo $0; echo $FOO"), List.of("FOO=bar", "PATH=/usr/bin:/bin"),
                real.toString(), Harness.pipes(3), false, -1, -1);
        var o = h.run(req, 10);
        assertEquals(real + "\nmy-name\nbar\n", o.out().get(1));
    }

    @Test
    void pathRuleUsesTheGivenEnv(@TempDir Path dir) throws Exception {
        Path tool = dir.resolve("only-here");
        Files.writeString(tool, "#!/bin/sh\necho found\n");
        tool.toFile().setExecutable(true);
        var withPath = new SpawnRequest("only-here", List.of("only-here"), List.of("PATH=" + dir), null,
                Harness.pipes(3), false, -1, -1);
        assertEquals("found\n", h.run(withPath, 10).out().get(1));
        // env without PATH: /usr/bin:/bin, so "ls" is found and "only-here" is not.
        var noPath = new SpawnRequest("only-here", List.of("only-here"), List.of("A=1"), null, Harness.pipes(3), false, -1, -1);
        assertEquals(-Errno.ENOENT, h.loop.spawn(noPath, (c, s) -> { }).errno());
        var ls = new SpawnRequest("ls", List.of("ls", "/"), List.of("A=1"), null, Harness.pipes(3), false, -1, -1);
        assertEquals(0, h.run(ls, 10).code());
    }

    @Test
    void spawnErrorsAreErrnos(@TempDir Path dir) throws Exception {
        assertEquals(-Errno.ENOENT, h.loop.spawn(SpawnRequest.of("/no/such/file", List.of("x"), Harness.pipes(3)), null).errno());
        assertEquals(-Errno.ENOENT, h.loop.spawn(SpawnRequest.of("no-such-command-xyz", List.of("x"), Harness.pipes(3)), null).errno());
        Path notExec = dir.resolve("plain");
        Files.writeString(notExec, "echo hi\n");
        assertEquals(-Errno.EACCES, h.loop.spawn(SpawnRequest.of(notExec.toString(), List.of("x"), Harness.pipes(3)), null).errno());
        assertEquals(-Errno.ENOTDIR, h.loop.spawn(SpawnRequest.of(notExec + "/x", List.of("x"), Harness.pipes(3)), null).errno());
        var badCwd = new SpawnRequest("/bin/true", List.of("true"), null, dir.resolve("missing").toString(), Harness.pipes(3), false, -1, -1);
        assertEquals(-Errno.ENOENT, h.loop.spawn(badCwd, null).errno());
        var badFd = SpawnRequest.of("/bin/true", List.of("true"), List.of(StdioSpec.IGNORE, StdioSpec.inherit(987654), StdioSpec.IGNORE));
        assertEquals(-Errno.EBADF, h.loop.spawn(badFd, null).errno());
        var unopenedFd = SpawnRequest.of("/bin/true", List.of("true"), List.of(StdioSpec.IGNORE, StdioSpec.inherit(1999), StdioSpec.IGNORE));
        assertEquals(-Errno.EBADF, h.loop.spawn(unopenedFd, null).errno());
        String huge = "x".repeat(200_000); // above the kernel's per-argument limit (MAX_ARG_STRLEN, 128 KiB)
        assertEquals(-Errno.E2BIG, h.loop.spawn(SpawnRequest.of("/bin/echo", List.of("echo", huge), Harness.pipes(3)), null).errno());
        ProcessHandle failed = h.loop.spawn(SpawnRequest.of("/no/such", List.of("x"), Harness.pipes(3)), null);
        assertEquals(-Errno.ESRCH, failed.kill(Signals.SIGTERM));
        assertNull(failed.stdio(1));
    }

    @Test
    void exitCodeAndSignalAreSeparate() throws Exception {
        assertEquals(new Harness.Outcome(7, 0, java.util.Map.of()), h.run(Harness.sh("exit 7", List.of()), 10));
        var killed = h.run(Harness.sh("kill -KILL $$", List.of()), 10);
        assertEquals(0, killed.code());
        assertEquals(Signals.SIGKILL, killed.signal());
    }

    @Test
    void signalsReachTheChild() throws Exception {
        for (int sig : new int[] {Signals.SIGHUP, Signals.SIGUSR1, Signals.SIGTERM}) {
            CompletableFuture<long[]> exit = new CompletableFuture<>();
            ProcessHandle p = h.loop.spawn(SpawnRequest.of("/bin/sleep", List.of("sleep", "30"), Harness.pipes(3)),
                    (c, s) -> exit.complete(new long[] {c, s}));
            assertEquals(0, p.kill(sig));
            long[] e = exit.get(10, TimeUnit.SECONDS);
            assertEquals(0, e[0]);
            assertEquals(sig, e[1], "killed by " + Signals.name(sig));
            assertEquals(-Errno.ESRCH, p.kill(Signals.SIGTERM));
            for (int i = 0; i < 3; i++) p.stdio(i).close(null);
        }
    }

    @Test
    void stopAndContinue() throws Exception {
        CompletableFuture<long[]> exit = new CompletableFuture<>();
        // The child reads a line then exits 3; while stopped it cannot, and the stop is not reported as an exit.
        ProcessHandle p = h.loop.spawn(Harness.sh("read x; exit 3", Harness.pipes(3)), (c, s) -> exit.complete(new long[] {c, s}));
        assertEquals(0, p.kill(Signals.SIGSTOP));
        long t0 = System.nanoTime();
        while (!procState(p.pid()).equals("T") && System.nanoTime() - t0 < 5e9) Thread.sleep(5);
        assertEquals("T", procState(p.pid()), "stopped");
        p.stdio(0).write(java.nio.ByteBuffer.wrap("go\n".getBytes()), null);
        Thread.sleep(100);
        assertTrue(!exit.isDone());
        assertEquals(0, p.kill(Signals.SIGCONT));
        assertEquals(3, exit.get(10, TimeUnit.SECONDS)[0]);
        assertEquals(0, exit.get()[1]);
    }

    private static String procState(int pid) throws Exception {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        return stat.substring(stat.lastIndexOf(')') + 2).split(" ")[0];
    }

    @Test
    void detachedChildLeadsASession() throws Exception {
        var req = new SpawnRequest("/bin/sh", List.of("sh", "-c", "cat /proc/$$/stat"), null, null, Harness.pipes(3), true, -1, -1);
        String stat = h.run(req, 10).out().get(1);
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        int pid = Integer.parseInt(stat.substring(0, stat.indexOf(' ')));
        assertEquals(pid, Integer.parseInt(f[3]), "session id = own pid");
        var attached = h.run(Harness.sh("cat /proc/$$/stat", Harness.pipes(3)), 10).out().get(1);
        String[] g = attached.substring(attached.lastIndexOf(')') + 2).split(" ");
        assertNotEquals(g[3], attached.substring(0, attached.indexOf(' ')));
    }

    @Test
    void childHasEmptyMaskAndDefaultDispositions() throws Exception {
        // SigBlk and SigIgn of the child are all zero even though the JVM blocks/ignores some signals itself.
        var o = h.run(SpawnRequest.of("/bin/cat", List.of("cat", "/proc/self/status"), Harness.pipes(3)), 10);
        String status = o.out().get(1);
        assertTrue(status.contains("SigBlk:\t0000000000000000"), status);
        assertTrue(status.contains("SigIgn:\t0000000000000000"), status);
    }

    @Test
    void jdkProcessKeepsItsOwnExitCode() throws Exception {
        Process jdk = new ProcessBuilder("/bin/sh", "-c", "sleep 0.3; exit 42").start();
        List<CompletableFuture<long[]>> ours = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            CompletableFuture<long[]> f = new CompletableFuture<>();
            int code = i;
            ProcessHandle p = h.loop.spawn(Harness.sh("exit " + code, List.of()), (c, s) -> f.complete(new long[] {c, s}));
            ours.add(f);
        }
        for (int i = 0; i < 20; i++) assertEquals(i, ours.get(i).get(10, TimeUnit.SECONDS)[0]);
        assertTrue(jdk.waitFor(10, TimeUnit.SECONDS));
        assertEquals(42, jdk.exitValue());
    }

    @Test
    void uidGidChangeAsRoot() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Posix.geteuid() == 0, "needs root");
        var req = new SpawnRequest("id", List.of("id"), null, null, Harness.pipes(3), false, 65534, 65534);
        var o = h.run(req, 10);
        assertEquals(0, o.code());
        assertTrue(o.out().get(1).startsWith("uid=65534"), o.out().get(1));
        assertTrue(o.out().get(1).contains("gid=65534"), o.out().get(1));
    }

    @Test
    void idCheckRule() {
        // Unchanged ids need nothing; when unprivileged, another uid is EPERM (checked with the kernel's rule).
        assertEquals(0, IdChange.check(Posix.getuid(), Posix.getgid()));
        if (Posix.geteuid() != 0) assertEquals(-Errno.EPERM, IdChange.check(Posix.getuid() + 1, -1));
        else assertEquals(1, IdChange.check(Posix.getuid() + 1, -1));
    }
}
