package gnode.natives;

/** Completion of a write or shutdown, on the JS thread: 0 or -errno (-ECANCELED when the stream closed first). */
@FunctionalInterface
public interface WriteCallback {
    void done(int status);
}
