package gnode.runtime.bindings;

import gnode.runtime.GnodeRuntime;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * The module loader's host: file probes, source text and compilation. Resolution rules (Node's) are in JS;
 * every path given here is absolute.
 */
public final class ModulesBinding {
    /** WebJars js-lib builds on, pinned in js-lib/pom.xml; {@code vendor:<name>/<file>} reads from them. */
    private static final Map<String, String> VENDOR_VERSIONS = Map.of(
            "readable-stream", "4.7.0",
            "events", "3.3.0",
            "buffer", "6.0.3",
            "string_decoder", "1.3.0",
            "path-browserify", "1.0.1",
            "base64-js", "1.5.1",
            "ieee754", "1.2.1");

    private final GnodeRuntime runtime;

    ModulesBinding(GnodeRuntime runtime) {
        this.runtime = runtime;
    }

    /** 0 for a file, 1 for a directory, -2 (ENOENT) when there is nothing. Follows symlinks, like Node's. */
    public int stat(String path) {
        try {
            BasicFileAttributes attrs = Files.readAttributes(Path.of(path), BasicFileAttributes.class);
            return attrs.isDirectory() ? 1 : 0;
        } catch (IOException | RuntimeException e) {
            return -2;
        }
    }

    /** The file's text (UTF-8), or null when it cannot be read. */
    public String readFile(String path) {
        try {
            return Files.readString(Path.of(path), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            try {
                // Not valid UTF-8: decode leniently, as Node does.
                return new String(Files.readAllBytes(Path.of(path)), StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException again) {
                return null;
            }
        }
    }

    /** The canonical path (symlinks resolved), or null when it does not exist. */
    public String realpath(String path) {
        try {
            return Path.of(path).toRealPath().toString();
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Source of a js-lib file ({@code internal/errors}, {@code node/fs}), or null. */
    public String builtinSource(String id) {
        return GnodeRuntime.resourceOrNull("gnode/lib/" + id + ".js");
    }

    /**
     * Where the build put vendor files already through js-lib's load-time edits (internal/bootstrap/vendor_patches),
     * as {@code <dir>/<pkg>/<file>} (remade with every build); editing a large source costs 10-20 ms in the
     * interpreter.
     */
    private static final String PATCHED_VENDOR_DIR = System.getProperty("gnode.vendor.dir");

    /** Source of a file inside a pinned WebJar (the build's edited copy where there is one), or null. */
    public String vendorSource(String pkg, String file) {
        if (PATCHED_VENDOR_DIR != null && VENDOR_VERSIONS.containsKey(pkg)) {
            try {
                return Files.readString(Path.of(PATCHED_VENDOR_DIR, pkg, file), StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                // Not edited: the jar's copy.
            }
        }
        return rawVendorSource(pkg, file);
    }

    /** The WebJar's own text of a vendor file, or null (the build's edit step reads this). */
    public String rawVendorSource(String pkg, String file) {
        String version = VENDOR_VERSIONS.get(pkg);
        return version == null ? null
                : GnodeRuntime.resourceOrNull("META-INF/resources/webjars/" + pkg + "/" + version + "/" + file);
    }

    /**
     * Compiles {@code source} as the body of a function with the given parameters, named {@code filename} in
     * stack traces. The wrapper shares the first line with the source so line numbers stay right.
     */
    public Value compileFunction(String source, String filename, String params) {
        String wrapped = "(function (" + params + ") {" + source + "\n})";
        return runtime.context().eval(sourceAt(wrapped, filename, null));
    }

    /** Evaluates code as a classic script in the global scope and returns its completion value (-e, -p). */
    public Value evalScript(String code, String name) {
        return runtime.context().eval(Source.newBuilder("js", code, name).buildLiteral());
    }

    /**
     * A classic-script Source named {@code name}; with an absolute {@code filename} it also carries that path, so
     * GraalJS resolves {@code import()} in it against the file (as Node does) instead of the working directory.
     */
    private static Source sourceAt(String code, String filename, String mimeType) {
        Source.Builder builder = filename.startsWith("/")
                ? Source.newBuilder("js", new java.io.File(filename)).content(code).name(filename)
                : Source.newBuilder("js", code, filename);
        if (mimeType != null) {
            builder.mimeType(mimeType);
        }
        return build(builder);
    }

    /** Builds a Source whose content is given (no file is read, so no I/O error can occur). */
    private static Source build(Source.Builder builder) {
        try {
            return builder.build();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Lets ES module loading ask JS (Node's resolution and formats); see {@code gnode.runtime.EsmHost}. */
    public void esmInstall(Value host) {
        gnode.runtime.EsmHost.install(host);
    }

    /** Evaluates {@code code} as an ES module standing for the file {@code path} (its import.meta.url). */
    public Value evalModuleAt(String code, String path) {
        Source.Builder builder = Source.newBuilder("js", new java.io.File(path)).content(code)
                .mimeType("application/javascript+module");
        return runtime.context().eval(build(builder));
    }

    /** Evaluates an ES module file and returns its namespace (evaluation may be pending under top-level await). */
    public Value evalModule(String path) throws IOException {
        Source src = Source.newBuilder("js", Path.of(path).toFile())
                .mimeType("application/javascript+module")
                .build();
        return runtime.context().eval(src);
    }

}
