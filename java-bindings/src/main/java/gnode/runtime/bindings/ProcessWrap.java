package gnode.runtime.bindings;

import gnode.natives.ProcessHandle;
import gnode.natives.StreamHandle;
import gnode.runtime.GnodeRuntime;

/** A spawned child as JS sees it (Node's Process handle): pid, kill, ref/unref and its piped stdio. */
public final class ProcessWrap {
    private final GnodeRuntime runtime;
    private final LoopRef ref;
    private ProcessHandle handle;
    private StreamWrap[] stdio = new StreamWrap[0];

    ProcessWrap(GnodeRuntime runtime) {
        this.runtime = runtime;
        this.ref = new LoopRef(runtime.loop());
    }

    void attach(ProcessHandle handle) {
        this.handle = handle;
        if (handle.errno() == 0) {
            ref.setActive(true);
        }
    }

    private int failedErrno;

    /** A spawn that could not even be attempted. */
    void failed(int errno) {
        failedErrno = errno;
    }

    void exited() {
        ref.setActive(false);
    }

    public int pid() {
        return handle == null ? 0 : handle.pid();
    }

    public int errno() {
        return handle == null ? failedErrno : handle.errno();
    }

    /** The parent's end of child fd {@code fd} when it is a pipe, else null. */
    public StreamWrap stdio(int fd) {
        if (handle == null) {
            return null;
        }
        if (fd >= stdio.length) {
            StreamWrap[] grown = new StreamWrap[fd + 1];
            System.arraycopy(stdio, 0, grown, 0, stdio.length);
            stdio = grown;
        }
        if (stdio[fd] == null) {
            StreamHandle stream = handle.stdio(fd);
            if (stream == null) {
                return null;
            }
            stdio[fd] = new StreamWrap(runtime, stream);
        }
        return stdio[fd];
    }

    /** 0 or -errno (ESRCH once exited, EINVAL for an unknown signal). */
    public int kill(int signal) {
        return handle == null ? -3 : handle.kill(signal);
    }

    public void ref() {
        ref.ref();
    }

    public void unref() {
        ref.unref();
    }

    public boolean hasRef() {
        return ref.hasRef();
    }

    /** No exit callback after this (Node closes the handle on exit or on a failed spawn). */
    public void close() {
        ref.setActive(false);
        if (handle != null) {
            handle.close();
        }
    }
}
