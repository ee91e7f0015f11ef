package gnode.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Exit codes, uncaught errors and unhandled rejections, as node reports them. */
class ExitBehaviourTest {
    private static GnodeProcess.Result mode(String mode) {
        return GnodeProcess.runIn(GnodeProcess.fixture("runtime"), "exit-codes.js", mode);
    }

    @Test
    void processExitEndsAtOnceWithItsCode() {
        GnodeProcess.Result r = mode("exit5");
        assertEquals(5, r.exitCode(), r::toString);
        assertEquals("exit event 5\n", r.stdout());
    }

    @Test
    void exitCodeIsUsedWhenTheLoopEnds() {
        GnodeProcess.Result r = mode("exitcode");
        assertEquals(7, r.exitCode(), r::toString);
        assertEquals("exit event 7\n", r.stdout());
        assertEquals(4, mode("string-exitcode").exitCode());
        assertEquals("ERR_INVALID_ARG_TYPE\nexit event 0\n", mode("bad-exitcode").stdout());
    }

    @Test
    void exitFromATimerStopsTheRestOfTheCallback() {
        GnodeProcess.Result r = mode("exit-in-timer");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("exit event 2\n", r.stdout());
    }

    @Test
    void uncaughtExceptionHandlerKeepsTheProcessGoing() {
        GnodeProcess.Result r = mode("handled");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("handled oops uncaughtException\nstill running\nexit event 0\n", r.stdout());
    }

    @Test
    void aThrowingHandlerExitsSevenWithoutTheExitEvent() {
        GnodeProcess.Result r = mode("handler-throws");
        assertEquals(7, r.exitCode(), r::toString);
        assertEquals("", r.stdout());
        assertTrue(r.stderr().contains("throw new Error('second');"), r::toString);
        assertTrue(r.stderr().contains("Error: second"), r::toString);
    }

    @Test
    void unhandledRejectionsGoToTheirListenerOrAreFatal() {
        GnodeProcess.Result handled = mode("rejection-handled");
        assertEquals("unhandledRejection 9 true\nexit event 0\n", handled.stdout(), handled::toString);
        GnodeProcess.Result late = mode("rejection-late-catch");
        assertEquals("caught in time\nexit event 0\n", late.stdout(), late::toString);
        assertEquals(0, late.exitCode());
    }

    @Test
    void uncaughtErrorIsPrintedWithTheThrowingLineAndExitsOne() {
        GnodeProcess.Result r = GnodeProcess.run("-e", "function f() {\n  throw new TypeError('boom');\n}\nf();");
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals("", r.stdout());
        String[] lines = r.stderr().split("\n");
        assertEquals("[eval]:2", lines[0], r::toString);
        assertEquals("  throw new TypeError('boom');", lines[1]);
        assertEquals("  ^", lines[2]);
        assertEquals("", lines[3]);
        assertEquals("TypeError: boom", lines[4]);
        assertTrue(lines[5].startsWith("    at f ([eval]:2:"), r::toString);
        assertTrue(r.stderr().endsWith("\nNode.js v25.2.1\n"), r::toString);
    }

    @Test
    void thrownPrimitiveIsPrintedLikeNode() {
        GnodeProcess.Result r = GnodeProcess.run("-e", "throw 'str';");
        assertEquals(1, r.exitCode());
        assertEquals("\n[eval]:1\nthrow 'str';\n^\nstr\n"
                + "(Use `node --trace-uncaught ...` to show where the exception was thrown)\n\nNode.js v25.2.1\n",
                r.stderr());
    }

    @Test
    void anUncaughtExceptionEndsTheProcessBeforePendingMicrotasksRun() {
        // As node: the error is reported and the process dies; the promise callbacks queued before never run.
        for (String code : List.of(
                "Promise.resolve().then(() => console.log('microtask')); throw new Error('main');",
                "process.nextTick(() => { Promise.resolve().then(() => console.log('microtask'));"
                        + " throw new Error('tick'); });",
                "setTimeout(() => { Promise.resolve().then(() => console.log('microtask')); throw 'timer'; }, 1);")) {
            GnodeProcess.Result r = GnodeProcess.run("-e", code);
            assertEquals(1, r.exitCode(), r::toString);
            assertEquals("", r.stdout(), r::toString);
        }
    }

    @Test
    void anUncaughtExceptionListenerRunsBeforeThePendingMicrotasks() {
        GnodeProcess.Result r = GnodeProcess.run("-e", "process.on('uncaughtException', (e) => console.log('listener',"
                + " e.message)); setTimeout(() => { Promise.resolve().then(() => console.log('microtask'));"
                + " throw new Error('boom'); }, 1);");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("listener boom\nmicrotask\n", r.stdout(), r::toString);
    }

    @Test
    void anUnhandledErrorEventShowsEmitsThrowAndWhereItWasEmitted() {
        GnodeProcess.Result r = GnodeProcess.run("-e", "const E = require('events'); class Pump extends E {}\n"
                + "function go() { new Pump().emit('error', new Error('pump broke')); }\nsetTimeout(go, 1);");
        assertEquals(1, r.exitCode(), r::toString);
        String[] lines = r.stderr().split("\n", -1);
        assertTrue(lines[0].startsWith("node:node/events:"), r::toString);
        assertEquals("      throw er; // Unhandled 'error' event", lines[1], r::toString);
        assertEquals("      ^", lines[2], r::toString);
        assertEquals("Error: pump broke", lines[4], r::toString);
        assertTrue(lines[5].contains("[eval]:2:"), r::toString);
        int emitted = r.stderr().indexOf("\nEmitted 'error' event on Pump instance at:\n");
        assertTrue(emitted > 0, r::toString);
        assertTrue(r.stderr().substring(emitted).split("\n")[2].contains("[eval]:2:"), r::toString);
        assertTrue(r.stderr().endsWith("\nNode.js v25.2.1\n"), r::toString);
    }

    @Test
    void aSpawnFailureWithoutAnErrorListenerIsReportedLikeNode() {
        GnodeProcess.Result r = GnodeProcess.run("-e", "require('child_process').spawn('no-such-command-gnode')");
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.stderr().startsWith("node:node/events:"), r::toString);
        assertTrue(r.stderr().contains("\nError: spawn no-such-command-gnode ENOENT\n"), r::toString);
        assertTrue(r.stderr().contains("\nEmitted 'error' event on ChildProcess instance at:\n"), r::toString);
        assertTrue(r.stderr().contains("  code: 'ENOENT',\n"), r::toString);
    }

    @Test
    void unhandledRejectionOfAnErrorIsFatal() {
        GnodeProcess.Result r = GnodeProcess.run("-e", "Promise.reject(new RangeError('nope'))");
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.stderr().contains("RangeError: nope"), r::toString);
    }

    @Test
    void unhandledRejectionOfANonErrorNamesTheReason() {
        GnodeProcess.Result r = GnodeProcess.run("-e", "Promise.reject(42)");
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.stderr().contains("The promise rejected with the reason \"42\"."), r::toString);
        assertTrue(r.stderr().contains("code: 'ERR_UNHANDLED_REJECTION'"), r::toString);
    }
}
