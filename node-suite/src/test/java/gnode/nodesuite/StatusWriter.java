package gnode.nodesuite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a status file listing every test that failed in this run, keeping the reason already given for a
 * test and recording the failure detail for new ones. Used to make a baseline (-Dnodesuite.record=FILE);
 * the normal run never rewrites status.txt.
 */
final class StatusWriter {
    private StatusWriter() {}

    static void write(final Path file, final List<RunResult> results, final Map<String, String> knownReasons)
            throws IOException {
        final List<String> lines = new ArrayList<>();
        lines.add("# Recorded by the node-suite runner: tests that failed in one run. Check each reason.");
        for (final RunResult r : results) {
            if (r.outcome() != Outcome.FAIL && r.outcome() != Outcome.XFAIL) {
                continue;
            }
            final String known = knownReasons.get(r.test().relativePath());
            final String reason = known != null && !known.isEmpty() ? known : "fails on this runtime: " + r.detail();
            lines.add(r.test().relativePath() + "  " + reason);
        }
        Files.write(file, lines);
    }
}
