package gnode.compat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * node:child_process against node's recorded behaviour: the documentation's examples, the sync forms, argument
 * validation, streams, signals, env and detached children.
 */
class ChildProcessTest {
    private static final Map<String, String> HOME = Map.of("HOME", "/home/tester");

    @Test
    void documentationExamplesGiveNodesResults() {
        ExpectedOutput.check("child_process", "doc-examples", HOME);
    }

    @Test
    void syncFormsReturnAndThrowLikeNode() {
        ExpectedOutput.check("child_process", "sync-forms", HOME);
    }

    @Test
    void invalidArgumentsThrowNodesErrors() {
        ExpectedOutput.check("child_process", "validation", HOME);
    }

    @Test
    void stdioStreamsBackpressureEpipeOrderSignalsAndEnv() {
        ExpectedOutput.check("child_process", "streams", HOME);
    }

    @Test
    void stdioTouchedEarlyLateOrNeverBehavesAsInNode() {
        ExpectedOutput.check("child_process", "stdio-use", HOME);
    }

    @Test
    void execOutputWithStreamsTouchedNeverEarlyOrLateIsNodes() {
        ExpectedOutput.check("child_process", "exec-output", HOME);
    }

    @Test
    void detachedChildLeadsItsSessionAndUnrefLetsTheParentExit() {
        ExpectedOutput.check("child_process", "detached", HOME);
    }

    @Test
    void forkRoundTripsJsonMessages() {
        ExpectedOutput.checkNamed("child_process", "ipc", "ipc-json", Map.of(), "", "json");
    }

    @Test
    void forkRoundTripsAdvancedSerialization() {
        ExpectedOutput.checkNamed("child_process", "ipc", "ipc-advanced", Map.of(), "", "advanced");
    }
}
