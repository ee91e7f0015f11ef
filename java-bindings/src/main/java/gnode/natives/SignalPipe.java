package gnode.natives;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.nio.file.Path;
import java.util.function.IntConsumer;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * Signals taken by a native (C) handler instead of the JVM's: for a JVM started with -Xrs, where the JVM leaves
 * SIGHUP/SIGINT/SIGTERM alone. The handler (libgnode-signals.so, built with the launcher) writes each signal number
 * to a socketpair; one daemon thread reads it and calls back. Only async-signal-safe work happens in the handler.
 */
public final class SignalPipe {
    private SignalPipe() {
    }

    /**
     * Installs the native handler for {@code signals}; {@code onSignal} runs on the reader thread for each
     * delivery. Returns 0, or -errno / -EINVAL when the library cannot be used (then nothing is installed).
     */
    public static int install(String libraryPath, int[] signals, IntConsumer onSignal) {
        MethodHandle installFn;
        try {
            SymbolLookup lib = SymbolLookup.libraryLookup(Path.of(libraryPath), Arena.global());
            MemorySegment fn = lib.find("gnode_signal_install").orElse(null);
            if (fn == null) return -Errno.EINVAL;
            installFn = Linker.nativeLinker().downcallHandle(fn, FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT));
        } catch (IllegalArgumentException | IllegalCallerException e) {
            return -Errno.EINVAL;
        }
        int[] fds = new int[2];
        int r = Libc.socketpair(Platform.SOCK_STREAM | Platform.SOCK_CLOEXEC, fds);
        if (r < 0) return r;
        Thread reader = Thread.ofPlatform().name("gnode-signals").daemon(true).unstarted(() -> {
            MemorySegment one = Arena.global().allocate(1);
            while (true) {
                long n = Libc.read(fds[0], one, 1);
                if (n == -Errno.EINTR) continue;
                if (n <= 0) return;
                onSignal.accept(one.get(JAVA_BYTE, 0) & 0xff);
            }
        });
        reader.start();
        for (int signo : signals) {
            try {
                int rc = (int) installFn.invokeExact(signo, fds[1]);
                if (rc < 0) return rc;
            } catch (Throwable t) {
                throw Native.bug(t);
            }
        }
        return 0;
    }
}
