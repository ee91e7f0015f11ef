package gnode.runtime.bindings;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.graalvm.polyglot.Value;

/**
 * {@code internalBinding('buffer')}: string ↔ bytes for the hot encodings, done in Java because interpreted JS
 * loops over bytes cost seconds per megabyte. Decoding and encoding follow Node's rules (WHATWG UTF-8 with U+FFFD
 * for bad sequences and lone surrogates; latin1/ascii as Node defines them).
 */
public final class BufferBinding {
    private static final byte[] REPLACEMENT = {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD};
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    BufferBinding() {
    }

    private static byte[] bytes(Value arrayBuffer, int offset, int length) {
        byte[] out = new byte[length];
        if (length > 0) {
            arrayBuffer.readBuffer(offset, out, 0, length);
        }
        return out;
    }

    /** The text of {@code length} bytes of a JS ArrayBuffer, or null for an encoding this binding does not do. */
    public String decode(Value arrayBuffer, int offset, int length, String encoding) {
        byte[] b = bytes(arrayBuffer, offset, length);
        switch (encoding) {
            case "utf8":
                return new String(b, StandardCharsets.UTF_8);
            case "latin1":
                return new String(b, StandardCharsets.ISO_8859_1);
            case "ascii": {
                char[] c = new char[b.length];
                for (int i = 0; i < b.length; i++) {
                    c[i] = (char) (b[i] & 0x7f);
                }
                return new String(c);
            }
            case "utf16le":
                return new String(b, 0, b.length & ~1, StandardCharsets.UTF_16LE);
            case "hex": {
                char[] c = new char[b.length * 2];
                for (int i = 0; i < b.length; i++) {
                    c[2 * i] = HEX[(b[i] >> 4) & 0xf];
                    c[2 * i + 1] = HEX[b[i] & 0xf];
                }
                return new String(c);
            }
            default:
                return null;
        }
    }

    /** The bytes of {@code text} in an encoding (a fresh buffer JS wraps without copying), or null if unsupported. */
    public ByteBuffer encode(String text, String encoding) {
        switch (encoding) {
            case "utf8":
                return ByteBuffer.wrap(utf8(text));
            case "latin1":
            case "ascii": {
                byte[] b = new byte[text.length()];
                for (int i = 0; i < b.length; i++) {
                    b[i] = (byte) text.charAt(i);
                }
                return ByteBuffer.wrap(b);
            }
            case "utf16le":
                return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_16LE));
            default:
                return null;
        }
    }

    /** Whether two byte ranges of JS ArrayBuffers are equal. */
    public boolean equalBytes(Value a, int aOffset, Value b, int bOffset, int length) {
        return java.util.Arrays.equals(bytes(a, aOffset, length), bytes(b, bOffset, length));
    }

    /** Compares two byte ranges like memcmp: negative, 0 or positive (Buffer.compare's order). */
    public int compareBytes(Value a, int aOffset, int aLength, Value b, int bOffset, int bLength) {
        return java.util.Arrays.compareUnsigned(bytes(a, aOffset, aLength), bytes(b, bOffset, bLength));
    }

    /** The UTF-8 length of {@code text} as Node counts it (lone surrogates as 3 bytes). */
    public int utf8Length(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                n += 1;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    private static byte[] utf8(String text) {
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(REPLACEMENT);
        try {
            ByteBuffer out = encoder.encode(CharBuffer.wrap(text));
            byte[] b = new byte[out.remaining()];
            out.get(b);
            return b;
        } catch (CharacterCodingException e) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
    }
}
