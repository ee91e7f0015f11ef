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

    /** Links the native spawn path on a background thread (JS calls this when child_process loads). */
    public void warmUp() {
        gnode.natives.NativeWarmUp.start();
    }

    /**
     * Spawns; {@code onExit(exitCode, signalNumber)} runs on the JS thread. Check {@code errno()} of the result.
     * The request comes as primitives (see internal/child_process/spawn_request.js): lists '\0'-joined with their
     * length ({@code envCount} -1 = inherit our environment), stdio one entry per child fd, comma-separated.
     */
    public ProcessWrap spawn(String file, int argCount, String args, int envCount, String env, String cwd,
                             String stdio, boolean detached, int uid, int gid, Value onExit) {
        SpawnRequest req = request(file, argCount, args, envCount, env, cwd, stdio, detached, uid, gid);
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
    public Object[] spawnSync(String file, int argCount, String args, int envCount, String env, String cwd,
                              String stdio, boolean detached, int uid, int gid,
                              Value input, double timeoutMs, int killSignal, double maxBuffer) {
        SpawnRequest req = request(file, argCount, args, envCount, env, cwd, stdio, detached, uid, gid);
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

    private static SpawnRequest request(String file, int argCount, String args, int envCount, String env,
                                        String cwd, String stdio, boolean detached, int uid, int gid) {
        List<StdioSpec> specs = new ArrayList<>();
        if (!stdio.isEmpty()) {
            for (String entry : stdio.split(",", -1)) {
                specs.add(switch (entry) {
                    case "p" -> StdioSpec.PIPE;
                    case "i" -> StdioSpec.IGNORE;
                    case "" -> null;
                    default -> StdioSpec.inherit(Integer.parseInt(entry));
                });
            }
        }
        return new SpawnRequest(file, split(args, argCount), envCount < 0 ? null : split(env, envCount), cwd, specs,
                detached, uid, gid);
    }

    static List<String> split(String joined, int count) {
        if (count == 0) {
            return List.of();
        }
        List<String> out = new ArrayList<>(count);
        int start = 0;
        for (int i = 0; i < count - 1; i++) {
            int end = joined.indexOf('\0', start);
            out.add(joined.substring(start, end));
            start = end + 1;
        }
        out.add(joined.substring(start));
        return out;
    }
}
