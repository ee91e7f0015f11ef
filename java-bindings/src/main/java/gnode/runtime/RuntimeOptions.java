package gnode.runtime;

import java.util.List;
import java.util.Map;

/**
 * Everything a runtime instance is started with. The launcher fills it from the command line; an embedder
 * builds it directly.
 *
 * @param execPath    absolute path of an executable that starts gnode ({@code process.execPath})
 * @param argv0       the original argv[0] ({@code process.argv0})
 * @param execArgv    the Node options given before the script ({@code process.execArgv})
 * @param mainKind    what to run: "file", "eval", "print", "stdin" or "none" (embedding: nothing)
 * @param main        the script path (file), the code (eval/print), or null
 * @param args        the script's arguments ({@code process.argv.slice(2)})
 * @param flags       Node options with meaning to the JS side (e.g. {@code --no-warnings} → "no-warnings"=true)
 * @param env         the environment the process starts with
 * @param stackSize   JS thread stack size in bytes, or 0 for the default
 */
public record RuntimeOptions(
        String execPath,
        String argv0,
        List<String> execArgv,
        String mainKind,
        String main,
        List<String> args,
        Map<String, Object> flags,
        Map<String, String> env,
        long stackSize) {
}
