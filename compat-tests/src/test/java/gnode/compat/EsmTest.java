package gnode.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * ES modules: resolution, formats, interop with CommonJS, import.meta, dynamic import(), top-level await and
 * the entry points. Expected output is what node prints for the same fixture (compat-tests/src/test/resources/esm),
 * with Node v25 semantics where v20 differs (require(esm), the 'module.exports' export, the unsettled-TLA warning).
 */
class EsmTest {
    private static final Path DIR = GnodeProcess.fixture("esm");

    private static GnodeProcess.Result run(String... args) {
        return GnodeProcess.runIn(DIR, args);
    }

    @Test
    void importsFilesPackagesBuiltinsCommonJsAndJson() {
        GnodeProcess.Result r = run("main.mjs");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("""
                builtin function true
                lib lib-value 1
                cjs {"named":"named-export","other":42} named-export 42 true
                json json-data
                pkg exp-esm exp-sub feature-one legacy-main own-import
                meta true true main.mjs
                resolve true node:path node:path
                """, r.stdout(), r::toString);
    }

    @Test
    void resolutionErrorsAreNodes() {
        GnodeProcess.Result r = run("errors.mjs");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("""
                ./missing.mjs ERR_MODULE_NOT_FOUND Cannot find module '<dir>/missing.mjs' imported from <dir>/errors.mjs
                no-such-pkg ERR_MODULE_NOT_FOUND Cannot find package 'no-such-pkg' imported from <dir>/errors.mjs
                ./dir ERR_UNSUPPORTED_DIR_IMPORT Directory import '<dir>/dir' is not supported resolving ES modules \
                imported from <dir>/errors.mjs
                exp-pkg/hidden ERR_PACKAGE_PATH_NOT_EXPORTED Package subpath './hidden' is not defined by "exports" in \
                <dir>/node_modules/exp-pkg/package.json imported from <dir>/errors.mjs
                node:no-such-builtin ERR_UNKNOWN_BUILTIN_MODULE No such built-in module: node:no-such-builtin
                ./notes.txt ERR_UNKNOWN_FILE_EXTENSION Unknown file extension ".txt" for <dir>/notes.txt
                """, r.stdout(), r::toString);
    }

