package gnode.launcher;

import gnode.runtime.GnodeRuntime;
import gnode.runtime.RuntimeOptions;
import gnode.runtime.Version;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code bin/gnode}'s Java entry point. The script passes the executable's path and argv[0] as system properties
 * (gnode.execPath, gnode.argv0) and every user argument unchanged.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] argv) {
        gnode.runtime.DefaultSignals.install();
        String execPath = System.getProperty("gnode.execPath", "gnode");
        String argv0 = System.getProperty("gnode.argv0", execPath);
        CommandLine cl;
        try {
            cl = CommandLine.parse(Arrays.asList(argv), System.getenv("NODE_OPTIONS"));
        } catch (CommandLine.BadOption e) {
            System.err.println(argv0 + ": " + e.getMessage());
            halt(9);
            return;
        }
        if (cl.flags.containsKey("version")) {
            System.out.println(Version.NODE);
            halt(0);
        }
        if (cl.flags.containsKey("help")) {
            System.out.println("Usage: gnode [options] [ script.js ] [arguments]\n"
                    + "       gnode -e \"script\" [arguments]\n"
                    + "Runs Node.js programs on GraalJS. Options are node's; see `node --help`.");
            halt(0);
        }
        Map<String, Object> flags = new LinkedHashMap<>(cl.flags);
        flags.put("require", String.join("\u0000", cl.requires));
        flags.put("import", String.join("\u0000", cl.imports));
        RuntimeOptions options = new RuntimeOptions(execPath, argv0, cl.execArgv, cl.mainKind, cl.main, cl.args,
                flags, System.getenv(), 0);
        // The JS thread gets a large stack: GraalJS frames are bigger than V8's (--stack-size is in KiB, as node's).
        long stack = 64L << 20;
        Object stackFlag = flags.get("stack-size");
        if (stackFlag instanceof String s) {
            try {
                stack = Math.max(stack, Long.parseLong(s) * 1024 * 16);
            } catch (NumberFormatException ignored) {
                // node ignores a malformed value too
            }
        }
        int[] code = {0};
        Thread js = new Thread(null, () -> {
            try (GnodeRuntime runtime = new GnodeRuntime(options, Main::halt)) {
                code[0] = runtime.run();
            }
        }, "main", stack);
        js.start();
        try {
            js.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        halt(code[0]);
    }

    /**
     * Ends the process at once: stdout and stderr are written synchronously, so nothing is left to flush. The
     * build's AOT training run (-Dgnode.exit.jvm=true) ends through the JVM, which writes the AOT cache as it exits.
     */
    static void halt(int code) {
        System.out.flush();
        System.err.flush();
        if (!Boolean.getBoolean("gnode.exit.jvm")) {
            gnode.natives.Posix.exitNow(code);
        }
        Runtime.getRuntime().halt(code);
    }
}
