package gnode.natives;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * Links the native functions a spawn takes (downcall handles are made on first use, ~35 ms for the first and a few
 * ms for each new signature on a cold JVM) on a background thread, so that a program's first spawn does not pay
 * for it. Every call here is harmless: invalid fds, a pid that is nobody's, spawn attributes built and destroyed.
 * Started when JS loads child_process; a spawn that comes first simply waits for the class initialisations it
 * needs.
 */
public final class NativeWarmUp {
    private static volatile boolean started;

    private NativeWarmUp() {}

    public static void start() {
        if (started) return;
        started = true;
        Thread thread = new Thread(NativeWarmUp::run, "gnode-native-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    static void run() {
        try {
            int[] fds = new int[2];
            if (Libc.socketpair(Platform.SOCK_STREAM | Platform.SOCK_CLOEXEC, fds) == 0) {
                Libc.setNonBlocking(fds[0]);
                Libc.shutdown(fds[1], Platform.SHUT_WR);
                Libc.close(fds[0]);
                Libc.close(fds[1]);
            }
            Native.Scratch s = Native.Scratch.get();
            Libc.read(-1, s.buf, 0);
            Libc.readHeap(-1, new byte[1]);
            Libc.write(-1, s.buf, 0);
            Libc.fcntl(-1, Platform.F_GETFL, 0);
            Libc.epollCtl(-1, Platform.EPOLL_CTL_ADD, -1, 0, 0, s.buf.asSlice(1024, 64));
            Libc.epollWait(-1, s.buf.asSlice(2048, 64), 1, 0);
            Libc.pidfdOpen(-1);
            Libc.pidfdSendSignal(-1, 0);
            Libc.waitpid(Integer.MAX_VALUE, Platform.WNOHANG, new int[1]);
            Libc.kill(Integer.MAX_VALUE, 0);
            Libc.environ();
            spawnAttributes();
        } catch (RuntimeException | LinkageError e) {
            // Only a head start: the spawn itself reports any real problem.
        }
    }

    /** What a spawn builds before posix_spawn (all of Libc.Spawn's handles are made with it), then destroyed. */
    private static void spawnAttributes() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment fa = arena.allocate(Platform.SPAWN_FILE_ACTIONS_SIZE, 16);
            MemorySegment attr = arena.allocate(Platform.SPAWNATTR_SIZE, 16);
            MemorySegment sigs = arena.allocate(Platform.SIGSET_SIZE, 16);
            if ((int) Libc.Spawn.FA_INIT.invokeExact(fa) != 0) return;
            if ((int) Libc.Spawn.ATTR_INIT.invokeExact(attr) == 0) {
                int r = (int) Libc.Spawn.FA_DUP2.invokeExact(fa, 0, 0);
                r = (int) Libc.Spawn.FA_CLOSE.invokeExact(fa, 1);
                r = (int) Libc.Spawn.FA_CLOSEFROM.invokeExact(fa, 3);
                r = (int) Libc.Spawn.FA_CHDIR.invokeExact(fa, arena.allocateFrom("/"));
                r = (int) Libc.Spawn.ATTR_SETFLAGS.invokeExact(attr, (short) 0);
                r = (int) Libc.Spawn.SIGEMPTYSET.invokeExact(sigs);
                r = (int) Libc.Spawn.ATTR_SETSIGMASK.invokeExact(attr, sigs);
                r = (int) Libc.Spawn.SIGFILLSET.invokeExact(sigs);
                r = (int) Libc.Spawn.ATTR_SETSIGDEFAULT.invokeExact(attr, sigs);
                r = (int) Libc.Spawn.ATTR_DESTROY.invokeExact(attr);
            }
            int r = (int) Libc.Spawn.FA_DESTROY.invokeExact(fa);
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable t) {
            throw Native.bug(t);
        }
    }
}
