package gnode.launcher;

import java.util.HashMap;
import java.util.Map;

/**
 * The Node command-line options gnode accepts. Options with meaning are implemented by the runtime; the others
 * are accepted the way node accepts them (so scripts and tools that pass them keep working) and have no effect.
 *
 * @param name            canonical long name without dashes ("no-warnings")
 * @param takesValue      whether a value follows ("--x=v" or "--x v")
 * @param inNodeOptions   whether NODE_OPTIONS may carry it
 */
record NodeOption(String name, boolean takesValue, boolean inNodeOptions) {
    private static final Map<String, NodeOption> BY_NAME = new HashMap<>();
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("e", "eval"), Map.entry("p", "print"), Map.entry("r", "require"),
            Map.entry("v", "version"), Map.entry("h", "help"), Map.entry("c", "check"),
            Map.entry("i", "interactive"), Map.entry("C", "conditions"), Map.entry("pe", "print"),
            Map.entry("expose_gc", "expose-gc"), Map.entry("loader", "experimental-loader"),
            Map.entry("es-module-specifier-resolution", "experimental-specifier-resolution"),
            Map.entry("prof-process", "prof-process"));

    static {
        // Options with meaning in gnode.
        value("eval", false);
        value("print", false);
        value("require", true);
        value("import", true);
        value("input-type", true);
        value("stack-size", true);
        value("max-old-space-size", true);
        value("unhandled-rejections", true);
        value("title", true);
        value("stack-trace-limit", true);
        value("conditions", true);
        value("disable-warning", true);
        value("redirect-warnings", true);
        flag("version", false);
        flag("help", false);
        flag("check", false);
        flag("interactive", false);
        flag("no-warnings", true);
        flag("no-deprecation", true);
        flag("trace-warnings", true);
        flag("trace-deprecation", true);
        flag("throw-deprecation", true);
        flag("pending-deprecation", true);
        flag("trace-uncaught", true);
        flag("trace-exit", true);
        flag("expose-internals", true);
        flag("expose-gc", true);
        flag("preserve-symlinks", true);
        flag("preserve-symlinks-main", true);
        flag("abort-on-uncaught-exception", true);
        // Accepted, no effect in gnode.
        for (String name : new String[] {"enable-source-maps", "experimental-vm-modules", "experimental-modules",
            "experimental-json-modules", "experimental-wasm-modules", "experimental-import-meta-resolve",
            "experimental-abortcontroller", "experimental-global-webcrypto", "experimental-fetch",
            "experimental-global-customevent", "experimental-require-module", "experimental-detect-module",
            "experimental-default-type", "experimental-strip-types", "experimental-transform-types",
            "experimental-worker", "experimental-report", "experimental-top-level-await",
            "experimental-network-imports", "experimental-permission", "experimental-websocket",
            "experimental-sqlite", "experimental-eventsource", "experimental-shadow-realm",
            "experimental-print-required-tla", "experimental-test-coverage", "experimental-test-module-mocks",
            "experimental-async-context-frame", "experimental-addon-modules", "experimental-webstorage",
            "no-experimental-fetch", "no-experimental-global-webcrypto", "no-experimental-websocket",
            "no-experimental-require-module", "no-experimental-detect-module", "no-experimental-strip-types",
            "no-experimental-global-navigator", "no-experimental-repl-await", "no-experimental-sqlite",
            "no-experimental-global-customevent", "frozen-intrinsics", "zero-fill-buffers", "no-addons",
            "no-global-search-paths", "trace-sync-io", "use-strict", "no-force-async-hooks-checks",
            "force-async-hooks-checks", "insecure-http-parser", "no-extra-info-on-fatal-exception",
            "report-on-signal", "report-uncaught-exception", "report-on-fatalerror", "report-compact",
            "inspect", "inspect-brk", "inspect-wait", "trace-event-categories-none", "harmony",
            "allow-natives-syntax", "no-opt", "jitless", "expose-gc-as", "trace-gc", "single-threaded",
            "no-node-snapshot", "node-memory-debug", "openssl-legacy-provider", "use-openssl-ca",
            "use-bundled-ca", "force-fips", "enable-fips", "verify-base-objects", "no-verify-base-objects",
            "security-revert", "trace-atomics-wait", "trace-tls", "trace-sigint", "trace-promises",
            "deprecation", "warnings", "addons", "global-search-paths", "experimental-eventsource",
            "no-experimental-websocket", "watch", "watch-preserve-output", "test", "test-only",
            "experimental-test-snapshots", "expose-internals-as"}) {
            flag(name, true);
        }
        for (String name : new String[] {"experimental-loader", "experimental-specifier-resolution",
            "max-semi-space-size", "max-http-header-size", "dns-result-order", "icu-data-dir",
            "openssl-config", "tls-cipher-list", "tls-keylog", "tls-min-v1.0", "secure-heap", "secure-heap-min",
            "diagnostic-dir", "report-dir", "report-directory", "report-filename", "report-signal",
            "trace-event-categories", "trace-event-file-pattern", "heapsnapshot-signal",
            "heapsnapshot-near-heap-limit", "heap-prof-dir", "cpu-prof-dir", "env-file", "env-file-if-exists",
            "inspect-port", "debug-port", "localstorage-file", "network-family-autoselection-attempt-timeout",
            "experimental-default-type", "watch-path", "test-reporter", "test-reporter-destination",
            "test-name-pattern", "test-skip-pattern", "test-concurrency", "test-timeout", "test-shard",
            "experimental-config-file", "max-old-generation-size", "initial-heap-size", "v8-pool-size",
            "disable-proto", "unhandled-rejections-mode", "trace-require-module", "run"}) {
            value(name, true);
        }
    }

    private static void value(String name, boolean inNodeOptions) {
        BY_NAME.put(name, new NodeOption(name, true, inNodeOptions));
    }

    private static void flag(String name, boolean inNodeOptions) {
        BY_NAME.put(name, new NodeOption(name, false, inNodeOptions));
    }

    /** The option for a name as written without dashes ("e", "no-warnings", "stack_size"), or null. */
    static NodeOption lookup(String written) {
        String name = ALIASES.getOrDefault(written, written);
        NodeOption option = BY_NAME.get(name);
        if (option == null) {
            option = BY_NAME.get(name.replace('_', '-'));
        }
        return option;
    }
}
