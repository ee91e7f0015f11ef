package gnode.runtime;

/**
 * Thrown on the JS thread when JS asks the process to end ({@code process.reallyExit}). It unwinds through the
 * polyglot call into Java; the runtime turns it into its exit code.
 */
public final class ExitRequest extends RuntimeException {
    private final int code;

    public ExitRequest(int code) {
        super("process exit " + code, null, false, false);
        this.code = code;
    }

    public int code() {
        return code;
    }
}
