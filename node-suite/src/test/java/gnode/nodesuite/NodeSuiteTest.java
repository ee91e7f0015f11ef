package gnode.nodesuite;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs every ported Node child_process test as its own process, N at a time, and judges the run against
 * status.txt. System properties:
 * <ul>
 *   <li>{@code nodesuite.runtime}: command that runs a test file (default {@code <repo>/bin/gnode}; {@code node}
 *       runs the suite on real Node). Words separated by spaces become separate arguments.</li>
 *   <li>{@code nodesuite.jobs}: tests run at once (default 2).</li>
 *   <li>{@code nodesuite.timeout}: seconds per test (default 60; test/pummel gets 4 times that).</li>
 *   <li>{@code nodesuite.filter}: run only tests whose path contains this text.</li>
 *   <li>{@code nodesuite.status}: the expected-failure list (default {@code status.txt}; "none" ignores it).</li>
 * </ul>
 * Summary line: expected failures (XFAIL) count as failed, since they do fail; unexpected passes (XPASS) count as
 * passed. The run fails only on FAIL (a regression) or XPASS (status.txt must shrink).
 */
class NodeSuiteTest {

    @Test
    void childProcessSuite() throws Exception {
        final Path suiteRoot = Path.of("").toAbsolutePath();
        final Path repoRoot = suiteRoot.getParent();
        final List<String> runtime = List.of(
                System.getProperty("nodesuite.runtime", repoRoot.resolve("bin/gnode").toString()).trim().split("\\s+"));
        Assumptions.assumeTrue(isRunnable(runtime.get(0)), "runtime not found: " + runtime.get(0));

        final int jobs = Integer.getInteger("nodesuite.jobs", 2);
        final long timeout = Long.getLong("nodesuite.timeout", 60);
        final String statusName = System.getProperty("nodesuite.status", "status.txt");
        final Map<String, String> expectedFailures =
                statusName.equals("none") ? Map.of() : StatusFile.read(suiteRoot.resolve(statusName));
        final List<SuiteTest> tests = TestDiscovery.find(suiteRoot, System.getProperty("nodesuite.filter"));
        final Path logDir = Files.createDirectories(suiteRoot.resolve("target/node-suite-logs"));

        System.out.printf("node-suite: %d tests, runtime %s, %d at a time%n", tests.size(), runtime, jobs);
        final TestProcess runner = new TestProcess(runtime, suiteRoot, logDir, expectedFailures);
        final List<RunResult> results = runAll(tests, runner, jobs, timeout);

        final long passed = count(results, Outcome.PASS) + count(results, Outcome.XPASS);
        final long failed = count(results, Outcome.FAIL) + count(results, Outcome.XFAIL);
        final long skipped = count(results, Outcome.SKIP);
        final List<RunResult> broken = results.stream().filter(r -> r.outcome().breaksTheRun()).toList();
        System.out.printf("expected failures (status.txt): %d, regressions: %d, unexpected passes: %d%n",
                count(results, Outcome.XFAIL), count(results, Outcome.FAIL), count(results, Outcome.XPASS));
        System.out.printf("%d passed, %d failed, %d skipped%n", passed, failed, skipped);
        if (!broken.isEmpty()) {
            fail(broken.stream()
                    .map(r -> r.outcome() + " " + r.test().relativePath()
                            + (r.outcome() == Outcome.XPASS ? " (remove it from status.txt)" : " (" + r.detail() + ")"))
                    .collect(Collectors.joining("\n", "node-suite:\n", "")));
        }
    }

    private static List<RunResult> runAll(final List<SuiteTest> tests, final TestProcess runner, final int jobs,
                                          final long timeout) throws Exception {
        final AtomicInteger nextSlot = new AtomicInteger();
        final ThreadLocal<Integer> slot = ThreadLocal.withInitial(nextSlot::getAndIncrement);
        final ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, jobs));
        try {
            final List<Future<RunResult>> futures = new ArrayList<>();
            for (final SuiteTest test : tests) {
                futures.add(pool.submit(() -> {
                    final RunResult r = runner.run(test, slot.get(), test.slow() ? timeout * 4 : timeout);
                    report(r);
                    return r;
                }));
            }
            final List<RunResult> results = new ArrayList<>();
            for (final Future<RunResult> f : futures) {
                results.add(f.get());
            }
            results.sort(Comparator.comparing(r -> r.test().relativePath()));
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static synchronized void report(final RunResult r) {
        System.out.printf("%-5s %6.1fs %s%s%n", r.outcome(), r.millis() / 1000.0, r.test().relativePath(),
                r.detail() == null ? "" : "  (" + r.detail() + ")");
        if (r.outcome() == Outcome.FAIL) {
            System.out.print(tail(r.log(), 40));
        }
    }

    private static String tail(final Path log, final int lines) {
        try {
            final List<String> all = Files.readAllLines(log);
            return all.subList(Math.max(0, all.size() - lines), all.size()).stream()
                    .map(l -> "    | " + l + "\n").collect(Collectors.joining());
        } catch (final IOException e) {
            return "    | (no output: " + e.getMessage() + ")\n";
        }
    }

    private static long count(final List<RunResult> results, final Outcome outcome) {
        return results.stream().filter(r -> r.outcome() == outcome).count();
    }

    /** A path must exist and be executable; a bare name must be found on PATH. */
    private static boolean isRunnable(final String command) {
        if (command.contains(File.separator)) {
            return Files.isExecutable(Path.of(command));
        }
        for (final String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
