package gnode.runtime;

/** The path names gnode's ES module loader serves without a file behind them (built-ins, facades, errors). */
final class EsmPaths {
    /** No real directory is named like this: ':' makes it an unlikely name and nothing is created there. */
    static final String VIRTUAL_ROOT = "/gnode:esm/";

    private EsmPaths() {
    }

    static boolean isVirtual(String path) {
        return path.startsWith(VIRTUAL_ROOT);
    }

    /**
     * A specifier GraalJS hands to the file system unresolved: not a path ('/x', './x', '../x'). Node resolves
     * these as packages, built-ins or '#imports'.
     */
    static boolean isBare(String specifier) {
        return !specifier.isEmpty() && !specifier.startsWith("/") && !specifier.startsWith("./")
                && !specifier.startsWith("../") && !specifier.equals(".") && !specifier.equals("..");
    }
}
