package gnode.runtime;

import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.SourceSection;

/**
 * Where a JS exception was thrown, as Node prints it above an uncaught error: file, line, column and the text of
 * that line. GraalJS knows the throw statement for thrown primitives; for Error objects it knows where they were
 * created, which for the common {@code throw new X(...)} is the same line.
 */
record ThrowSite(String file, int line, int column, String lineText) {
    private static final ThrowSite UNKNOWN = new ThrowSite(null, 0, 0, null);

    static ThrowSite of(PolyglotException e) {
        SourceSection at = e.getSourceLocation();
        boolean creationSite = false;
        if (at == null) {
            for (PolyglotException.StackFrame frame : e.getPolyglotStackTrace()) {
                if (frame.isGuestFrame() && frame.getSourceLocation() != null) {
                    at = frame.getSourceLocation();
                    creationSite = true;
                    break;
                }
            }
        }
        if (at == null || !at.isAvailable()) {
            return UNKNOWN;
        }
        int line = at.getStartLine();
        int column = at.getStartColumn();
        String lineText = at.getSource().getCharacters(line).toString();
        if (line == 1 && lineText.startsWith(GnodeRuntime.WRAPPER_PREFIX_MARK)) {
            // The CommonJS wrapper shares line 1: show the user's text, columns as the user wrote them.
            int body = lineText.indexOf(GnodeRuntime.WRAPPER_BODY_MARK) + GnodeRuntime.WRAPPER_BODY_MARK.length();
            lineText = lineText.substring(body);
            column = Math.max(1, column - body);
        }
        if (creationSite) {
            int throwAt = lineText.lastIndexOf("throw ", Math.max(0, column - 1));
            if (throwAt >= 0 && lineText.substring(throwAt + 6, Math.min(lineText.length(), column - 1)).isBlank()) {
                column = throwAt + 1;
            }
        }
        return new ThrowSite(at.getSource().getName(), line, column, lineText);
    }
}