    @Test
    void staticImportOfMissingPackageFailsTheMainModule() {
        GnodeProcess.Result r = run("--input-type=module", "-e", "import x from 'no-such-pkg';");
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.stderr().contains("Error [ERR_MODULE_NOT_FOUND]: Cannot find package 'no-such-pkg' imported from "
                + DIR.resolve("[eval1]")), r::toString);
        assertTrue(r.stderr().contains("code: 'ERR_MODULE_NOT_FOUND'"), r::toString);
    }

    @Test
    void topLevelAwaitKeepsTheProcessAlive() {
        GnodeProcess.Result r = run("tla-order.mjs");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("start\nafter await resolved\n", r.stdout(), r::toString);
    }

    @Test
    void unsettledTopLevelAwaitExits13WithAWarning() {
        GnodeProcess.Result r = run("tla-unsettled.mjs");
        assertEquals(13, r.exitCode(), r::toString);
        assertEquals("waiting\nexit code 13 13\n", r.stdout(), r::toString);
        assertTrue(r.stderr().startsWith("Warning: Detected unsettled top-level await at file://"
                + DIR.resolve("tla-unsettled.mjs") + ":3\nawait new Promise(() => {});\n^\n"), r::toString);

        GnodeProcess.Result quiet = run("--no-warnings", "tla-unsettled.mjs");
        assertEquals(13, quiet.exitCode(), quiet::toString);
        assertEquals("", quiet.stderr(), quiet::toString);
    }

    @Test
    void explicitExitCodeWinsOverUnsettledAwait() {
        GnodeProcess.Result r = run("--input-type=module", "-e", "process.exitCode = 42; await new Promise(() => {})");
        assertEquals(42, r.exitCode(), r::toString);
        assertEquals("", r.stderr(), r::toString);
    }

    @Test
    void rejectedTopLevelAwaitIsAnUncaughtError() {
        GnodeProcess.Result r = run("tla-rejected.mjs");
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.stderr().startsWith("file://" + DIR.resolve("tla-rejected.mjs") + ":2\n"
                + "throw new Error('rejected at top level');\n      ^\n\nError: rejected at top level\n"), r::toString);

        GnodeProcess.Result eval = run("--input-type=module", "-e", "await Promise.reject(new Error('Xyz'))");
        assertEquals(1, eval.exitCode(), eval::toString);
        assertTrue(eval.stderr().contains("Error: Xyz"), eval::toString);
    }

    @Test
    void errorThrownAtModuleTopLevelIsReportedWithItsLine() {
        GnodeProcess.Result r = run("throws.mjs");
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.stderr().startsWith("file://" + DIR.resolve("throws.mjs") + ":2\n"
                + "throw new Error(`thrown at ${where}`);\n      ^\n\nError: thrown at top level\n"), r::toString);

        GnodeProcess.Result nested = run("nested-throw.mjs");
        assertEquals(1, nested.exitCode(), nested::toString);
        assertTrue(nested.stderr().startsWith("file://" + DIR.resolve("thrower.mjs") + ":2\n"), nested::toString);
    }

    @Test
    void uncaughtExceptionHandlerSeesModuleErrorsAsRejections() {
        GnodeProcess.Result r = run("--input-type=module", "-e",
                "process.on('uncaughtException', (e, origin) => console.log('caught', origin, e.message));"
                        + "throw new Error('x');");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("caught unhandledRejection x\n", r.stdout(), r::toString);
    }

    @Test
    void dynamicImportFromCommonJsResolvesAgainstTheFile() {
        GnodeProcess.Result r = GnodeProcess.run(DIR.getParent(), null, Map.of(), DIR.resolve("dynamic.cjs").toString());
        assertEquals(0, r.exitCode(), r::toString);
        // The three promises settle in an engine-dependent order; each line is what node prints.
        String[] lines = r.stdout().split("\n");
        Arrays.sort(lines);
        assertEquals("builtin function\npackage exp-esm\nrelative lib-value", String.join("\n", lines), r::toString);
    }

    @Test
    void dynamicImportFromEvalAndStdinResolvesFromTheWorkingDirectory() {
        GnodeProcess.Result r = run("-e", "import('./lib.mjs').then((ns) => console.log(ns.value))");
        assertEquals("lib-value\n", r.stdout(), r::toString);
        GnodeProcess.Result stdin = GnodeProcess.run(DIR, "import('exp-pkg').then((ns) => console.log(ns.default))",
                Map.of());
        assertEquals("exp-esm\n", stdin.stdout(), stdin::toString);
    }

    @Test
    void inputTypeModuleEvalImportsRelativeFiles() {
        GnodeProcess.Result r = run("--input-type=module", "-e",
                "import { value } from './lib.mjs'; console.log(value, import.meta.dirname === process.cwd());");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("lib-value true\n", r.stdout(), r::toString);
    }

    @Test
    void requireOfAnEsModule() {
        GnodeProcess.Result r = run("require-esm.cjs");
        assertEquals(0, r.exitCode(), r::toString);
        // The module with top-level await is refused before any of it runs (its first line prints "start").
        assertEquals("""
                sync lib-value 1
                interop true default-value __esModule,default,n true true
                ERR_REQUIRE_ASYNC_MODULE
                """, r.stdout(), r::toString);
    }

    @Test
    void requireOfAModuleWithTopLevelAwaitNamesBothFiles() {
        GnodeProcess.Result r = run("-e", "try { require('./tla-order.mjs') } catch (e) { console.log(e.message) }");
        assertEquals("require() cannot be used on an ESM graph with top-level await. Use import() instead. To see "
                + "where the top-level await comes from, use --experimental-print-required-tla.\n"
                + "  From " + DIR.resolve("[eval]") + " \n  Requiring " + DIR.resolve("tla-order.mjs") + " \n",
                r.stdout(), r::toString);
    }

    @Test
    void jsFileInATypeModulePackageIsAnEsModule() {
        GnodeProcess.Result r = run("typemod/main.js");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("type module lib-value undefined\n", r.stdout(), r::toString);
    }

    @Test
    void commonJsImportsRunInGraphOrderAndImportMetaMainMarksTheEntry() {
        GnodeProcess.Result r = run("order.mjs");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("a\nc\nmain true c-value\nimported main? false\n", r.stdout(), r::toString);
    }

    @Test
    void moduleSyntaxInATypelessJsFileIsDetectedWithNodesWarning() {
        GnodeProcess.Result r = run("detect.js");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("detected undefined\n", r.stdout(), r::toString);
        assertTrue(r.stderr().contains("[MODULE_TYPELESS_PACKAGE_JSON] Warning: Module type of file://"
                + DIR.resolve("detect.js") + " is not specified and it doesn't parse as CommonJS.\n"
                + "Reparsing as ES module because module syntax was detected. This incurs a performance overhead.\n"
                + "To eliminate this warning, add \"type\": \"module\" to " + DIR.resolve("package.json") + "."),
                r::toString);
    }

    @Test
    void requireOfAnEsModuleHonoursItsModuleExportsExport() {
        GnodeProcess.Result r = run("require-esm-exports.cjs");
        assertEquals("chosen-by-module.exports\n", r.stdout(), r::toString);
    }

    @Test
    void createRequireFromAModule() {
        GnodeProcess.Result r = run("create-require.mjs");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("named-export exp-cjs true\n", r.stdout(), r::toString);
    }

    @Test
    void commonJsReExportsGiveNamedExports() {
        GnodeProcess.Result r = run("reexports.mjs");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("named-export own 42\n", r.stdout(), r::toString);
    }

    @Test
    void missingModuleBehindANamedImportRejectsWithNodesError() {
        GnodeProcess.Result r = run("nested-missing.mjs");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("""
                ERR_MODULE_NOT_FOUND Cannot find package 'no-such-pkg' imported from <dir>/imports-missing.mjs
                ERR_MODULE_NOT_FOUND Cannot find module '<dir>/nowhere.mjs' imported from <dir>/imports-missing-file.mjs
                """, r.stdout(), r::toString);
    }

    @Test
    void missingEntryModuleIsCommonJsModuleNotFound() {
        GnodeProcess.Result r = run("missing.mjs");
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.stderr().contains("Error: Cannot find module '" + DIR.resolve("missing.mjs") + "'"), r::toString);
        assertTrue(r.stderr().contains("code: 'MODULE_NOT_FOUND'"), r::toString);
    }

    @Test
    void importOptionLoadsModulesAfterRequireAndBeforeTheEntry() {
        GnodeProcess.Result r = run("--import", "./order-a.mjs", "--require", "./order-c.cjs", "-e", "console.log('main')");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("c\na\nmain\n", r.stdout(), r::toString);

        GnodeProcess.Result missing = run("--import", "no-such-pkg", "-e", "console.log('main')");
        assertEquals(1, missing.exitCode(), missing::toString);
        assertEquals("", missing.stdout(), missing::toString);
        assertTrue(missing.stderr().contains("Error [ERR_MODULE_NOT_FOUND]: Cannot find package 'no-such-pkg' imported from "
                + DIR + "/"), missing::toString);
    }

    @Test
    void userConditionsTakePartInExportsResolution() {
        String code = "import v from 'cond-pkg'; console.log(v)";
        assertEquals("import-condition\n", run("--input-type=module", "-e", code).stdout());
        assertEquals("custom-condition\n", run("-C", "custom", "--input-type=module", "-e", code).stdout());
        assertEquals("custom-condition\n", run("--conditions=custom", "--input-type=module", "-e", code).stdout());
    }

    @Test
    void jsonImportNeedsTheTypeAttribute() {
        // Node v25's code and wording (v20 says ERR_IMPORT_ASSERTION_TYPE_MISSING ... of type "json").
        GnodeProcess.Result r = run("json-attribute.mjs");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("ERR_IMPORT_ATTRIBUTE_MISSING Module \"file://<dir>/data.json\" needs an import attribute of "
                + "\"type: json\"\n", r.stdout(), r::toString);

        GnodeProcess.Result staticImport = run("--input-type=module", "-e", "import d from './data.json';");
        assertEquals(1, staticImport.exitCode(), staticImport::toString);
        assertTrue(staticImport.stderr().contains("TypeError [ERR_IMPORT_ATTRIBUTE_MISSING]: Module \"file://"
                + DIR.resolve("data.json") + "\" needs an import attribute of \"type: json\""), staticImport::toString);
    }
}
