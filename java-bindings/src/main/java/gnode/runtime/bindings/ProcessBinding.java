package gnode.runtime.bindings;

import gnode.runtime.GnodeRuntime;
import gnode.runtime.RuntimeOptions;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import gnode.natives.Posix;

/** Process-wide facts and controls behind the JS {@code process} object. */
public final class ProcessBinding {
    private final GnodeRuntime runtime;
    private final RuntimeOptions options;
    private final IntConsumer exitHook;

    ProcessBinding(GnodeRuntime runtime, IntConsumer exitHook) {
        this.runtime = runtime;
        this.options = runtime.options();
        this.exitHook = exitHook;
    }

    public String execPath() {
        return options.execPath();
    }

    public String argv0() {
        return options.argv0();
    }

    public String[] execArgv() {
        return options.execArgv().toArray(String[]::new);
    }

    public String mainKind() {
        return options.mainKind();
    }

    public String main() {
        return options.main();
    }

    public String[] args() {
        return options.args().toArray(String[]::new);
    }

    /** A Node option's value ("no-warnings" → true, "stack-trace-limit" → "20"), or null when not given. */
    public Object flag(String name) {
        return options.flags().get(name);
    }

    /** The initial environment as alternating keys and values. */
    public String[] env() {
        List<String> flat = new ArrayList<>(options.env().size() * 2);
        for (Map.Entry<String, String> e : options.env().entrySet()) {
            flat.add(e.getKey());
            flat.add(e.getValue());
        }
        return flat.toArray(String[]::new);
    }

    public String arch() {
        String arch = System.getProperty("os.arch");
        return switch (arch) {
            case "amd64", "x86_64" -> "x64";
            case "aarch64" -> "arm64";
            default -> arch;
        };
    }

    public double hrtimeNanos() {
        return System.nanoTime();
    }

    public long hrtimeBigint() {
        return System.nanoTime();
    }

    public double uptimeMs() {
        return ManagementFactory.getRuntimeMXBean().getUptime();
    }

    /** [rss, heapTotal, heapUsed, external, arrayBuffers] in bytes. */
    public double[] memoryUsage() {
        Runtime rt = Runtime.getRuntime();
        double heapTotal = rt.totalMemory();
        double heapUsed = heapTotal - rt.freeMemory();
        return new double[] {rss(), heapTotal, heapUsed, 0, 0};
    }

    public double rss() {
        try {
            String statm = Files.readString(Path.of("/proc/self/statm"));
            String[] parts = statm.trim().split(" ");
            return Double.parseDouble(parts[1]) * 4096;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    public double availableMemory() {
        return Runtime.getRuntime().maxMemory();
    }

    /** [user, system] CPU time of the process in microseconds, from /proc/self/stat. */
    public double[] cpuUsage() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // Fields 14 and 15 (utime, stime) are at 11 and 12 after the command name; clock ticks are 100 Hz.
            return new double[] {Double.parseDouble(f[11]) * 10_000, Double.parseDouble(f[12]) * 10_000};
        } catch (IOException | RuntimeException e) {
            return new double[] {0, 0};
        }
    }

    public double pid() {
        return Posix.getpid();
    }

    public double ppid() {
        return Posix.getppid();
    }

    /** The working directory (the OS one: chdir is real, children inherit it). */
    public String cwd() {
        return Posix.getcwd().value();
    }

    /** Changes the working directory; 0 or -errno. */
    public int chdir(String absolutePath) {
        return Posix.chdir(absolutePath);
    }

    /** Sets the mask and returns the old one; with a negative argument only reads it. */
    public int umask(int mask) {
        return mask < 0 ? Posix.umask() : Posix.umask(mask);
    }

    /** [uid, gid, euid, egid]. */
    public int[] ids() {
        return new int[] {Posix.getuid(), Posix.getgid(), Posix.geteuid(), Posix.getegid()};
    }

    /** Ends the process now; the launcher's hook does not return. */
    public void reallyExit(int code) {
        exitHook.accept(code);
        runtime.loop().stop();
        throw new gnode.runtime.ExitRequest(code);
    }
}
