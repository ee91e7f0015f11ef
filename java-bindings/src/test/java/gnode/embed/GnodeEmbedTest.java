package gnode.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedding API runs a program in this JVM; output goes to a file so that surefire's own stdout is untouched. */
class GnodeEmbedTest {
    @TempDir
    Path dir;

    @Test
    void evalRunsSpawnsAndReturnsTheExitCodeWithoutEndingTheJvm() throws Exception {
        Path out = dir.resolve("out.txt");
        String code = "const fs = require('fs'); const { execFileSync, spawn } = require('child_process');"
                + "const a = execFileSync('echo', ['from', process.argv[1]], { encoding: 'utf8' });"
                + "spawn('sh', ['-c', 'exit 4']).on('close', (c) => {"
                + "  fs.writeFileSync(process.argv[2], a + 'child ' + c + '\\n'); process.exit(7); });";
        int exit = Gnode.eval(code).args("java", out.toString()).run();
        assertEquals(7, exit);
        assertEquals("from java\nchild 4\n", Files.readString(out));
    }

    @Test
    void scriptGetsArgvEnvAndAnUncaughtErrorGivesExitCodeOne() throws Exception {
        Path out = dir.resolve("out.txt");
        Path script = dir.resolve("main.js");
        Files.writeString(script, "require('fs').writeFileSync(process.argv[2], "
                + "[process.argv.length, process.env.GNODE_EMBED_TEST, typeof setImmediate].join(' '));\n"
                + "setTimeout(() => { throw new Error('boom'); }, 1);\n");
        int exit = Gnode.script(script).args(out.toString()).env(java.util.Map.of("GNODE_EMBED_TEST", "yes"))
                .flag("no-warnings").run();
        assertEquals(1, exit);
        assertEquals("3 yes function", Files.readString(out));
    }
}
