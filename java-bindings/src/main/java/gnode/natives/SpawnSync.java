package gnode.natives;

import java.io.ByteArrayOutputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.util.List;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

/**
 * spawnSync's core: the whole life of one child inside one call, on a private poll set (never the shared loop).
 * A piped fd 0 receives {@code input} and is then closed; every other piped fd is collected. As in Node, the call
 * returns once the child has exited and every collected pipe reached EOF — unless the child was killed for a
 * timeout or maxBuffer, in which case the pipes are closed at once and only the child's real exit is awaited
 * (however long it ignores the signal).
 */
public final class SpawnSync {
    private SpawnSync() {}

    private static final int POLLFD_SIZE = 8;

    public static SyncResult run(SpawnRequest req, byte[] input, long timeoutMs, int killSignal, long maxBuffer) {
        List<StdioSpec> stdio = req.stdio() == null ? List.of() : req.stdio();
        byte[][] output = new byte[stdio.size()][];
        if (!Signals.isValid(killSignal)) return new SyncResult(0, -Errno.EINVAL, -1, 0, output, false, false, -1);
        Spawner.Result r = Spawner.spawn(req);
        if (r.errno() != 0) return new SyncResult(0, r.errno(), -1, 0, output, false, false, -1);
        return new Run(r, input, timeoutMs, killSignal, maxBuffer, output).await();
    }

    /** The state of one running child. */
    private static final class Run {
        final int pid;
        final int[] ends;
        final ByteArrayOutputStream[] collected;
        final byte[][] output;
        final long deadline;
        final int killSignal;
        final long maxBuffer;
        ByteBuffer pendingInput;
        int pidfd;
        boolean exited, killed, timedOut, overflow;
        int overflowFd = -1, status;

        Run(Spawner.Result r, byte[] input, long timeoutMs, int killSignal, long maxBuffer, byte[][] output) {
            this.pid = r.pid();
            this.ends = r.parentEnds();
            this.output = output;
            this.killSignal = killSignal;
            this.maxBuffer = maxBuffer;
            this.deadline = timeoutMs > 0 ? System.nanoTime() + timeoutMs * 1_000_000 : Long.MAX_VALUE;
            this.collected = new ByteArrayOutputStream[ends.length];
            for (int i = 1; i < ends.length; i++) if (ends[i] >= 0) collected[i] = new ByteArrayOutputStream();
            if (ends.length > 0 && ends[0] >= 0) {
                if (input != null && input.length > 0) pendingInput = ByteBuffer.wrap(input);
                else closeEnd(0);
            }
            this.pidfd = Libc.pidfdOpen(pid);
        }

        SyncResult await() {
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment fds = arena.allocate((long) POLLFD_SIZE * (ends.length + 1), 8);
                int[] slotFd = new int[ends.length + 1];
                while (!finished()) {
                    int n = 0;
                    if (!exited) n = add(fds, slotFd, n, pidfd < 0 ? -1 : pidfd, Platform.POLLIN, -1);
                    for (int i = 0; i < ends.length; i++) {
                        if (ends[i] < 0) continue;
                        n = add(fds, slotFd, n, ends[i], i == 0 ? Platform.POLLOUT : Platform.POLLIN, i);
                    }
                    int timeout = -1;
                    if (!killed && deadline != Long.MAX_VALUE) {
                        long left = deadline - System.nanoTime();
                        if (left <= 0) { kill(); timedOut = true; continue; }
                        timeout = (int) Math.min(Integer.MAX_VALUE, (left + 999_999) / 1_000_000);
                    }
                    if (pidfd < 0 && !exited) timeout = timeout < 0 ? 10 : Math.min(timeout, 10); // no pidfd: poll
                    int ready = Libc.poll(fds, n, timeout);
                    if (ready < 0 && ready != -Errno.EINTR) break;
                    for (int k = 0; k < n && ready > 0; k++) {
                        short revents = fds.get(JAVA_SHORT, (long) k * POLLFD_SIZE + 6);
                        if (revents == 0) continue;
                        int childFd = slotFd[k];
                        if (childFd < 0) reap();
                        else if (childFd == 0) writeInput();
                        else readFrom(childFd);
                    }
                    if (pidfd < 0 && !exited) reap();
                }
            } finally {
                for (int i = 0; i < ends.length; i++) closeEnd(i);
                if (pidfd >= 0) Libc.close(pidfd);
            }
            for (int i = 0; i < ends.length; i++) if (collected[i] != null) output[i] = collected[i].toByteArray();
            boolean signaled = (status & 0x7f) != 0 && (status & 0x7f) != 0x7f;
            return new SyncResult(pid, 0, signaled ? -1 : (status >> 8) & 0xff, signaled ? status & 0x7f : 0, output,
                    timedOut, overflow, overflowFd);
        }

        private boolean finished() {
            if (!exited) return false;
            for (int i = 0; i < ends.length; i++) if (ends[i] >= 0 && i != 0) return false;
            return true;
        }

        private static int add(MemorySegment fds, int[] slotFd, int n, int fd, short events, int childFd) {
            long off = (long) n * POLLFD_SIZE;
            fds.set(JAVA_INT, off, fd);
            fds.set(JAVA_SHORT, off + 4, events);
            fds.set(JAVA_SHORT, off + 6, (short) 0);
            slotFd[n] = childFd;
            return n + 1;
        }

        private void reap() {
            int[] st = new int[1];
            int r = Libc.waitpid(pid, Platform.WNOHANG, st);
            if (r == 0) return;
            exited = true;
            if (r > 0) status = st[0];
            if (ends.length > 0 && ends[0] >= 0) closeEnd(0); // nobody will read the rest of the input
        }

        private void kill() {
            killed = true;
            if (pidfd >= 0) Libc.pidfdSendSignal(pidfd, killSignal);
            else Libc.kill(pid, killSignal);
            for (int i = 0; i < ends.length; i++) closeEnd(i);
        }

        private void writeInput() {
            while (pendingInput.hasRemaining()) {
                long w = Fs.write(ends[0], pendingInput, -1);
                if (w == -Errno.EINTR) continue;
                if (w == -Errno.EAGAIN) return;
                if (w < 0) break; // EPIPE: the child stopped reading; Node ignores that too
            }
            closeEnd(0);
        }

        private void readFrom(int childFd) {
            MemorySegment buf = Native.Scratch.get().buf;
            while (ends[childFd] >= 0) {
                long n = Libc.read(ends[childFd], buf, Native.Scratch.BUF_SIZE);
                if (n == -Errno.EINTR) continue;
                if (n == -Errno.EAGAIN) return;
                if (n <= 0) { closeEnd(childFd); return; }
                ByteArrayOutputStream out = collected[childFd];
                // Like Node's spawnSync: the chunk that crosses maxBuffer is kept whole, then the child is killed.
                byte[] bytes = new byte[(int) n];
                MemorySegment.copy(buf, JAVA_BYTE, 0, bytes, 0, (int) n);
                out.writeBytes(bytes);
                if (out.size() > maxBuffer) {
                    overflow = true;
                    overflowFd = childFd;
                    kill();
                    return;
                }
            }
        }

        private void closeEnd(int i) {
            if (ends[i] >= 0) { Libc.close(ends[i]); ends[i] = -1; }
        }
    }
}
