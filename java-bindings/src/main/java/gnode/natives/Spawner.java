package gnode.natives;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * posix_spawn with Node's stdio, cwd, PATH, argv0, detached and signal rules. Shared by {@link IoLoop#spawn} and
 * {@link SpawnSync}. The child gets exactly the fds listed in the request (everything else is closed: the JVM's
 * own fds are not close-on-exec), default dispositions for every signal and an empty signal mask.
 */
final class Spawner {
    /** pid (0 on failure), errno (0 or -errno), and per child fd the parent's end of a pipe (-1 if not a pipe). */
    record Result(int pid, int errno, int[] parentEnds) {}

    private static final String DEFAULT_PATH = "/usr/bin:/bin";
    private static final String[] SETPRIV = {"/usr/bin/setpriv", "/bin/setpriv"};

    private Spawner() {}

    static Result spawn(SpawnRequest req) {
        Platform.requireSupported();
        List<StdioSpec> stdio = req.stdio() == null ? List.of() : req.stdio();
        int n = stdio.size();
        int[] parentEnds = new int[n];
        int[] sources = new int[n];
        Arrays.fill(parentEnds, -1);
        Arrays.fill(sources, -1);
        List<Integer> closeAfter = new ArrayList<>();
        int err = 0;
        int pid = 0;
        try {
            if (req.file() == null || req.args() == null || req.args().isEmpty()) {
                err = -Errno.EINVAL;
                return new Result(0, err, parentEnds);
            }
            err = openSources(stdio, parentEnds, sources, closeAfter);
            if (err == 0) err = avoidDup2Clobbering(sources, closeAfter);
            if (err == 0) {
                int[] pidOut = new int[1];
                err = spawnResolved(req, sources, pidOut);
                pid = pidOut[0];
            }
            return new Result(err == 0 ? pid : 0, err, parentEnds);
        } finally {
            for (int fd : closeAfter) Libc.close(fd);
            if (err != 0) {
                for (int i = 0; i < n; i++) if (parentEnds[i] >= 0) { Libc.close(parentEnds[i]); parentEnds[i] = -1; }
            }
        }
    }

    private static int openSources(List<StdioSpec> stdio, int[] parentEnds, int[] sources, List<Integer> closeAfter) {
        int devNull = -1;
        int[] pair = new int[2];
        for (int i = 0; i < stdio.size(); i++) {
            switch (stdio.get(i)) {
                case null -> { }
                case StdioSpec.Pipe p -> {
                    int r = Libc.socketpair(Platform.SOCK_STREAM | Platform.SOCK_CLOEXEC, pair);
                    if (r < 0) return r;
                    parentEnds[i] = pair[0];
                    sources[i] = pair[1];
                    closeAfter.add(pair[1]);
                    r = Libc.setNonBlocking(pair[0]);
                    if (r < 0) return r;
                }
                case StdioSpec.Inherit inh -> {
                    if (inh.parentFd() < 0) return -Errno.EBADF;
                    sources[i] = inh.parentFd();
                    // libuv makes a child's stdio 0-2 blocking; the flag lives in the shared open file
                    // description, so clearing it here has the same effect (also on the parent's side, as in Node).
                    if (i <= 2) Libc.setBlocking(inh.parentFd());
                }
                case StdioSpec.Ignore ig -> {
                    if (devNull < 0) {
                        devNull = Fs.open("/dev/null", Platform.O_RDWR | Platform.O_CLOEXEC, 0);
                        if (devNull < 0) return devNull;
                        closeAfter.add(devNull);
                    }
                    sources[i] = devNull;
                }
            }
        }
        return 0;
    }

    /**
     * The child runs dup2(sources[i], i) in index order. If a source fd number is also a target that an earlier
     * dup2 overwrites with something else, the later dup2 would copy the wrong file: move such sources above every
     * target first (a close-on-exec duplicate, closed again after the spawn).
     */
    private static int avoidDup2Clobbering(int[] sources, List<Integer> closeAfter) {
        int n = sources.length;
        for (int i = 0; i < n; i++) {
            int s = sources[i];
            if (s >= 0 && s < n && s != i && sources[s] >= 0 && sources[s] != s) {
                int d = Libc.fcntl(s, Platform.F_DUPFD_CLOEXEC, n);
                if (d < 0) return d;
                closeAfter.add(d);
                for (int j = i; j < n; j++) if (sources[j] == s) sources[j] = d;
            }
        }
        return 0;
    }

