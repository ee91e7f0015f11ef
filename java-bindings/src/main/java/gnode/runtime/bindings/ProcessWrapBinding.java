package gnode.runtime.bindings;

import gnode.natives.ProcessHandle;
import gnode.natives.SpawnRequest;
import gnode.natives.SpawnSync;
import gnode.natives.StdioSpec;
import gnode.natives.SyncResult;
import gnode.runtime.GnodeRuntime;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.graalvm.polyglot.Value;

/**
 * {@code internalBinding('process_wrap')}: turns the request JS validated into a native spawn. The request is a
 * plain object: {@code {file, args, envPairs|null, cwd|null, stdio: [{type, fd}], detached, uid, gid}} with
 * stdio types 'pipe', 'ignore', 'fd' (parent fd shared with the child) and absent entries closed in the child.
 */
public final class ProcessWrapBinding {
    private final GnodeRuntime runtime;

    ProcessWrapBinding(GnodeRuntime runtime) {
        this.runtime = runtime;
    }

    /** Spawns; {@code onExit(exitCode, signalNumber)} runs on the JS thread. Check {@code errno()} of the result. */
    public ProcessWrap spawn(Value request, Value onExit) {
        SpawnRequest req = toRequest(request);
        ProcessWrap wrap = new ProcessWrap(runtime);
        gnode.natives.IoLoop ioLoop;
        try {
            ioLoop = runtime.ioLoop();
        } catch (IllegalStateException e) {
            // The I/O loop's own fds could not be made (EMFILE): the spawn fails with that error, as in Node.
            wrap.failed(-24);
            return wrap;
        }
        ProcessHandle handle = ioLoop.spawn(req, (exitStatus, termSignal) -> {
            wrap.exited();
            runtime.callback(onExit, (double) exitStatus, termSignal);
        });
        wrap.attach(handle);
        return wrap;
    }

    /**
     * Runs a child to completion. Returns {@code [pid, errno, exitCode, termSignal, timedOut, maxBufferFd,
     * output0, output1, …]} with each output a ByteBuffer or null.
     */
    public Object[] spawnSync(Value request, Value input, double timeoutMs, int killSignal, double maxBuffer) {
        SpawnRequest req = toRequest(request);
        byte[] bytes = null;
        if (input != null && !input.isNull()) {
            long size = input.getBufferSize();
            bytes = new byte[(int) size];
            input.readBuffer(0, bytes, 0, bytes.length);
        }
        long max = maxBuffer <= 0 || Double.isInfinite(maxBuffer) ? Long.MAX_VALUE : (long) maxBuffer;
        SyncResult r = SpawnSync.run(req, bytes, (long) timeoutMs, killSignal, max);
        byte[][] output = r.output() == null ? new byte[0][] : r.output();
        Object[] out = new Object[6 + output.length];
        out[0] = r.pid();
        out[1] = r.errno();
        out[2] = r.exitCode();
        out[3] = r.termSignal();
        out[4] = r.timedOut();
        out[5] = r.maxBufferExceeded() ? r.maxBufferFd() : -1;
        for (int i = 0; i < output.length; i++) {
            out[6 + i] = output[i] == null ? null : ByteBuffer.wrap(output[i]);
        }
        return out;
    }

    private static SpawnRequest toRequest(Value r) {
        String file = r.getMember("file").asString();
        List<String> args = strings(r.getMember("args"));
        Value envPairs = r.getMember("envPairs");
        List<String> env = envPairs == null || envPairs.isNull() ? null : strings(envPairs);
        Value cwdValue = r.getMember("cwd");
        String cwd = cwdValue == null || cwdValue.isNull() ? null : cwdValue.asString();
        Value stdioValue = r.getMember("stdio");
        List<StdioSpec> stdio = new ArrayList<>();
        long n = stdioValue == null || stdioValue.isNull() ? 0 : stdioValue.getArraySize();
        for (long i = 0; i < n; i++) {
            Value entry = stdioValue.getArrayElement(i);
            if (entry == null || entry.isNull()) {
                stdio.add(null);
                continue;
            }
            String type = entry.getMember("type").asString();
            switch (type) {
                case "pipe", "overlapped", "ipc" -> stdio.add(StdioSpec.PIPE);
                case "ignore" -> stdio.add(StdioSpec.IGNORE);
                case "fd", "inherit" -> stdio.add(StdioSpec.inherit(entry.getMember("fd").asInt()));
                default -> stdio.add(null);
            }
        }
        boolean detached = r.getMember("detached").asBoolean();
        int uid = intOr(r.getMember("uid"), -1);
        int gid = intOr(r.getMember("gid"), -1);
        return new SpawnRequest(file, args, env, cwd, stdio, detached, uid, gid);
    }

    private static int intOr(Value v, int fallback) {
        return v == null || v.isNull() || !v.fitsInInt() ? fallback : v.asInt();
    }

    private static List<String> strings(Value array) {
        List<String> out = new ArrayList<>((int) array.getArraySize());
        for (long i = 0; i < array.getArraySize(); i++) {
            out.add(array.getArrayElement(i).asString());
        }
        return out;
    }
}
