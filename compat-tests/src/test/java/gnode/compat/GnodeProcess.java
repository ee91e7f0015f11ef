package gnode.compat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs {@code bin/gnode} as a user would and captures what it did. */
public final class GnodeProcess {
    /** What a run produced. */
    public record Result(int exitCode, String stdout, String stderr) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + stdout + "\n--- stderr\n" + stderr;
        }
    }

    private static final Path ROOT = findRoot();

    private GnodeProcess() {
    }

    private static Path findRoot() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("bin/gnode"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("bin/gnode not found above " + System.getProperty("user.dir"));
        }
        return dir;
    }

    public static Path root() {
        return ROOT;
    }

    public static Path gnode() {
        return ROOT.resolve("bin/gnode");
    }

    /** A test resource directory of compat-tests, e.g. {@code fixture("runtime")}. */
    public static Path fixture(String name) {
        return ROOT.resolve("compat-tests/src/test/resources").resolve(name);
    }

    public static Result run(String... args) {
        return run(null, null, Map.of(), args);
    }

    public static Result runIn(Path cwd, String... args) {
        return run(cwd, null, Map.of(), args);
    }

    public static Result run(Path cwd, String stdin, Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>();
        command.add(gnode().toString());
        command.addAll(List.of(args));
        return exec(command, cwd, stdin, env);
    }

    /** Runs any command (e.g. a shell line that pipes into gnode). */
    public static Result exec(List<String> command, Path cwd, String stdin, Map<String, String> env) {
        ProcessBuilder pb = new ProcessBuilder(command);
        if (cwd != null) {
            pb.directory(cwd.toFile());
        }
        pb.environment().remove("NODE_OPTIONS");
        pb.environment().putAll(env);
        try {
            Process p = pb.start();
            CompletableFuture<String> out = readAsync(p.getInputStream());
            CompletableFuture<String> err = readAsync(p.getErrorStream());
            if (stdin != null) {
                p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
            }
            p.getOutputStream().close();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + command);
            }
            return new Result(p.exitValue(), out.join(), err.join());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static CompletableFuture<String> readAsync(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "<read error " + e + ">";
            }
        });
    }
}
