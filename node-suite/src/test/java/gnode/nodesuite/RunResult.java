package gnode.nodesuite;

/** The result of running one test file. {@code detail} says why it failed (exit code, signal, time-out). */
record RunResult(PortedFile test, Outcome outcome, long millis, String detail, java.nio.file.Path log) {}
