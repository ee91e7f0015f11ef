package gnode.nodesuite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Finds the test files under test/{parallel,sequential,pummel} and their {@code // Flags:} lines. */
final class TestDiscovery {
    private static final Pattern FLAGS = Pattern.compile("^//\\s*Flags:(.*)$", Pattern.MULTILINE);
    private static final List<String> FOLDERS = List.of("parallel", "sequential", "pummel");

    private TestDiscovery() {}

    static List<PortedFile> find(final Path suiteRoot, final String filter) throws IOException {
        final List<PortedFile> tests = new ArrayList<>();
        for (final String folder : FOLDERS) {
            final Path dir = suiteRoot.resolve("test").resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (final Path file : files.sorted().toList()) {
                    final String name = file.getFileName().toString();
                    if (!name.startsWith("test-") || !(name.endsWith(".js") || name.endsWith(".mjs"))) {
                        continue;
                    }
                    final String relative = "test/" + folder + "/" + name;
                    if (filter != null && !filter.isEmpty() && !relative.contains(filter)) {
                        continue;
                    }
                    tests.add(new PortedFile(relative, file, flagsOf(file), folder.equals("pummel"),
                            !folder.equals("parallel")));
                }
            }
        }
        return tests;
    }

    /** Node's runner passes every word after {@code // Flags:} to the runtime before the file name. */
    static List<String> flagsOf(final Path file) throws IOException {
        final Matcher m = FLAGS.matcher(Files.readString(file));
        final List<String> flags = new ArrayList<>();
        while (m.find()) {
            Arrays.stream(m.group(1).strip().split("\\s+")).filter(s -> !s.isEmpty()).forEach(flags::add);
        }
        return flags;
    }
}
