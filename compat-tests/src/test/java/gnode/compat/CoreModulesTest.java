package gnode.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Node's core modules and web globals. Fixtures in {@code resources/core} have their stdout recorded from node;
 * the few behaviours where Node 22+/25 differ from the node 20 that recorded them are asserted inline.
 */
class CoreModulesTest {
    private static void fixture(String script) {
        ExpectedOutput.check("core", script, Map.of());
    }

    private static String eval(String code) {
        GnodeProcess.Result r = GnodeProcess.run("-e", code);
        assertEquals(0, r.exitCode(), r::toString);
        return r.stdout();
    }

    @Test
    void eventsHasNodesEmitterErrorsAndHelpers() {
        fixture("events");
    }

    @Test
    void eventsListenerOrderValidationRejectionsAndIterators() {
        fixture("events-details");
    }

    @Test
    void eventsLeakWarningGoesToStderrInNodesWords() {
        GnodeProcess.Result r = GnodeProcess.run("-e",
            "const E = require('events'); const e = new E(); for (let i = 0; i < 11; i++) e.on('foo', () => {});");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.stderr().contains("MaxListenersExceededWarning: Possible EventEmitter memory leak detected. "
            + "11 foo listeners added to [EventEmitter]. MaxListeners is 10. "
            + "Use emitter.setMaxListeners() to increase limit"), r::toString);
    }

    @Test
    void streamIsNodesStreamModule() {
        fixture("stream");
    }

    @Test
    void streamErrorsAreNodesAndAnyTypedArrayIsAChunk() {
        fixture("stream-errors");
    }

    @Test
    void streamDefaultHighWaterMarkIs64KiBAsSinceNode22() {
        assertEquals("65536 16 65536\n", eval("const s = require('stream'); console.log("
            + "s.getDefaultHighWaterMark(false), s.getDefaultHighWaterMark(true), new s.Readable().readableHighWaterMark)"));
    }

    @Test
    void bufferHasNodesEncodingsErrorsAndHelpers() {
        fixture("buffer");
    }

    @Test
    void bufferWritesFillsNumbersAndArgumentChecks() {
        fixture("buffer-details");
    }

    @Test
    void blobAndFile() {
        fixture("blob");
    }

    @Test
    void bufferLimitsAreNode25s() {
        // Node 22 raised kMaxLength to 2**53-1 on 64-bit; Node 25 removed SlowBuffer (DEP0030 end-of-life).
        assertEquals("9007199254740991 9007199254740991 undefined true\n", eval(
            "const b = require('buffer'); console.log(b.kMaxLength, b.constants.MAX_LENGTH, typeof b.SlowBuffer, "
            + "b.Buffer === globalThis.Buffer)"));
        assertEquals("ERR_OUT_OF_RANGE The value of \"size\" is out of range. It must be >= 0 && <= 9007199254740991. "
            + "Received -1\n", eval("try { Buffer.alloc(-1) } catch (e) { console.log(e.code, e.message) }"));
    }

    @Test
    void stringDecoderHandlesEveryEncodingLikeNode() {
        fixture("string-decoder");
    }

    @Test
    void pathPosixAndWin32() {
        fixture("path");
    }

    @Test
    void pathWin32DrivesAndUncRoots() {
        fixture("path-win32");
    }

    @Test
    void osReportsLinuxFactsAndConstants() {
        fixture("os");
    }

    @Test
    void whatwgUrlParsesAndSerializesLikeNode() {
        fixture("url-whatwg");
    }

    @Test
    void urlModuleFileUrlsAndLegacyApi() {
        fixture("url-module");
    }

    @Test
    void querystringParsesAndStringifiesLikeNode() {
        fixture("querystring");
    }

    @Test
    void timersPromisesWithAbortSignals() {
        fixture("timers-promises");
    }

    @Test
    void structuredCloneFollowsV8Semantics() {
        fixture("structured-clone");
    }

    @Test
    void abortEventTargetDomExceptionBase64AndPerformanceGlobals() {
        fixture("web-globals");
    }

    @Test
    void perfHooksMarksMeasuresAndObservers() {
        fixture("perf-hooks");
    }

    @Test
    void ttyConstantsWorkerThreadsAsyncHooksDiagnosticsChannelReadline() {
        fixture("small-modules");
    }

    @Test
    void netHttpHttpsZlibLoadWithTheirSocketFreeParts() {
        fixture("net-http-partial");
    }

    @Test
    void socketsServersRequestsAndCompressionFailLoudlyWhenUsed() {
        String out = eval("for (const f of [() => require('http').request('http://x'), () => require('net').connect(80),"
                + " () => new (require('net').Socket)(), () => require('https').createServer(),"
                + " () => require('zlib').gzipSync('x'), () => new (require('http').Server)()]) {"
                + " try { f(); console.log('no error'); } catch (e) { console.log(e.code, e.message); } }");
        assertEquals(String.join("\n",
                "ERR_GNODE_NOT_IMPLEMENTED gnode: http.request (node:http) is not implemented in gnode yet",
                "ERR_GNODE_NOT_IMPLEMENTED gnode: net.connect (node:net) is not implemented in gnode yet",
                "ERR_GNODE_NOT_IMPLEMENTED gnode: net.Socket (node:net) is not implemented in gnode yet",
                "ERR_GNODE_NOT_IMPLEMENTED gnode: https.createServer (node:https) is not implemented in gnode yet",
                "ERR_GNODE_NOT_IMPLEMENTED gnode: zlib.gzipSync (node:zlib) is not implemented in gnode yet",
                "ERR_GNODE_NOT_IMPLEMENTED gnode: http.Server (node:http) is not implemented in gnode yet",
                ""), out);
    }
}
