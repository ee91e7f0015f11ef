package gnode.compat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The process object's fields and methods (expected output recorded from node). */
class ProcessObjectTest {
    @Test
    void processFieldsBehaveLikeNodes() {
        ExpectedOutput.check("runtime", "process-fields", Map.of("GNODE_FROM_PARENT", "p"), "a", "b");
    }
}
