package gnode.compat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Node's loop order and timers (expected output recorded from node). */
class EventLoopTest {
    @Test
    void nextTicksMicrotasksTimersAndImmediatesRunInNodesOrder() {
        ExpectedOutput.check("runtime", "loop-order", Map.of());
    }

    @Test
    void timersHaveNodesShapeAndSemantics() {
        ExpectedOutput.check("runtime", "timers", Map.of());
    }

    @Test
    void beforeExitCanScheduleMoreWorkAndExitSeesTheExitCode() {
        ExpectedOutput.checkExit("runtime", "before-exit", 3, Map.of());
    }
}
