package gnode.nodesuite;

import java.nio.file.Path;
import java.util.List;

/**
 * One ported Node test file: its path relative to node-suite/, the runtime flags from its {@code // Flags:} line,
 * whether it needs the longer pummel time limit, and whether it must run alone (test/sequential, test/pummel).
 */
record PortedFile(String relativePath, Path file, List<String> flags, boolean slow, boolean serial) {}
