package gnode.natives;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;

import static java.lang.foreign.ValueLayout.JAVA_INT;

/** Builds downcall handles. Called only from the lazily initialised holder classes in {@link Libc}. */
final class Native {
    static final Linker LINKER = Linker.nativeLinker();
    static final SymbolLookup LIBC = LINKER.defaultLookup();
    static final StructLayout CAPTURE = Linker.Option.captureStateLayout();
    static final long ERRNO_OFFSET = CAPTURE.byteOffset(MemoryLayout.PathElement.groupElement("errno"));
    private static final Linker.Option ERRNO = Linker.Option.captureCallState("errno");

    private Native() {}

    static MemorySegment symbol(String name) {
        Platform.requireSupported();
        return LIBC.find(name).orElseThrow(() ->
                new UnsupportedOperationException("libc lacks " + name + " (gnode needs glibc >= 2.34)"));
    }

    /** A function whose errno is captured: the handle takes the capture segment as its first argument. */
    static MethodHandle errnoFn(String name, FunctionDescriptor fd) {
        return LINKER.downcallHandle(symbol(name), fd, ERRNO);
    }

    static MethodHandle errnoVarargs(String name, FunctionDescriptor fd, int firstVariadic) {
        return LINKER.downcallHandle(symbol(name), fd, ERRNO, Linker.Option.firstVariadicArg(firstVariadic));
    }

    /** Like errnoFn, but the call may take heap memory (byte[] segments): only for short, non-blocking calls. */
    static MethodHandle errnoCriticalFn(String name, FunctionDescriptor fd) {
        return LINKER.downcallHandle(symbol(name), fd, ERRNO, Linker.Option.critical(true));
    }

    /** A function that reports failure in its return value (posix_spawn family) or cannot fail. */
    static MethodHandle fn(String name, FunctionDescriptor fd) {
        return LINKER.downcallHandle(symbol(name), fd);
    }

    /** Per-thread native scratch memory: the errno capture slot and a 64 KiB buffer for I/O and small structs. */
    static final class Scratch {
        static final int BUF_SIZE = 64 * 1024;
        private static final ThreadLocal<Scratch> CURRENT = ThreadLocal.withInitial(Scratch::new);

        final MemorySegment errnoSlot;
        final MemorySegment buf;

        private Scratch() {
            Arena arena = Arena.ofAuto();
            errnoSlot = arena.allocate(CAPTURE);
            buf = arena.allocate(BUF_SIZE, 64);
        }

        static Scratch get() { return CURRENT.get(); }

        int errno() { return errnoSlot.get(JAVA_INT, ERRNO_OFFSET); }
    }

    /** Wraps a Throwable escaping invokeExact: only a programming error (wrong signature) can cause it. */
    static AssertionError bug(Throwable t) {
        return new AssertionError("native call failed: " + t, t);
    }
}
