package gnode.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Runs every benchmark case once at tiny sizes on gnode through bench/run, so that the scripts keep working. */
class SmokeTest {
    private static Path root() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("bin/gnode"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("bin/gnode not found above " + System.getProperty("user.dir"));
        }
        return dir;
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void everyCaseRunsOnGnodeAndReportsAValue() throws IOException, InterruptedException {
        Path root = root();
        Path out = root.resolve("bench/target/smoke");
        ProcessBuilder pb = new ProcessBuilder(
                root.resolve("bench/run").toString(), "--smoke", "--out", out.toString(),
                root.resolve("bin/gnode").toString());
        pb.redirectErrorStream(true);
        pb.environment().remove("NODE_OPTIONS");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = p.waitFor();
        assertEquals(0, exit, output);

        List<String> raw = Files.readAllLines(out.resolve("raw.tsv"));
        List<String> cases;
        try (Stream<Path> files = Files.list(root.resolve("bench/cases"))) {
            cases = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".js"))
                    .map(n -> n.substring(0, n.length() - 3))
                    .sorted()
                    .toList();
        }
        assertEquals(9, cases.size(), cases.toString());
        for (String name : Stream.concat(cases.stream(), Stream.of("startup-eval", "startup-file")).toList()) {
            List<String> rows = raw.stream().filter(r -> r.split("\t")[2].equals(name)).toList();
            assertEquals(1, rows.size(), name + " in\n" + String.join("\n", raw));
            String[] fields = rows.get(0).split("\t", 5);
            assertEquals("ok", fields[3], name + ": " + output);
            assertTrue(fields[4].matches("\\{\"case\":\"[^\"]+\",\"value\":[0-9.e+-]+,\"unit\":\"[^\"]+\".*\\}"), fields[4]);
        }
        String table = Files.readString(out.resolve("table.md"));
        assertTrue(table.contains("| case | unit | gnode |"), table);
        assertFalse(table.contains("failed"), table);
    }
}
