package gnode.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The command line, as node takes it. */
class LauncherTest {
    @Test
    void versionIsTheTargetedNodeVersion() {
        GnodeProcess.Result r = GnodeProcess.run("--version");
        assertEquals("v25.2.1\n", r.stdout());
        assertEquals(0, r.exitCode());
        assertEquals("v25.2.1\n", GnodeProcess.run("-v").stdout());
    }

    @Test
    void evalAndPrintTakeTheirArguments() {
        GnodeProcess.Result r = GnodeProcess.run("-e", "console.log(process.argv.slice(1), typeof require, __filename)",
                "a", "b");
        assertEquals("[ 'a', 'b' ] function [eval]\n", r.stdout(), r::toString);
        assertEquals("3\n", GnodeProcess.run("-p", "1 + 2").stdout());
        assertEquals("{ a: 1 }\n", GnodeProcess.run("--print", "({ a: 1 })").stdout());
    }

    @Test
    void unknownOptionIsRejectedWithExitNine() {
        GnodeProcess.Result r = GnodeProcess.run("--no-such-option", "x.js");
        assertEquals(9, r.exitCode());
        assertTrue(r.stderr().endsWith(": bad option: --no-such-option\n"), r::toString);
        GnodeProcess.Result missing = GnodeProcess.run("-e");
        assertEquals(9, missing.exitCode());
        assertTrue(missing.stderr().endsWith(": -e requires an argument\n"), missing::toString);
    }

    @Test
    void nodeOptionsAreReadAndCheckedButNotInExecArgv() {
        GnodeProcess.Result r = GnodeProcess.run(null, null, Map.of("NODE_OPTIONS", "--no-warnings"), "-e",
                "process.emitWarning('hidden'); console.log(process.execArgv.length)");
        assertEquals("2\n", r.stdout(), r::toString);
        assertEquals("", r.stderr(), r::toString);
        GnodeProcess.Result bad = GnodeProcess.run(null, null, Map.of("NODE_OPTIONS", "-e 1"), "-e", "1");
        assertEquals(9, bad.exitCode());
        assertTrue(bad.stderr().endsWith(": -e is not allowed in NODE_OPTIONS\n"), bad::toString);
    }

    @Test
    void warningsArePrintedLikeNodeUnlessDisabled() {
        GnodeProcess.Result r = GnodeProcess.run("-e", "process.emitWarning('careful', 'CustomWarning', 'C001')");
        assertTrue(r.stderr().matches("\\(node:\\d+\\) \\[C001\\] CustomWarning: careful\n"
                + "\\(Use `node --trace-warnings \\.\\.\\.` to show where the warning was created\\)\n"), r::toString);
        assertEquals("", GnodeProcess.run("--no-warnings", "-e", "process.emitWarning('x')").stderr());
    }

    @Test
    void scriptFromStdinWithDashAndWithoutArguments() {
        GnodeProcess.Result r = GnodeProcess.run(null, "console.log('from stdin', process.argv.slice(1))", Map.of(),
                "-", "x");
        assertEquals("from stdin [ '-', 'x' ]\n", r.stdout(), r::toString);
        GnodeProcess.Result bare = GnodeProcess.run(null, "console.log(1 + 1)", Map.of());
        assertEquals("2\n", bare.stdout(), bare::toString);
    }

    @Test
    void interactiveModeIsRefusedClearlyInsteadOfWaiting() {
        // node would start its REPL; gnode has none and must not sit on the terminal.
        GnodeProcess.Result r = GnodeProcess.run("-i");
        assertEquals(9, r.exitCode(), r::toString);
        assertTrue(r.stderr().contains("the interactive REPL is not implemented"), r::toString);
    }

    @Test
    void preloadWithRequireRunsFirst() {
        GnodeProcess.Result r = GnodeProcess.runIn(GnodeProcess.fixture("modules"), "-r", "./dir", "-e",
                "console.log(require.cache[require.resolve('./dir')] !== undefined)");
        assertEquals("true\n", r.stdout(), r::toString);
    }

    @Test
    void execPathStartsGnodeAndArgvHasAbsoluteScript() {
        GnodeProcess.Result r = GnodeProcess.runIn(GnodeProcess.fixture("runtime"), "-e",
                "console.log(require('path').isAbsolute(process.execPath), require('path').basename(process.execPath))");
        assertEquals("true gnode\n", r.stdout(), r::toString);
        GnodeProcess.Result viaExecPath = GnodeProcess.exec(List.of("bash", "-c",
                "\"$(" + GnodeProcess.gnode() + " -p process.execPath)\" -p 6*7"), null, null, Map.of());
        assertEquals("42\n", viaExecPath.stdout(), viaExecPath::toString);
    }
}