    private static int spawnResolved(SpawnRequest req, int[] sources, int[] pidOut) {
        String file = req.file();
        List<String> args = req.args();
        if (req.uid() >= 0 || req.gid() >= 0) {
            int r = IdChange.check(req.uid(), req.gid());
            if (r < 0) return r;
            if (r == 1) { // ids really change: run through setpriv (see IdChange for why)
                String resolved = resolveForIdChange(req);
                if (resolved.startsWith("-")) return Integer.parseInt(resolved);
                String setpriv = null;
                for (String c : SETPRIV) if (Fs.access(c, 1) == 0) { setpriv = c; break; }
                if (setpriv == null) return -Errno.ENOSYS;
                List<String> wrapped = new ArrayList<>(IdChange.setprivArgs(req.uid(), req.gid()));
                wrapped.add(resolved);
                wrapped.addAll(args.subList(1, args.size()));
                return spawnAt(setpriv, wrapped, req, sources, pidOut);
            }
        }
        if (file.indexOf('/') >= 0) return spawnAt(file, args, req, sources, pidOut);
        // execvpe emulation: try each PATH entry; remember EACCES, skip ENOENT/ENOTDIR, stop at anything else.
        boolean sawEacces = false;
        for (String dir : searchPath(req).split(":", -1)) {
            String candidate = dir + "/" + file;
            if (dir.startsWith("/")) {
                int a = Fs.access(candidate, 0);
                if (a == -Errno.ENOENT || a == -Errno.ENOTDIR) continue;
            }
            int r = spawnAt(candidate, args, req, sources, pidOut);
            if (r == 0) return 0;
            if (r == -Errno.EACCES) sawEacces = true;
            else if (r != -Errno.ENOENT && r != -Errno.ENOTDIR) return r;
        }
        return sawEacces ? -Errno.EACCES : -Errno.ENOENT;
    }

    /** The file as an absolute or cwd-relative path for the id-changing helper, or "-errno" when not found. */
    private static String resolveForIdChange(SpawnRequest req) {
        String file = req.file();
        if (file.indexOf('/') >= 0) return file;
        boolean sawEacces = false;
        for (String dir : searchPath(req).split(":", -1)) {
            String candidate = dir + "/" + file;
            int a = Fs.access(candidate, 1);
            if (a == 0 && Fs.isRegularFile(candidate)) return candidate;
            if (a == -Errno.EACCES) sawEacces = true;
        }
        return String.valueOf(sawEacces ? -Errno.EACCES : -Errno.ENOENT);
    }

    /** Node's rule: PATH of the given env, else the parent's; /usr/bin:/bin when there is none. */
    static String searchPath(SpawnRequest req) {
        if (req.env() != null) {
            for (String kv : req.env()) if (kv.startsWith("PATH=")) return kv.substring(5);
            return DEFAULT_PATH;
        }
        String p = System.getenv("PATH");
        return p == null ? DEFAULT_PATH : p;
    }

    /**
     * execvp's rule, which Node inherits: a file the kernel cannot execute (ENOEXEC: no #! line) is run as a shell
     * script, argv = {"/bin/sh", path, args[1..]}.
     */
    private static int spawnAt(String path, List<String> args, SpawnRequest req, int[] sources, int[] pidOut) {
        int r = spawnExact(path, args, req, sources, pidOut);
        if (r != -Errno.ENOEXEC) return r;
        List<String> script = new ArrayList<>(args.size() + 1);
        script.add("/bin/sh");
        script.add(path);
        script.addAll(args.subList(1, args.size()));
        return spawnExact("/bin/sh", script, req, sources, pidOut);
    }

    private static int spawnExact(String path, List<String> args, SpawnRequest req, int[] sources, int[] pidOut) {
        try (Arena arena = Arena.ofConfined()) {
            return withSpawnSetup(arena, sources, req.cwd(), req.detached(), (fa, attr) -> {
                MemorySegment pid = arena.allocate(JAVA_INT);
                MemorySegment argv = cStrings(arena, args);
                MemorySegment envp = req.env() == null ? Libc.environ() : cStrings(arena, req.env());
                int r = (int) Libc.Spawn.SPAWN.invokeExact(pid, arena.allocateFrom(path), fa, attr, argv, envp);
                if (r != 0) return -r;
                pidOut[0] = pid.get(JAVA_INT, 0);
                return 0;
            });
        }
    }

