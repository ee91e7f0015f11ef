package gnode.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Published libraries built on child_process (execa 5 and 9, cross-spawn, zx, shelljs, tinyexec, nano-spawn,
 * tree-kill, concurrently) run under gnode and print what they print under node ({@code .expected}, recorded from
 * node). The packages come from the npm registry at the versions of the fixture's package-lock.json, installed once
 * into {@code compat-tests/target/ecosystem} with the machine's npm; without npm these tests are skipped and say so.
 */
class EcosystemTest {
    private static final Path WORK = GnodeProcess.root().resolve("compat-tests/target/ecosystem");
    private static boolean npmPresent;

    @BeforeAll
    static void install() throws IOException {
        try {
            npmPresent = GnodeProcess.exec(List.of("npm", "--version"), null, null, Map.of()).exitCode() == 0;
        } catch (AssertionError e) {
            npmPresent = false;
        }
        if (!npmPresent) {
            return;
        }
        Path fixtures = GnodeProcess.fixture("ecosystem");
        Path lock = fixtures.resolve("package-lock.json");
        Path installedLock = WORK.resolve("node_modules/.fixture-lock.json");
        boolean current = Files.exists(installedLock) && Files.mismatch(lock, installedLock) == -1;
        Files.createDirectories(WORK);
        try (Stream<Path> files = Files.list(fixtures)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                Files.copy(f, WORK.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        if (current) {
            return;
        }
        List<String> ci = List.of("npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error");
        GnodeProcess.Result r = GnodeProcess.exec(ci, WORK, null, Map.of());
        if (r.exitCode() != 0) {
            r = GnodeProcess.exec(ci, WORK, null, Map.of()); // once more: the registry is across a network
        }
        if (r.exitCode() != 0) {
            fail("npm ci of the ecosystem fixtures failed (these tests need the npm registry):\n" + r);
        }
        Files.copy(lock, installedLock, StandardCopyOption.REPLACE_EXISTING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cross-spawn.js", "execa5.js", "execa.mjs", "zx.mjs", "small-libs.mjs", "concurrently.js"})
    void printsWhatNodePrints(String script) throws IOException {
        assumeTrue(npmPresent, "no `npm` on this machine: the ecosystem tests install their packages with it");
        GnodeProcess.Result r = GnodeProcess.exec(List.of(GnodeProcess.gnode().toString(), script), WORK, null,
                Map.of());
        String expected = Files.readString(WORK.resolve(script.substring(0, script.lastIndexOf('.')) + ".expected"));
        assertEquals(expected, r.stdout(), () -> script + ": " + r);
        assertEquals(0, r.exitCode(), () -> script + ": " + r);
    }
}
