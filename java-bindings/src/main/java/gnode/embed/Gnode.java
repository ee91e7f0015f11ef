package gnode.embed;

import gnode.runtime.GnodeRuntime;
import gnode.runtime.RuntimeOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs a Node program inside a Java application on the same runtime as {@code bin/gnode}:
 *
 * <pre>{@code
 * int code = Gnode.script(Path.of("app.js")).args("a", "b").run();
 * int code = Gnode.eval("require('child_process').execSync('ls', {stdio: 'inherit'})").run();
 * }</pre>
 *
 * <p>The program runs on a thread of its own (with the large stack GraalJS needs) and {@link Builder#run} returns
 * its exit code, also when it calls {@code process.exit()}: that ends the program, not the JVM. Its stdio is this
 * process's fds 0–2, its {@code process.cwd()} and {@code process.chdir()} are this process's working directory,
 * so run one program at a time. The JVM needs {@code --enable-native-access=ALL-UNNAMED}.
 */
public final class Gnode {
    private Gnode() {
    }

    /** A script file, as {@code gnode file}. */
    public static Builder script(Path file) {
        return new Builder("file", file.toAbsolutePath().toString());
    }

    /** Code, as {@code gnode -e code}. */
    public static Builder eval(String code) {
        return new Builder("eval", Objects.requireNonNull(code));
    }

    /** What to run and with what; {@link #run} starts it. */
    public static final class Builder {
        private final String kind;
        private final String main;
        private final List<String> args = new ArrayList<>();
        private Map<String, String> env = System.getenv();
        private String execPath = System.getProperty("gnode.execPath", "gnode");
        private final Map<String, Object> flags = new LinkedHashMap<>();

        private Builder(String kind, String main) {
            this.kind = kind;
            this.main = main;
        }

        /** {@code process.argv.slice(2)}. */
        public Builder args(String... values) {
            args.addAll(List.of(values));
            return this;
        }

        /** The environment the program starts with (default: this process's). */
        public Builder env(Map<String, String> values) {
            env = new HashMap<>(values);
            return this;
        }

        /** {@code process.execPath}: an executable that starts gnode, used by {@code fork()} (default: gnode). */
        public Builder execPath(String path) {
            execPath = Objects.requireNonNull(path);
            return this;
        }

        /** A Node flag without value that gnode gives meaning to, e.g. {@code "no-warnings"}. */
        public Builder flag(String name) {
            flags.put(name, Boolean.TRUE);
            return this;
        }

        /** Runs the program to its end; returns its exit code. */
        public int run() throws InterruptedException {
            Map<String, Object> all = new LinkedHashMap<>(flags);
            all.putIfAbsent("require", "");
            all.putIfAbsent("import", "");
            RuntimeOptions options = new RuntimeOptions(execPath, execPath, List.of(), kind, main, List.copyOf(args),
                    all, env, 0);
            int[] code = {0};
            Throwable[] failure = {null};
            Thread js = new Thread(null, () -> {
                try (GnodeRuntime runtime = new GnodeRuntime(options, exit -> { })) {
                    code[0] = runtime.run();
                } catch (Throwable t) {
                    failure[0] = t;
                }
            }, "gnode-main", 64L << 20);
            js.start();
            js.join();
            if (failure[0] != null) {
                throw new IllegalStateException("gnode: the runtime failed", failure[0]);
            }
            return code[0];
        }
    }
}
