package gnode.natives;

import java.nio.ByteBuffer;

/** Read events of a {@link StreamHandle}, on the JS thread. Each chunk is a fresh buffer the receiver owns. */
public interface ReadCallback {
    void onData(ByteBuffer chunk);

    void onEof();

    void onError(int negErrno);
}
