package gnode.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SummaryTest {
    @Test
    void medianOfOddAndEvenCounts() {
        assertEquals(2.0, Summary.median(List.of(3.0, 1.0, 2.0)));
        assertEquals(2.5, Summary.median(List.of(4.0, 1.0, 3.0, 2.0)));
    }

    @Test
    void ratioAboveOneMeansBetterForRatesAndForTimes() {
        // A rate twice the baseline's is 2× better; a time twice the baseline's is 2× worse.
        assertEquals(2.0, Summary.ratio(200, 100, "MiB/s"));
        assertEquals(0.5, Summary.ratio(200, 100, "ms"));
        assertEquals(4.0, Summary.ratio(1, 4, "ms/spawn"));
        assertTrue(Summary.higherIsBetter("round trips/s"));
        assertFalse(Summary.higherIsBetter("MiB"));
    }

    @Test
    void parsesNestedResultLines() {
        Map<String, Object> json = Summary.Json.parseObject(
                "{\"case\":\"fork \\u2192 first\",\"value\":1.5e1,\"unit\":\"ms\",\"one_way\":{\"value\":3,\"unit\":\"msgs/s\"},"
                        + "\"list\":[1,true,null]}");
        assertEquals("fork → first", json.get("case"));
        assertEquals(15.0, json.get("value"));
        assertEquals(Map.of("value", 3.0, "unit", "msgs/s"), json.get("one_way"));
    }

    @Test
    void tableHasMediansRangesRatiosAndFailures() {
        List<String> raw = List.of(
                "node\t1\t01-spawn\tok\t{\"case\":\"spawn\",\"value\":2,\"unit\":\"ms/spawn\"}",
                "gnode\t1\t01-spawn\tok\t{\"case\":\"spawn\",\"value\":1,\"unit\":\"ms/spawn\"}",
                "node\t2\t01-spawn\tok\t{\"case\":\"spawn\",\"value\":4,\"unit\":\"ms/spawn\"}",
                "gnode\t2\t01-spawn\tok\t{\"case\":\"spawn\",\"value\":3,\"unit\":\"ms/spawn\"}",
                "node\t3\t01-spawn\tok\t{\"case\":\"spawn\",\"value\":3,\"unit\":\"ms/spawn\"}",
                "gnode\t3\t01-spawn\texit 1\t{\"case\":\"01-spawn\"}",
                "node\t1\t06-ipc\tok\t{\"case\":\"ipc\",\"value\":100,\"unit\":\"round trips/s\","
                        + "\"one_way\":{\"value\":1000,\"unit\":\"msgs/s\"}}",
                "gnode\t1\t06-ipc\texit 70\t{\"case\":\"06-ipc\"}");
        List<String> runtimes = List.of("runtime\tnode\tnode\tv20", "runtime\tgnode\tbin/gnode\tv25");
        String table = Summary.render(raw, runtimes, List.of("meta\tload\t1 2 3 before"));

        assertTrue(table.contains("| case | unit | node | gnode | gnode vs node |"), table);
        // node: 2, 4, 3 → median 3; gnode: 1, 3 and a failure → median 2, which is 1.5× better than 3 ms.
        assertTrue(table.contains("| spawn | ms/spawn | 3.00 (2.00–4.00) | 2.00 (1.00–3.00), 1 failed | 1.50× |"), table);
        assertTrue(table.contains("| ipc | round trips/s | 100 | failed | – |"), table);
        assertTrue(table.contains("| ipc: one way | msgs/s | 1000 | – | – |"), table);
        assertTrue(table.contains("- load: 1 2 3 before"), table);
    }
}
