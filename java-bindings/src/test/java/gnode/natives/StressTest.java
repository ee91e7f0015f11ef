package gnode.natives;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StressTest {
    final Harness h = new Harness();

    @AfterEach
    void tearDown() { h.close(); }

    private static int openFds() { return new File("/proc/self/fd").list().length; }

    private static int osThreads() throws Exception {
        return new File("/proc/self/task").list().length;
    }

    /** Children of this JVM that are zombies (exited, not reaped). */
    private static int zombies() throws Exception {
        int self = Posix.getpid(), n = 0;
        for (String pid : new File("/proc").list()) {
            if (!pid.chars().allMatch(Character::isDigit)) continue;
            try {
                String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", pid, "stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                if (f[0].equals("Z") && Integer.parseInt(f[1]) == self) n++;
            } catch (java.io.IOException gone) { /* exited meanwhile */ }
        }
        return n;
    }

    @Test
    void twoThousandSequentialSpawnsLeaveNothingBehind() throws Exception {
        h.run(SpawnRequest.of("/bin/true", List.of("true"), Harness.pipes(3)), 10); // warm up lazily created state
        int fds = openFds(), threads = osThreads();
        for (int i = 0; i < 2000; i++) {
            var o = h.run(SpawnRequest.of("/bin/true", List.of("true"), Harness.pipes(3)), 10);
            assertEquals(0, o.code());
        }
        Thread.sleep(50);
        assertEquals(fds, openFds(), "fds");
        assertTrue(osThreads() <= threads, "threads " + osThreads() + " > " + threads);
        assertEquals(0, zombies(), "zombies");
    }

    @Test
    void twoHundredConcurrentChildrenWritingOneMegabyteEach() throws Exception {
        int fds = openFds();
        List<CompletableFuture<byte[]>> outs = new ArrayList<>();
        List<CompletableFuture<long[]>> exits = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            CompletableFuture<long[]> exit = new CompletableFuture<>();
            ProcessHandle p = h.loop.spawn(SpawnRequest.of("/usr/bin/head", List.of("head", "-c", "1048576", "/dev/zero"),
                    List.of(StdioSpec.IGNORE, StdioSpec.PIPE, StdioSpec.IGNORE)), (c, s) -> exit.complete(new long[] {c, s}));
            assertEquals(0, p.errno());
            outs.add(h.readAllBytes(p.stdio(1)));
            exits.add(exit);
        }
        int peakThreads = osThreads();
        for (int i = 0; i < 200; i++) {
            assertEquals(1 << 20, outs.get(i).get(60, TimeUnit.SECONDS).length);
            assertEquals(0, exits.get(i).get(60, TimeUnit.SECONDS)[0]);
        }
        Thread.sleep(50);
        assertEquals(fds, openFds(), "fds");
        assertEquals(0, zombies());
        assertTrue(peakThreads < 100, "threads " + peakThreads);
    }
}
