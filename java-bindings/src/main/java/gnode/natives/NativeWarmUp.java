package gnode.natives;

import java.lang.foreign.Arena;

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

    /** A spawn's file actions and attributes, built (every Libc.Spawn handle but posix_spawn's) and destroyed. */
    private static void spawnAttributes() {
        try (Arena arena = Arena.ofConfined()) {
            Spawner.withSpawnSetup(arena, new int[] {0, -1}, "/", false, (fileActions, attributes) -> 0);
        }
    }
}
