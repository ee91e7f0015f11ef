package gnode.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Fixture scripts whose expected stdout is a {@code .expected} file next to them, recorded from real node.
 */
final class ExpectedOutput {
    private ExpectedOutput() {
    }

    static void check(String dir, String script, Map<String, String> env, String... args) {
        checkExit(dir, script, 0, env, args);
    }

    static void checkExit(String dir, String script, int exitCode, Map<String, String> env, String... args) {
        Path fixtures = GnodeProcess.fixture(dir);
        String[] all = new String[args.length + 1];
        all[0] = script + ".js";
        System.arraycopy(args, 0, all, 1, args.length);
        GnodeProcess.Result r = GnodeProcess.run(fixtures, null, env, all);
        String expected;
        try {
            expected = Files.readString(fixtures.resolve(script + ".expected"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertEquals(expected, r.stdout(), () -> script + ": " + r);
        assertEquals(exitCode, r.exitCode(), () -> script + ": " + r);
    }
}
