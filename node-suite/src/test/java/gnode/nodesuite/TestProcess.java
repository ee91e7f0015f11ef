package gnode.nodesuite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs one test file as its own runtime process and classifies how it ended. */
final class TestProcess {
    private static final String SKIP_MARKER = "1..0 # Skipped";

    private final List<String> runtime;
    private final Path workDir;
    private final Path logDir;
    private final Map<String, String> expectedFailures;

    TestProcess(final List<String> runtime, final Path workDir, final Path logDir,
                final Map<String, String> expectedFailures) {
        this.runtime = runtime;
        this.workDir = workDir;
        this.logDir = logDir;
        this.expectedFailures = expectedFailures;
    }

    RunResult run(final PortedFile test, final int slot, final long limitSeconds) {
        final long start = System.nanoTime();
        final Path log = logDir.resolve(test.relativePath().replace('/', '_') + ".log");
        String failure;
        boolean skipped = false;
        try {
            final List<String> command = new ArrayList<>(runtime);
            command.addAll(test.flags());
            command.add(test.relativePath());
            final ProcessBuilder pb = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    // Node's CI gives tests no terminal; /dev/null is what they get there.
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            // Keeps each worker's tmpdir (test/.tmp.<slot>) apart, as Node's runner does.
            pb.environment().put("TEST_THREAD_ID", Integer.toString(slot));
            final Process process = pb.start();
            if (!process.waitFor(limitSeconds, TimeUnit.SECONDS)) {
                killTree(process);
                failure = "timed out after " + limitSeconds + " s";
            } else {
                final int code = process.exitValue();
                failure = code == 0 ? null : exitDescription(code);
                skipped = code == 0 && readLenient(log).lines().anyMatch(l -> l.startsWith(SKIP_MARKER));
            }
        } catch (final IOException e) {
            failure = "could not run: " + e.getMessage();
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = "interrupted";
        }
        final long millis = (System.nanoTime() - start) / 1_000_000;
        final boolean expectedToFail = expectedFailures.containsKey(test.relativePath());
        final Outcome outcome;
        if (failure != null) {
            outcome = expectedToFail ? Outcome.XFAIL : Outcome.FAIL;
        } else if (skipped) {
            outcome = Outcome.SKIP;
        } else {
            outcome = expectedToFail ? Outcome.XPASS : Outcome.PASS;
        }
        return new RunResult(test, outcome, millis, failure, log);
    }

    /** Test output may hold any bytes; malformed UTF-8 must not turn a pass into an I/O error. */
    static String readLenient(final Path log) throws IOException {
        return new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
    }

    /** Shells report death by signal N as 128+N; the JDK reports the same for direct children. */
    private static String exitDescription(final int code) {
        return code > 128 && code < 160 ? "exit code " + code + " (signal " + (code - 128) + ")" : "exit code " + code;
    }

    private static void killTree(final Process process) throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }
}
