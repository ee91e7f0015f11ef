package gnode.natives;

/** Called on the JS thread once a spawned child has exited: its exit code, or the signal that killed it (else 0). */
@FunctionalInterface
public interface ExitCallback {
    void onExit(long exitStatus, int termSignal);
}
