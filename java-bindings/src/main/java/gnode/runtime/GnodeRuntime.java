package gnode.runtime;

import gnode.runtime.bindings.Bindings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.IntConsumer;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.SourceSection;
import org.graalvm.polyglot.io.IOAccess;

/**
 * One gnode process image: a polyglot Context, its event loop and the JS bootstrap. Everything here runs on the
 * thread that calls {@link #run}; that thread is the JS thread.
 */
public final class GnodeRuntime implements AutoCloseable {
    private static final String BOOTSTRAP = "gnode/lib/internal/bootstrap/node.js";

    private final RuntimeOptions options;
    private final EventLoop loop = new EventLoop();
    private final Context context;
    private final Bindings bindings;
    private int exitCode;
    private Value entry;
    // call(): the JS trampoline every loop entry runs inside, and the entry it runs next.
    private Value trampoline;
    private boolean nested;
    private java.util.function.Supplier<Value> pendingCall;
    private Value pendingResult;
    private final org.graalvm.polyglot.proxy.ProxyExecutable runPending = args -> {
        pendingResult = callReporting(pendingCall);
        return null;
    };

    /**
     * @param exitHook called with the exit code when JS ends the process ({@code process.reallyExit}) before the
     *                 request unwinds; the launcher halts the JVM there, an embedder may record it
     */
    public GnodeRuntime(RuntimeOptions options, IntConsumer exitHook) {
        this.options = options;
        trace("runtime");
        this.context = newContext(options);
        trace("context");
        this.bindings = new Bindings(this, exitHook);
    }

    /** -Dgnode.trace.startup=true: when each start-up phase ended, in ms since the JVM started (bench/startup). */
    private static final boolean TRACE_STARTUP = Boolean.getBoolean("gnode.trace.startup");

    private static void trace(String phase) {
        if (TRACE_STARTUP) {
            System.err.println("gnode startup: " + phase + " "
                    + java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() + " ms");
        }
    }

    private static Context newContext(RuntimeOptions options) {
        Engine engine = Engine.newBuilder("js")
                .option("engine.WarnInterpreterOnly", "false")
                .build();
        return Context.newBuilder("js")
                .engine(engine)
                .allowExperimentalOptions(true)
                .allowHostAccess(HostAccess.ALL)
                .allowIO(IOAccess.newBuilder().fileSystem(new ModuleFileSystem()).build())
                .allowCreateThread(false)
                .option("js.console", "false")
                .option("js.print", "false")
                .option("js.load", "false")
                .option("js.polyglot-builtin", "false")
                .option("js.java-package-globals", "false")
                .option("js.graal-builtin", "true")
                .option("js.global-property", "false")
                .option("js.performance", "false")
                .option("js.shebang", "true")
                .option("js.stack-trace-api", "true")
                .option("js.text-encoding", "true")
                .option("js.top-level-await", "true")
                .option("js.import-attributes", "true")
                .option("js.json-modules", "true")
                .option("js.new-set-methods", "true")
                .option("js.iterator-helpers", "true")
                .option("js.regexp-match-indices", "true")
                .option("js.regexp-unicode-sets", "true")
                .option("js.private-fields-in", "true")
                .option("js.class-fields", "true")
                .option("js.esm-eval-returns-exports", "true")
                .option("js.array-elements-among-members", "false")
                .option("js.unhandled-rejections", "handler")
                .build();
    }

    public RuntimeOptions options() {
        return options;
    }

    public EventLoop loop() {
        return loop;
    }

    public Context context() {
        return context;
    }

    private gnode.natives.IoLoop ioLoop;

    /** The I/O thread, started on first use (a program that does no I/O never pays for it). */
    public gnode.natives.IoLoop ioLoop() {
        if (ioLoop == null) {
            ioLoop = new gnode.natives.IoLoop(loop);
        }
        return ioLoop;
    }

    /** Evaluates the bootstrap, runs the main script and then the loop; returns the process exit code. */
    public int run() {
        // Unhandled SIGINT/SIGTERM/SIGHUP end the process by that signal, as in Node: installed before any JS.
        bindings.get("signals");
        context.enter();
        try {
            Value bootstrap = context.eval(Source.newBuilder("js", resource(BOOTSTRAP), "node:internal/bootstrap")
                    .buildLiteral());
            entry = bootstrap.execute(bindings);
            trace("bootstrap");
            loop.setPhases(new JsPhases());
            call(() -> entry.invokeMember("runMain"));
            trace("main");
            loop.run();
            trace("loop");
            if (!loop.isStopped()) {
                // An 'exit' listener that throws is an uncaught exception (reported, exit code 1).
                Value code = call(() -> entry.invokeMember("emitExit"));
                exitCode = code == null ? 1 : code.asInt();
            }
        } catch (ExitRequest exit) {
            exitCode = exit.code();
        } catch (PolyglotException e) {
            exitCode = unwind(e);
        } finally {
            context.leave();
        }
        return exitCode;
    }

