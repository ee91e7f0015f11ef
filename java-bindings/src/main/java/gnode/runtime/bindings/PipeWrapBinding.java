package gnode.runtime.bindings;

import gnode.natives.StreamHandle;
import gnode.runtime.GnodeRuntime;

/** {@code internalBinding('pipe_wrap')}: a stream over an fd this process already has (the IPC channel fd). */
public final class PipeWrapBinding {
    private final GnodeRuntime runtime;

    PipeWrapBinding(GnodeRuntime runtime) {
        this.runtime = runtime;
    }

    /** A stream over {@code fd}, or null when the fd cannot be used. */
    public StreamWrap open(int fd) {
        StreamHandle handle = runtime.ioLoop().openStream(fd);
        return handle == null ? null : new StreamWrap(runtime, handle);
    }
}
