package gnode.nodesuite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads status.txt: one expected failure per line, {@code <relative path>  <reason>}; blank lines and lines
 * starting with {@code #} are ignored.
 */
final class StatusFile {
    private StatusFile() {}

    static Map<String, String> read(final Path file) throws IOException {
        final Map<String, String> expectedFailures = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return expectedFailures;
        }
        for (final String raw : Files.readAllLines(file)) {
            final String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            final String[] parts = line.split("\\s+", 2);
            expectedFailures.put(parts[0], parts.length > 1 ? parts[1] : "");
        }
        return expectedFailures;
    }
}
