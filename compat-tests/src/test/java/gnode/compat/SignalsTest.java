package gnode.compat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Signal delivery and death by signal (expected output recorded from node). */
class SignalsTest {
    @Test
    void unhandledSignalsKillBySignalAndListenersTakeThem() {
        ExpectedOutput.check("runtime", "signals", Map.of());
    }
}