    /** What runs with a spawn's file actions and attributes: 0 or -errno. */
    interface SpawnAction {
        int run(MemorySegment fileActions, MemorySegment attributes) throws Throwable;
    }

    /**
     * Builds the file actions (child fd i = sources[i], or closed when negative; everything above closed; cwd) and
     * attributes (empty signal mask, every signal at its default, setsid when detached) of a spawn, runs
     * {@code action} with them and destroys them. 0 or -errno. {@link NativeWarmUp} runs it without spawning.
     */
    static int withSpawnSetup(Arena arena, int[] sources, String cwd, boolean detached, SpawnAction action) {
        try {
            MemorySegment fa = arena.allocate(Platform.SPAWN_FILE_ACTIONS_SIZE, 16);
            MemorySegment attr = arena.allocate(Platform.SPAWNATTR_SIZE, 16);
            MemorySegment sigs = arena.allocate(Platform.SIGSET_SIZE, 16);
            int r = (int) Libc.Spawn.FA_INIT.invokeExact(fa);
            if (r != 0) return -r;
            r = (int) Libc.Spawn.ATTR_INIT.invokeExact(attr);
            if (r != 0) { int ignored = (int) Libc.Spawn.FA_DESTROY.invokeExact(fa); return -r; }
            try {
                int n = sources.length;
                // glibc checks fd numbers here (EBADF beyond RLIMIT_NOFILE); an unopened fd fails in the child.
                for (int i = 0; i < n && r == 0; i++) {
                    if (sources[i] >= 0) r = (int) Libc.Spawn.FA_DUP2.invokeExact(fa, sources[i], i);
                }
                for (int i = 0; i < n && r == 0; i++) {
                    if (sources[i] < 0) r = (int) Libc.Spawn.FA_CLOSE.invokeExact(fa, i);
                }
                if (r == 0) r = (int) Libc.Spawn.FA_CLOSEFROM.invokeExact(fa, n);
                if (r == 0 && cwd != null) r = (int) Libc.Spawn.FA_CHDIR.invokeExact(fa, arena.allocateFrom(cwd));
                if (r != 0) return -r;
                short flags = (short) (Platform.POSIX_SPAWN_SETSIGMASK | Platform.POSIX_SPAWN_SETSIGDEF
                        | (detached ? Platform.POSIX_SPAWN_SETSID : 0));
                r |= (int) Libc.Spawn.ATTR_SETFLAGS.invokeExact(attr, flags);
                r |= (int) Libc.Spawn.SIGEMPTYSET.invokeExact(sigs);
                r |= (int) Libc.Spawn.ATTR_SETSIGMASK.invokeExact(attr, sigs);
                r |= (int) Libc.Spawn.SIGFILLSET.invokeExact(sigs);
                // sigfillset leaves out glibc's internal signals 32 and 33; reset them too in case they are ignored.
                sigs.set(JAVA_LONG, 0, sigs.get(JAVA_LONG, 0) | (3L << 31));
                r |= (int) Libc.Spawn.ATTR_SETSIGDEFAULT.invokeExact(attr, sigs);
                if (r != 0) return -Errno.EINVAL;
                return action.run(fa, attr);
            } finally {
                int ignored = (int) Libc.Spawn.ATTR_DESTROY.invokeExact(attr);
                ignored = (int) Libc.Spawn.FA_DESTROY.invokeExact(fa);
            }
        } catch (Throwable t) {
            throw Native.bug(t);
        }
    }

    /** A NULL-terminated char*[]; E2BIG is left to the kernel, as in Node. */
    private static MemorySegment cStrings(Arena arena, List<String> strings) {
        MemorySegment array = arena.allocate(ADDRESS, strings.size() + 1L);
        for (int i = 0; i < strings.size(); i++) array.setAtIndex(ADDRESS, i, arena.allocateFrom(strings.get(i)));
        array.setAtIndex(ADDRESS, strings.size(), MemorySegment.NULL);
        return array;
    }
}
