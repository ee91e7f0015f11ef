package gnode.runtime.bindings;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Cuts a byte stream after its last '\n' and decodes what came before as UTF-8 (invalid bytes become U+FFFD, a
 * BOM is kept). '\n' never occurs inside a UTF-8 sequence, so decoding many lines at once gives the same text as
 * decoding each line on its own.
 */
final class LineSplitter {
    private byte[] pending = new byte[0];
    private int pendingLength;

    /** Takes the next chunk; returns the complete lines so far (ending with '\n'), or null when none is complete. */
    String push(ByteBuffer chunk) {
        int length = chunk.remaining();
        int lastNewline = -1;
        for (int i = chunk.limit() - 1; i >= chunk.position(); i--) {
            if (chunk.get(i) == '\n') {
                lastNewline = i;
                break;
            }
        }
        if (lastNewline < 0) {
            append(chunk, length);
            return null;
        }
        int head = lastNewline + 1 - chunk.position();
        String text;
        if (pendingLength == 0 && chunk.hasArray()) {
            text = new String(chunk.array(), chunk.arrayOffset() + chunk.position(), head, StandardCharsets.UTF_8);
            chunk.position(chunk.position() + head);
        } else {
            ByteBuffer first = chunk.slice(chunk.position(), head);
            append(first, head);
            text = new String(pending, 0, pendingLength, StandardCharsets.UTF_8);
            pendingLength = 0;
            chunk.position(chunk.position() + head);
        }
        if (chunk.hasRemaining()) {
            append(chunk, chunk.remaining());
        }
        return text;
    }

    private void append(ByteBuffer from, int length) {
        if (pendingLength + length > pending.length) {
            pending = Arrays.copyOf(pending, Math.max(pendingLength + length, pending.length * 2));
        }
        from.get(pending, pendingLength, length);
        pendingLength += length;
    }
}
