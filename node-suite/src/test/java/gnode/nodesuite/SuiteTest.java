package gnode.nodesuite;

/** Plain data describing one ported Node test file. */
record SuiteTest(String relativePath, java.nio.file.Path file, java.util.List<String> flags, boolean slow) {}
