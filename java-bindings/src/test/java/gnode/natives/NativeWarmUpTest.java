package gnode.natives;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NativeWarmUpTest {
    private static List<String> openFds() throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void warmingUpLeavesNoFdOpenAndNoChildBehind() throws Exception {
        List<String> before = openFds();
        NativeWarmUp.run();
        assertEquals(before, openFds(), "the socketpair it makes is closed again");
        // It never reaps or signals anyone: a child of ours is still there to be waited for.
        int[] status = new int[1];
        Spawner.Result r = Spawner.spawn(SpawnRequest.of("/bin/sh", List.of("sh", "-c", "exit 7"), List.of()));
        assertEquals(0, r.errno());
        NativeWarmUp.run();
        assertEquals(r.pid(), Libc.waitpid(r.pid(), 0, status));
        assertEquals(7, status[0] >> 8 & 0xff, "exit status 7 is ours to read");
    }
}
