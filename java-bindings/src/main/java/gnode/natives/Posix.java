package gnode.natives;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

/** Process-level calls: ids, umask, cwd, kill, tty, uname, hostname, passwd. Failures are -errno or null. */
public final class Posix {
    private Posix() {}

    private static final class Ids {
        static final FunctionDescriptor I_V = FunctionDescriptor.of(JAVA_INT);
        static final MethodHandle GETPID = Native.fn("getpid", I_V);
        static final MethodHandle GETPPID = Native.fn("getppid", I_V);
        static final MethodHandle GETUID = Native.fn("getuid", I_V);
        static final MethodHandle GETEUID = Native.fn("geteuid", I_V);
        static final MethodHandle GETGID = Native.fn("getgid", I_V);
        static final MethodHandle GETEGID = Native.fn("getegid", I_V);
        static final MethodHandle UMASK = Native.fn("umask", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    }

    private static final class Chdir { static final MethodHandle H = Native.errnoFn("chdir", FunctionDescriptor.of(JAVA_INT, ADDRESS)); }
    private static final class Getcwd { static final MethodHandle H = Native.errnoFn("getcwd", FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_LONG)); }
    private static final class Isatty { static final MethodHandle H = Native.fn("isatty", FunctionDescriptor.of(JAVA_INT, JAVA_INT)); }
    private static final class Ioctl { static final MethodHandle H = Native.errnoVarargs("ioctl", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG, ADDRESS), 2); }
    private static final class Uname { static final MethodHandle H = Native.errnoFn("uname", FunctionDescriptor.of(JAVA_INT, ADDRESS)); }
    private static final class Gethostname { static final MethodHandle H = Native.errnoFn("gethostname", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG)); }
    private static final class GetpwuidR { static final MethodHandle H = Native.fn("getpwuid_r",
                FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS)); }

    // _exit never returns; declared with an int result so that it shares the signature of umask's handle (a new
    // signature costs a few ms to link, a known one ~0.1 ms).
    private static final class Exit { static final MethodHandle H = Native.fn("_exit", FunctionDescriptor.of(JAVA_INT, JAVA_INT)); }

    /**
     * Ends the process at once with {@code code}, without the JVM's exit sequence. That sequence waits at least
     * 300 ms for every thread blocked in a native call (HotSpot's VM_Exit), and gnode's signal reader and I/O thread
     * always are. Nothing is lost: stdout and stderr are written synchronously and the OS closes every fd.
     */
    public static void exitNow(int code) {
        try { int ignored = (int) Exit.H.invokeExact(code); } catch (Throwable t) { throw Native.bug(t); }
    }

    private static int id(MethodHandle mh) {
        try { return (int) mh.invokeExact(); } catch (Throwable t) { throw Native.bug(t); }
    }

    public static int getpid() { return id(Ids.GETPID); }
    public static int getppid() { return id(Ids.GETPPID); }
    public static int getuid() { return id(Ids.GETUID); }
    public static int geteuid() { return id(Ids.GETEUID); }
    public static int getgid() { return id(Ids.GETGID); }
    public static int getegid() { return id(Ids.GETEGID); }

    /** Sets the umask and returns the previous one. */
    public static int umask(int mask) {
        try { return (int) Ids.UMASK.invokeExact(mask); } catch (Throwable t) { throw Native.bug(t); }
    }

    /** Reads the umask without changing it (two calls; not atomic against other threads, as in libuv). */
    public static int umask() {
        int old = umask(0);
        umask(old);
        return old;
    }

    /** Changes the OS working directory of the whole process. Note: java.io/nio resolve relative paths against
     * user.dir, which this does not change. */
    public static int chdir(String path) {
        Native.Scratch s = Native.Scratch.get();
        try (Arena a = Arena.ofConfined()) {
            int r = (int) Chdir.H.invokeExact(s.errnoSlot, a.allocateFrom(path));
            return r < 0 ? -s.errno() : 0;
        } catch (Throwable t) { throw Native.bug(t); }
    }

    public static Fs.Text getcwd() {
        Native.Scratch s = Native.Scratch.get();
        try {
            MemorySegment r = (MemorySegment) Getcwd.H.invokeExact(s.errnoSlot, s.buf, (long) Native.Scratch.BUF_SIZE);
            return r.address() == 0 ? new Fs.Text(-s.errno(), null) : new Fs.Text(0, s.buf.getString(0));
        } catch (Throwable t) { throw Native.bug(t); }
    }

    /** kill(2): 0 or -errno (-EINVAL for an invalid signal, checked before any syscall). */
    public static int kill(int pid, int sig) {
        if (!Signals.isValid(sig)) return -Errno.EINVAL;
        return Libc.kill(pid, sig);
    }

    public static boolean isatty(int fd) {
        try { return (int) Isatty.H.invokeExact(fd) == 1; } catch (Throwable t) { throw Native.bug(t); }
    }

    /** {columns, rows} of the terminal on fd, or null. */
    public static int[] winsize(int fd) {
        Native.Scratch s = Native.Scratch.get();
        try {
            int r = (int) Ioctl.H.invokeExact(s.errnoSlot, fd, (long) Platform.TIOCGWINSZ, s.buf);
            if (r < 0) return null;
            return new int[] {Short.toUnsignedInt(s.buf.get(JAVA_SHORT, 2)), Short.toUnsignedInt(s.buf.get(JAVA_SHORT, 0))};
        } catch (Throwable t) { throw Native.bug(t); }
    }

    /** {sysname, nodename, release, version, machine}, or null. */
    public static String[] uname() {
        Native.Scratch s = Native.Scratch.get();
        try {
            int r = (int) Uname.H.invokeExact(s.errnoSlot, s.buf);
            if (r < 0) return null;
            String[] out = new String[5];
            for (int i = 0; i < 5; i++) out[i] = s.buf.getString((long) i * Platform.UTSNAME_FIELD);
            return out;
        } catch (Throwable t) { throw Native.bug(t); }
    }

    public static String hostname() {
        Native.Scratch s = Native.Scratch.get();
        try {
            s.buf.set(JAVA_INT, 0, 0);
            int r = (int) Gethostname.H.invokeExact(s.errnoSlot, s.buf, 256L);
            return r < 0 ? null : s.buf.getString(0);
        } catch (Throwable t) { throw Native.bug(t); }
    }

    /** {username, homedir, shell, uid, gid} of a uid, or null when there is no such user (or on error). */
    public static String[] passwd(int uid) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment pw = a.allocate(Platform.PASSWD_SIZE, 8);
            MemorySegment result = a.allocate(ADDRESS);
            for (long size = 4096; size <= (1 << 22); size *= 4) {
                MemorySegment buf = a.allocate(size);
                int r = (int) GetpwuidR.H.invokeExact(uid, pw, buf, size, result);
                if (r == Errno.ERANGE) continue;
                if (r != 0 || result.get(ADDRESS, 0).address() == 0) return null;
                return new String[] {str(pw, Platform.PW_NAME), str(pw, Platform.PW_DIR), str(pw, Platform.PW_SHELL),
                        Integer.toUnsignedString(pw.get(JAVA_INT, Platform.PW_UID)),
                        Integer.toUnsignedString(pw.get(JAVA_INT, Platform.PW_GID))};
            }
            return null;
        } catch (Throwable t) { throw Native.bug(t); }
    }

    private static String str(MemorySegment struct, long offset) {
        MemorySegment p = struct.get(ADDRESS, offset);
        return p.address() == 0 ? null : p.reinterpret(Long.MAX_VALUE).getString(0);
    }
}
