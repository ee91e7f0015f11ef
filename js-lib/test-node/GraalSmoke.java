import org.graalvm.polyglot.*;
import java.nio.file.*;
import java.util.function.*;

/**
 * Replays engine-cases.js on GraalJS (same context options as the gnode runtime that matter here).
 *   node js-lib/test-node/graal-smoke.js > /tmp/smoke.js
 *   java -cp 'java-bindings/target/lib/*' js-lib/test-node/GraalSmoke.java js-lib/lib /tmp/smoke.js
 * Prints "ALL n CASES PASS" or the differing cases.
 */
public class GraalSmoke {
  public static void main(String[] args) throws Exception {
    String lib = args[0];
    String script = Files.readString(Path.of(args[1]));
    try (Context ctx = Context.newBuilder("js").allowAllAccess(true).allowExperimentalOptions(true).option("js.stack-trace-api", "true").option("js.text-encoding", "true").option("js.new-set-methods", "true").option("js.iterator-helpers", "true").build()) {
      Function<String, Object> compile = (file) -> {
        try {
          String src = "(function (exports, require, module, __filename, __dirname, internalBinding) { " + Files.readString(Path.of(file)) + "\n})";
          return ctx.eval(Source.newBuilder("js", src, file).build());
        } catch (Exception e) { throw new RuntimeException(e); }
      };
      Function<String, Boolean> exists = (file) -> Files.exists(Path.of(file));
      ctx.getBindings("js").putMember("compile", compile);
      ctx.getBindings("js").putMember("exists", exists);
      ctx.getBindings("js").putMember("LIB", lib);
      Value result = ctx.eval(Source.newBuilder("js", script, "smoke.js").build());
      System.out.println(result.asString());
    }
  }
}
