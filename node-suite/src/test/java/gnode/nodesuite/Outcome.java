package gnode.nodesuite;

/** How one test file ended, judged against status.txt. */
enum Outcome {
    /** Exit code 0 and not listed as expected to fail. */
    PASS,
    /** Failed and not listed: a regression. */
    FAIL,
    /** Printed Node's "1..0 # Skipped" line and exited 0. */
    SKIP,
    /** Failed and listed in status.txt. */
    XFAIL,
    /** Listed in status.txt but passed: the list must shrink. */
    XPASS;

    boolean breaksTheRun() {
        return this == FAIL || this == XPASS;
    }
}
