package gnode.runtime.bindings;

import gnode.runtime.GnodeRuntime;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.graalvm.polyglot.Value;

/**
 * Synchronous writes to the process's own stdout and stderr. Node writes to files and pipes synchronously on
 * Linux, so a blocking write here is Node's behaviour, not a shortcut.
 */
public final class StdioBinding {
    private final FileOutputStream out = new FileOutputStream(FileDescriptor.out);
    private final FileOutputStream err = new FileOutputStream(FileDescriptor.err);

    private final GnodeRuntime runtime;
    private StdinReader stdin;

    StdioBinding(GnodeRuntime runtime) {
        this.runtime = runtime;
    }

    /** "tty", "file", "pipe" (pipes and sockets) or "unknown", read from /proc so no native call is needed. */
    public String type(int fd) {
        try {
            java.nio.file.Path link = java.nio.file.Path.of("/proc/self/fd/" + fd);
            String target = java.nio.file.Files.readSymbolicLink(link).toString();
            if (target.startsWith("/dev/pts/") || target.startsWith("/dev/tty")) {
                return "tty";
            }
            if (target.startsWith("pipe:") || target.startsWith("socket:")) {
                return "pipe";
            }
            return "file";
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** Columns and rows of the terminal on fd, or null. */
    public int[] windowSize(int fd) {
        String cols = System.getenv("COLUMNS");
        String rows = System.getenv("LINES");
        try {
            return new int[] {cols == null ? 80 : Integer.parseInt(cols), rows == null ? 24 : Integer.parseInt(rows)};
        } catch (NumberFormatException e) {
            return new int[] {80, 24};
        }
    }

    /** Starts delivering stdin chunks (a ByteBuffer each, null at EOF) to {@code onChunk} on the JS thread. */
    public void readStart(Value onChunk) {
        if (stdin == null) {
            stdin = new StdinReader(runtime.loop(), onChunk, runtime);
            stdin.start();
        }
    }

    public void readPause() {
        if (stdin != null) {
            stdin.pause();
        }
    }

    public void readResume() {
        if (stdin != null) {
            stdin.resume();
        }
    }

    public void readStop() {
        if (stdin != null) {
            stdin.stop();
        }
    }

    private FileOutputStream stream(int fd) {
        return fd == 2 ? err : out;
    }

    /** Writes a string as UTF-8; returns 0 or a negative errno-like code (-32 EPIPE on a closed reader). */
    public int writeString(int fd, String text) {
        return writeBytes(fd, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code length} bytes of a JS ArrayBuffer starting at {@code offset}. */
    public int writeBuffer(int fd, Value arrayBuffer, int offset, int length) {
        byte[] bytes = new byte[length];
        arrayBuffer.readBuffer(offset, bytes, 0, length);
        return writeBytes(fd, bytes);
    }

    private int writeBytes(int fd, byte[] bytes) {
        try {
            stream(fd).write(bytes);
            return 0;
        } catch (IOException e) {
            return -32;
        }
    }
}
