package gnode.natives;

/** What one child fd is connected to. A null or missing entry in {@link SpawnRequest#stdio()} = closed in the child. */
public sealed interface StdioSpec {
    /** /dev/null opened read-write. */
    record Ignore() implements StdioSpec {}

    /** The parent's fd {@code parentFd}, shared with the child. */
    record Inherit(int parentFd) implements StdioSpec {}

    /** A new socketpair; the parent keeps one end (non-blocking) as a {@link StreamHandle}. The flags are informative. */
    record Pipe(boolean readable, boolean writable) implements StdioSpec {}

    StdioSpec IGNORE = new Ignore();
    StdioSpec PIPE = new Pipe(true, true);

    static StdioSpec inherit(int parentFd) { return new Inherit(parentFd); }
}
