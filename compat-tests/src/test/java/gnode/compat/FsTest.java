package gnode.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * node:fs and node:fs/promises on real fds. Each fixture in resources/fs works in the temp dir given as its
 * argument and prints paths relative to it; its .expected output was recorded from node.
 */
class FsTest {
    @TempDir
    Path tmp;

    private void check(String script) throws IOException {
        ExpectedOutput.check("fs", script, Map.of(), tmp.toString());
        try (var left = Files.list(tmp)) {
            assertEquals(0, left.count(), script + " left files behind");
        }
    }

    @Test
    void syncFormsBehaveLikeNodes() throws IOException {
        check("basic-sync");
    }

    @Test
    void callbackFormsBehaveLikeNodes() throws IOException {
        check("callbacks");
    }

    @Test
    void validationAndSystemErrorsMatchNode() throws IOException {
        check("errors");
    }

    @Test
    void readFileDecodesEveryEncodingLikeNode() throws IOException {
        check("encodings");
    }

    @Test
    void readAndWriteStreamsBehaveLikeNodes() throws IOException {
        check("streams");
    }

    @Test
    void utf8ReadStreamsDecodeAcrossChunks() throws IOException {
        check("stream-encoding");
    }

    @Test
    void promisesAndFileHandleBehaveLikeNodes() throws IOException {
        check("promises");
    }

    @Test
    void fileHandleStreamsAndVectorsBehaveLikeNodes() throws IOException {
        check("filehandle");
    }

    @Test
    void statsBehaveLikeNodes() throws IOException {
        check("stats");
    }

    @Test
    void relativePathsResolveAgainstCwd() throws IOException {
        check("relative");
    }

    @Test
    void readvAndWritevBehaveLikeNodes() throws IOException {
        check("vectors");
    }

    @Test
    void cpCopiesTreesLikeNode() throws IOException {
        check("cp");
    }

    @Test
    void opendirBehavesLikeNodes() throws IOException {
        check("opendir");
    }

    @Test
    void openedFdServesAsChildStdio() throws IOException {
        check("child-stdio");
    }

    @Test
    void largeFileRoundTrips() throws IOException {
        Path script = tmp.resolve("big.js");
        Files.writeString(script, String.join("\n",
                "const fs = require('fs');",
                "const f = process.argv[2] + '/big.bin';",
                "const data = Buffer.alloc(5 * 1024 * 1024 + 7);",
                "for (let i = 0; i < data.length; i++) data[i] = (i * 31) & 0xff;",
                "fs.writeFileSync(f, data);",
                "const back = fs.readFileSync(f);",
                "console.log(back.length, back.equals(data));",
                "fs.readFile(f, (e, b) => {",
                "  console.log('async', e, b.equals(data));",
                "  const chunks = [];",
                "  fs.createReadStream(f).on('data', (c) => chunks.push(c)).on('close', () => {",
                "    console.log('stream', Buffer.concat(chunks).equals(data));",
                "    fs.unlinkSync(f);",
                "  });",
                "});",
                ""));
        GnodeProcess.Result r = GnodeProcess.run(script.toString(), tmp.toString());
        assertEquals("5242887 true\nasync null true\nstream true\n", r.stdout(), r::toString);
        assertEquals(0, r.exitCode(), r::toString);
        Files.delete(script);
    }

    /** Node v25 removals (the installed node v20 still has them): DEP0176 and DEP0147 are End-of-Life. */
    @Test
    void node25RemovalsAreFollowed() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("full/sub"));
        GnodeProcess.Result r = GnodeProcess.run("-e", String.join("\n",
                "const fs = require('fs');",
                "console.log(typeof fs.F_OK, 'R_OK' in fs, fs.constants.W_OK, fs.constants.X_OK);",
                "try { fs.rmdirSync(process.argv[1], { recursive: true }); } catch (e) { console.log(e.code); }",
                "fs.rmSync(process.argv[1], { recursive: true });",
                "console.log(fs.existsSync(process.argv[1]));"), dir.getParent().toString());
        assertEquals("undefined false 2 1\nENOTEMPTY\nfalse\n", r.stdout(), r::toString);
    }

    /** v24.4+ API (not in the installed node v20): expectations from Node's fs documentation. */
    @Test
    void mkdtempDisposableRemovesItsDirectory() {
        GnodeProcess.Result r = GnodeProcess.run("-e", String.join("\n",
                "const fs = require('fs');",
                "const d = fs.mkdtempDisposableSync(process.argv[1] + '/d-');",
                "fs.writeFileSync(d.path + '/f', 'x');",
                "console.log(d.path.startsWith(process.argv[1] + '/d-'), fs.existsSync(d.path));",
                "d[Symbol.dispose]();",
                "console.log(fs.existsSync(d.path));",
                "d.remove();",
                "fs.promises.mkdtempDisposable(process.argv[1] + '/p-').then(async (p) => {",
                "  console.log(fs.existsSync(p.path));",
                "  await p.remove();",
                "  console.log(fs.existsSync(p.path));",
                "});"), tmp.toString());
        assertEquals("true true\nfalse\ntrue\nfalse\n", r.stdout(), r::toString);
    }

    @Test
    void unimplementedWatchFailsLoudly() {
        GnodeProcess.Result r = GnodeProcess.run("-e",
                "try { require('fs').watch('.') } catch (e) { console.log(e.code) }");
        assertEquals("ERR_GNODE_NOT_IMPLEMENTED\n", r.stdout(), r::toString);
    }
}
