package gnode.runtime;

import org.graalvm.polyglot.Value;

/**
 * The JS side of gnode's ES module loader ({@code internal/modules/esm/host}), as the module file system sees it.
 * GraalJS asks the file system for paths and bytes; Node's resolution and format rules answer from JS. Installed
 * per JS thread the first time a program uses ES modules, so a CommonJS-only program never builds it.
 */
public final class EsmHost {
    private static final ThreadLocal<EsmHost> CURRENT = new ThreadLocal<>();

    private final Value host;

    private EsmHost(Value host) {
        this.host = host;
    }

    /** Called from JS on the JS thread (the thread GraalJS later calls the file system on). */
    public static void install(Value host) {
        CURRENT.set(new EsmHost(host));
    }

    static EsmHost current() {
        return CURRENT.get();
    }

    /** Absolute path (real or {@link EsmPaths#VIRTUAL_ROOT virtual}) a bare or non-file URL specifier names. */
    String resolve(String specifier, String referrer) {
        return host.invokeMember("resolve", specifier, referrer).asString();
    }

    /** The MIME type GraalJS parses {@code path} as (JSON or JavaScript module). */
    String mimeType(String path, String referrer) {
        return host.invokeMember("mimeType", path, referrer).asString();
    }

    /** The module text GraalJS parses for {@code path}: the file itself, or a generated facade. */
    String load(String path, String referrer) {
        return host.invokeMember("load", path, referrer).asString();
    }
}
