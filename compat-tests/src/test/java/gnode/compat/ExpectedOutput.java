package gnode.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        run(List.of(GnodeProcess.gnode().toString()), dir, script, script, exitCode, env, args);
    }

    /** Like {@link #check} with an expected-output file of another name. */
    static void checkNamed(String dir, String script, String expectedName, Map<String, String> env, String... args) {
        run(List.of(GnodeProcess.gnode().toString()), dir, script, expectedName, 0, env, args);
    }

    /** Runs the fixture with another runtime (e.g. node as the parent of gnode children). */
    static void checkWith(List<String> runtime, String dir, String script, String expectedName,
            Map<String, String> env, String... args) {
        run(runtime, dir, script, expectedName, 0, env, args);
    }

    private static void run(List<String> runtime, String dir, String script, String expectedName, int exitCode,
            Map<String, String> env, String... args) {
        Path fixtures = GnodeProcess.fixture(dir);
        List<String> command = new ArrayList<>(runtime);
        command.add(script + ".js");
        command.addAll(List.of(args));
        GnodeProcess.Result r = GnodeProcess.exec(command, fixtures, null, env);
        String expected;
        try {
            expected = Files.readString(fixtures.resolve(expectedName + ".expected"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertEquals(expected, r.stdout(), () -> script + ": " + r);
        assertEquals(exitCode, r.exitCode(), () -> script + ": " + r);
    }
}
