package gnode.natives;

import java.util.List;

/**
 * A validated spawn request. {@code args.get(0)} is argv[0], independent of {@code file}. {@code env} holds "K=V"
 * strings, null = inherit the current environment. {@code cwd} null = ours. {@code stdio} index = child fd.
 * {@code uid}/{@code gid} -1 = unchanged.
 */
public record SpawnRequest(String file, List<String> args, List<String> env, String cwd, List<StdioSpec> stdio,
                           boolean detached, int uid, int gid) {
    /** The usual case: no ids, not detached. */
    public static SpawnRequest of(String file, List<String> args, List<StdioSpec> stdio) {
        return new SpawnRequest(file, args, null, null, stdio, false, -1, -1);
    }
}
