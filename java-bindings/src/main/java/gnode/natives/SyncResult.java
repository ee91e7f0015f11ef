package gnode.natives;

/**
 * Outcome of {@link SpawnSync#run}. errno is 0 or the -errno of a failed spawn (then nothing ran). exitCode is -1 when
 * the child died by a signal (termSignal, else 0). output[i] holds the bytes of child fd i when it was a pipe, else
 * null. maxBufferFd is the child fd whose output exceeded maxBuffer (-1 if none).
 */
public record SyncResult(int pid, int errno, int exitCode, int termSignal, byte[][] output, boolean timedOut,
                         boolean maxBufferExceeded, int maxBufferFd) {}
