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
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every ported Node child_process test as its own process and judges the run against status.txt.
 * test/parallel runs N at a time; test/sequential and test/pummel run afterwards one at a time, as in Node.
 * All files run first (so the per-test lines and the summary come out together), then each becomes one
 * dynamic JUnit test: PASS/XFAIL succeed, SKIP is reported as skipped, FAIL and XPASS fail.
 *
 * <p>System properties:
 * <ul>
 *   <li>{@code nodesuite.runtime}: command that runs a test file (default {@code <repo>/bin/gnode}; {@code node}
 *       runs the suite on real Node). Words separated by spaces become separate arguments.</li>
 *   <li>{@code nodesuite.jobs}: parallel tests run at once (default 2).</li>
 *   <li>{@code nodesuite.timeout}: seconds per test (default 60; test/pummel gets 4 times that).</li>
 *   <li>{@code nodesuite.filter}: run only tests whose path contains this text.</li>
 *   <li>{@code nodesuite.status}: the expected-failure list (default {@code status.txt}; "none" for no list).</li>
 *   <li>{@code nodesuite.record}: also write every failing test to this file (relative to node-suite/), keeping
 *       the reasons from the status file: a starting point for a new status.txt.</li>
 * </ul>
 * Summary line: expected failures (XFAIL) count as failed, since they do fail; unexpected passes (XPASS)
 * count as passed. The line before it splits the failures into expected ones and regressions.
 */
class NodeSuiteTest {

    @TestFactory
    Stream<DynamicTest> childProcessSuite() throws Exception {
        final Path suiteRoot = Path.of("").toAbsolutePath();
        final Path repoRoot = suiteRoot.getParent();
        final List<String> runtime = List.of(
                System.getProperty("nodesuite.runtime", repoRoot.resolve("bin/gnode").toString()).trim().split("\\s+"));
        Assumptions.assumeTrue(isRunnable(runtime.get(0)), "runtime not found: " + runtime.get(0));

        final int jobs = Math.max(1, Integer.getInteger("nodesuite.jobs", 2));
        final long timeout = Long.getLong("nodesuite.timeout", 60);
        final String statusName = System.getProperty("nodesuite.status", "status.txt");
        final Map<String, String> expectedFailures =
                statusName.equals("none") ? Map.of() : StatusFile.read(suiteRoot.resolve(statusName));
        final String filter = System.getProperty("nodesuite.filter");
        final List<PortedFile> tests = TestDiscovery.find(suiteRoot, filter);
        warnAboutStaleEntries(expectedFailures, tests, filter, statusName);
        final Path logDir = Files.createDirectories(suiteRoot.resolve("target/node-suite-logs"));

        System.out.printf("node-suite: %d tests, runtime %s, %d at a time, status file %s%n",
                tests.size(), runtime, jobs, statusName);
        final long start = System.nanoTime();
        final TestProcess runner = new TestProcess(runtime, suiteRoot, logDir, expectedFailures);
        final List<RunResult> results = new ArrayList<>();
        results.addAll(runAll(tests.stream().filter(t -> !t.serial()).toList(), runner, jobs, timeout));
        results.addAll(runAll(tests.stream().filter(PortedFile::serial).toList(), runner, 1, timeout));
        results.sort(Comparator.comparing(r -> r.test().relativePath()));

        System.out.printf("time %.1f s; expected failures (%s): %d, regressions: %d, unexpected passes: %d%n",
                (System.nanoTime() - start) / 1e9, statusName, count(results, Outcome.XFAIL),
                count(results, Outcome.FAIL), count(results, Outcome.XPASS));
        System.out.printf("%d passed, %d failed, %d skipped%n",
                count(results, Outcome.PASS) + count(results, Outcome.XPASS),
                count(results, Outcome.FAIL) + count(results, Outcome.XFAIL),
                count(results, Outcome.SKIP));

        final String record = System.getProperty("nodesuite.record");
        if (record != null && !record.isEmpty()) {
            StatusWriter.write(suiteRoot.resolve(record), results, expectedFailures);
            System.out.println("recorded the failing tests in " + record);
        }

        return results.stream().map(r -> DynamicTest.dynamicTest(r.test().relativePath(), () -> judge(r)));
    }

    private static void judge(final RunResult r) {
        switch (r.outcome()) {
            case PASS, XFAIL -> { }
            case SKIP -> Assumptions.abort("skipped by the test itself");
            case XPASS -> fail(r.test().relativePath() + " passed but is listed in the status file: remove it");
            case FAIL -> fail(r.test().relativePath() + " failed (" + r.detail() + "); log: " + r.log()
                    + "\n" + tail(r.log(), 40));
        }
    }

    private static List<RunResult> runAll(final List<PortedFile> tests, final TestProcess runner, final int jobs,
                                          final long timeout) throws Exception {
        if (tests.isEmpty()) {
            return List.of();
        }
        final AtomicInteger nextSlot = new AtomicInteger();
        final ThreadLocal<Integer> slot = ThreadLocal.withInitial(nextSlot::getAndIncrement);
        final ExecutorService pool = Executors.newFixedThreadPool(jobs);
        try {
            final List<Future<RunResult>> futures = new ArrayList<>();
            for (final PortedFile test : tests) {
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

    private static void warnAboutStaleEntries(final Map<String, String> expectedFailures, final List<PortedFile> tests,
                                              final String filter, final String statusName) {
        if (filter != null && !filter.isEmpty()) {
            return;
        }
        final List<String> known = tests.stream().map(PortedFile::relativePath).toList();
        for (final String listed : expectedFailures.keySet()) {
            if (!known.contains(listed)) {
                System.out.println("warning: " + statusName + " lists a test that does not exist: " + listed);
            }
        }
    }

    private static String tail(final Path log, final int lines) {
        try {
            final List<String> all = TestProcess.readLenient(log).lines().toList();
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
