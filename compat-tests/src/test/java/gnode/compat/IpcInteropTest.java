package gnode.compat;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * IPC with real node on both ends of the channel, both serializations. Needs the `node` of this machine; without
 * one these tests are skipped and say so.
 */
class IpcInteropTest {
    private static boolean nodePresent;

    @BeforeAll
    static void findNode() {
        try {
            GnodeProcess.Result r = GnodeProcess.exec(List.of("node", "--version"), null, null, Map.of());
            nodePresent = r.exitCode() == 0;
        } catch (AssertionError e) {
            nodePresent = false;
        }
    }

    private static void requireNode() {
        assumeTrue(nodePresent, "no `node` on this machine: the gnode <-> node IPC interop tests need one");
    }

    @Test
    void gnodeParentForksNodeChildJson() {
        requireNode();
        ExpectedOutput.checkNamed("child_process", "ipc", "ipc-json", Map.of(), "node", "json");
    }

    @Test
    void gnodeParentForksNodeChildAdvanced() {
        requireNode();
        ExpectedOutput.checkNamed("child_process", "ipc", "ipc-advanced", Map.of(), "node", "advanced");
    }

    @Test
    void nodeParentForksGnodeChildJson() {
        requireNode();
        ExpectedOutput.checkWith(List.of("node"), "child_process", "ipc", "ipc-json", Map.of(),
                GnodeProcess.gnode().toString(), "json");
    }

    @Test
    void nodeParentForksGnodeChildAdvanced() {
        requireNode();
        ExpectedOutput.checkWith(List.of("node"), "child_process", "ipc", "ipc-advanced", Map.of(),
                GnodeProcess.gnode().toString(), "advanced");
    }
}