    /**
     * Calls into JS as the loop does for every callback: a JS exception that escapes becomes Node's uncaught
     * exception, reported with the place it was thrown (which only the polyglot exception knows).
     *
     * <p>GraalJS runs the pending microtasks whenever the outermost call from Java returns, also when it returns by
     * an exception; node reports an uncaught exception first (and, with no 'uncaughtException' listener, dies
     * without running them). So the outermost call is a JS trampoline that calls back into Java, and the entry runs
     * nested inside it: its exception reaches Java before any microtask has run.
     */
    public Value call(java.util.function.Supplier<Value> jsCall) {
        if (nested) {
            return callReporting(jsCall);
        }
        if (trampoline == null) {
            trampoline = context.eval(Source.newBuilder("js", "(function loopEntry(run) { run(); })",
                    "node:internal/loop_entry")
                    .buildLiteral());
        }
        nested = true;
        pendingCall = jsCall;
        try {
            trampoline.executeVoid(runPending);
            return pendingResult;
        } finally {
            nested = false;
            pendingCall = null;
            pendingResult = null;
        }
    }

    private Value callReporting(java.util.function.Supplier<Value> jsCall) {
        try {
            return jsCall.get();
        } catch (PolyglotException e) {
            if (!e.isGuestException() || e.isExit() || e.isCancelled()) {
                throw e;
            }
            reportUncaught(e);
            return null;
        }
    }

    /** Runs a JS callback from a loop task the way Node's MakeCallback does: the callback, then the ticks. */
    public void callback(Value fn, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = fn;
        System.arraycopy(args, 0, all, 1, args.length);
        call(() -> entry.invokeMember("callback", all));
    }

    private void reportUncaught(PolyglotException e) {
        ThrowSite site = ThrowSite.of(e);
        try {
            entry.invokeMember("fatalException", e.getGuestObject(), site.file(), site.line(), site.column(),
                    site.lineText());
        } catch (PolyglotException again) {
            if (!again.isGuestException()) {
                throw again;
            }
            // An 'uncaughtException' handler threw: Node reports that error and exits 7 without 'exit'.
            ThrowSite second = ThrowSite.of(again);
            try {
                entry.invokeMember("fatalHandlerFailed", again.getGuestObject(), second.file(), second.line(),
                        second.column(), second.lineText());
            } catch (PolyglotException third) {
                if (third.isHostException() && third.asHostException() instanceof ExitRequest) {
                    throw third;
                }
                System.err.println(third.getMessage());
                throw new ExitRequest(7);
            }
        }
    }

    /** How compiled CommonJS wrappers start and where the user's text begins on their first line. */
    public static final String WRAPPER_PREFIX_MARK = "(function (exports, require, module, __filename, __dirname";
    public static final String WRAPPER_BODY_MARK = ") {";

    /** An {@link ExitRequest} arrives wrapped as a host exception; anything else escaped every JS handler. */
    private static int unwind(PolyglotException e) {
        if (e.isHostException() && e.asHostException() instanceof ExitRequest exit) {
            return exit.code();
        }
        if (e.isExit()) {
            return e.getExitStatus();
        }
        System.err.println("gnode: internal error: " + e);
        e.printStackTrace();
        return 70;
    }

    /** For development: js-lib sources read from this directory instead of the jar (-Dgnode.jslib.dir). */
    private static final String JS_LIB_DIR = System.getProperty("gnode.jslib.dir");

    /** Reads a resource of the js-lib jar (or of a WebJar) as text, or null when absent. */
    public static String resourceOrNull(String path) {
        if (JS_LIB_DIR != null && path.startsWith("gnode/lib/")) {
            try {
                return java.nio.file.Files.readString(java.nio.file.Path.of(JS_LIB_DIR, path.substring(10)));
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
        try (InputStream in = GnodeRuntime.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    private static String resource(String path) {
        String text = resourceOrNull(path);
        if (text == null) {
            throw new IllegalStateException("gnode: missing " + path + " on the class path");
        }
        return text;
    }

    @Override
    public void close() {
        bindings.close();
        if (ioLoop != null) {
            ioLoop.close();
        }
        Engine engine = context.getEngine();
        context.close(true);
        // The engine is this runtime's own (built with the context), so it goes too; instruments write on close.
        engine.close();
    }

    /** The loop phases, each one outermost call into JS so GraalJS drains microtasks when it returns. */
    private final class JsPhases implements EventLoop.Phases {
        @Override
        public double runTimer(double phaseNowMs) {
            Value next = call(() -> entry.invokeMember("runTimer", phaseNowMs));
            return next == null ? EventLoop.TIMER_RAN : next.asDouble();
        }

        @Override
        public boolean runImmediate(boolean first) {
            Value more = call(() -> entry.invokeMember("runImmediate", first));
            return more == null || more.asBoolean();
        }

        @Override
        public void runTicks() {
            call(() -> entry.invokeMember("runTicks"));
        }

        @Override
        public void beforeExit() {
            call(() -> entry.invokeMember("beforeExit"));
        }
    }
}
