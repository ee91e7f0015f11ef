package gnode.natives;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpawnSyncTest {
    private static SyncResult sh(String script, byte[] input, long timeout, long maxBuffer) {
        return SpawnSync.run(Harness.sh(script, Harness.pipes(3)), input, timeout, Signals.SIGTERM, maxBuffer);
    }

    @Test
    void inputOutputAndStatus() {
        SyncResult r = sh("tr a-z A-Z; echo err >&2; exit 3", "hello".getBytes(), 0, Long.MAX_VALUE);
        assertEquals(0, r.errno());
        assertTrue(r.pid() > 0);
        assertEquals(3, r.exitCode());
        assertEquals(0, r.termSignal());
        assertNull(r.output()[0]);
        assertEquals("HELLO", new String(r.output()[1]));
        assertEquals("err\n", new String(r.output()[2]));
        assertFalse(r.timedOut());
    }

    @Test
    void noInputMeansEof() {
        SyncResult r = sh("cat; echo done", null, 0, Long.MAX_VALUE);
        assertEquals("done\n", new String(r.output()[1]));
    }

    @Test
    void largeInputAndOutputBothWays() {
        byte[] in = new byte[5 << 20];
        Arrays.fill(in, (byte) 'x');
        SyncResult r = sh("cat", in, 0, Long.MAX_VALUE);
        assertArrayEquals(in, r.output()[1]);
    }

    @Test
    void timeoutKillsWithKillSignalAndKeepsOutput() {
        // Node: status null, signal SIGTERM, error ETIMEDOUT, stdout "hi\n".
        SyncResult r = sh("echo hi; sleep 5", null, 200, Long.MAX_VALUE);
        assertTrue(r.timedOut());
        assertEquals(-1, r.exitCode());
        assertEquals(Signals.SIGTERM, r.termSignal());
        assertEquals("hi\n", new String(r.output()[1]));
    }

    @Test
    void waitsForTheRealExitWhenTheSignalIsIgnored() {
        long t0 = System.nanoTime();
        SyncResult r = sh("trap '' TERM; sleep 0.6; exit 4", null, 100, Long.MAX_VALUE);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(r.timedOut());
        assertEquals(4, r.exitCode());
        assertTrue(ms >= 500, "returned after " + ms + " ms, before the child exited");
    }

    @Test
    void maxBufferKillsAndStopsReading() {
        // Node: status null, signal SIGTERM, error ENOBUFS; reading stops with the chunk that crossed maxBuffer,
        // which is kept whole (node's test-child-process-spawnsync-maxbuf / execsync-maxbuf expect that).
        SyncResult r = sh("head -c 100000 /dev/zero; sleep 5", null, 0, 1000);
        assertTrue(r.maxBufferExceeded());
        assertEquals(1, r.maxBufferFd());
        int got = r.output()[1].length;
        assertTrue(got > 1000 && got <= 1000 + 65536, "read " + got + " bytes");
        assertEquals(Signals.SIGTERM, r.termSignal());
    }

    @Test
    void aScriptWithoutShebangRunsThroughSh(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        // As Node (execvp): ENOEXEC falls back to /bin/sh, with $0 = the script path.
        java.nio.file.Path script = dir.resolve("plain.sh");
        java.nio.file.Files.writeString(script, "echo \"$0 $1\"\n");
        script.toFile().setExecutable(true);
        SyncResult r = SpawnSync.run(SpawnRequest.of(script.toString(), List.of("ignored", "arg1"), Harness.pipes(3)),
                null, 0, Signals.SIGTERM, Long.MAX_VALUE);
        assertEquals(0, r.exitCode());
        assertEquals(script + " arg1\n", new String(r.output()[1]));
    }

    @Test
    void spawnFailureIsAnErrno() {
        SyncResult r = SpawnSync.run(SpawnRequest.of("no-such-command-xyz", List.of("x"), Harness.pipes(3)), null, 0,
                Signals.SIGTERM, Long.MAX_VALUE);
        assertEquals(-Errno.ENOENT, r.errno());
    }

    @Test
    void otherStdioKindsAreHonoured() {
        SyncResult r = SpawnSync.run(Harness.sh("echo to-null; echo three >&3",
                Arrays.asList(StdioSpec.IGNORE, StdioSpec.IGNORE, StdioSpec.inherit(2), StdioSpec.PIPE)), null, 0,
                Signals.SIGTERM, Long.MAX_VALUE);
        assertEquals(0, r.exitCode());
        assertNull(r.output()[1]);
        assertEquals("three\n", new String(r.output()[3]));
    }
}
