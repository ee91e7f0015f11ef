package gnode.runtime.bindings;

import gnode.runtime.GnodeRuntime;
import org.graalvm.polyglot.Value;

/**
 * {@code internalBinding('util')}: engine facts pure JS cannot get cheaply. {@code getOwnNonIndexProperties} is
 * the one that matters: enumerating a large array's or typed array's own keys in JS creates a string per index,
 * while the polyglot API lists the non-index keys directly (the Context runs with array elements kept out of
 * member keys).
 */
public final class UtilBinding {
    private static final int ONLY_ENUMERABLE = 2;
    private static final int SKIP_STRINGS = 8;
    private static final int SKIP_SYMBOLS = 16;

    private final Value combine;

    UtilBinding(GnodeRuntime runtime) {
        // Adds the symbols (enumerable ones only, if asked) and, for non-enumerable strings, the full name list.
        this.combine = runtime.context().eval("js", "(function (o, strings, onlyEnumerable, skipStrings, skipSymbols) {"
                + "  let out = skipStrings ? [] : (strings === null"
                + "    ? Object.getOwnPropertyNames(o).filter((k) => !/^(0|[1-9][0-9]*)$/.test(k) || +k >= 4294967295)"
                + "    : Array.from(strings));"
                + "  if (!skipSymbols) for (const s of Object.getOwnPropertySymbols(o))"
                + "    if (!onlyEnumerable || Object.prototype.propertyIsEnumerable.call(o, s)) out.push(s);"
                + "  return out;"
                + "})");
    }

    /** Own property keys of {@code object} that are not array indices, filtered like V8's PropertyFilter. */
    public Value getOwnNonIndexProperties(Value object, int filter) {
        boolean onlyEnumerable = (filter & ONLY_ENUMERABLE) != 0;
        boolean skipStrings = (filter & SKIP_STRINGS) != 0;
        Object strings = onlyEnumerable && !skipStrings ? object.getMemberKeys().toArray(String[]::new) : null;
        return combine.execute(object, strings, onlyEnumerable, skipStrings, (filter & SKIP_SYMBOLS) != 0);
    }
}
