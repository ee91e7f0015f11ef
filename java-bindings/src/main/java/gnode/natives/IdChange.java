package gnode.natives;

import java.util.ArrayList;
import java.util.List;

/**
 * uid/gid for a child. posix_spawn cannot change ids, and forking the JVM to call setuid is unsafe, so:
 * the permission check is done here, before spawning, with the kernel's rule (without privilege a process may only
 * "change" to its own real/effective id) and reports -EPERM synchronously as Node does; when the ids really change
 * (we are privileged), the child is started through util-linux {@code setpriv}, which sets gid, clears the
 * supplementary groups and sets uid before exec, as libuv does. Cost: one extra exec (about +1.3 ms).
 * Limits: argv[0] becomes the resolved file path; an exec failure after the switch is exit code 127, not an errno.
 */
final class IdChange {
    private IdChange() {}

    /** 0 = nothing to change, 1 = change needed and permitted, -EPERM = not permitted. */
    static int check(int uid, int gid) {
        boolean privileged = Posix.geteuid() == 0;
        boolean uidChanges = uid >= 0 && (uid != Posix.getuid() || uid != Posix.geteuid());
        boolean gidChanges = gid >= 0 && (gid != Posix.getgid() || gid != Posix.getegid());
        if (!uidChanges && !gidChanges) return 0;
        if (!privileged) {
            boolean uidOk = uid < 0 || uid == Posix.getuid() || uid == Posix.geteuid();
            boolean gidOk = gid < 0 || gid == Posix.getgid() || gid == Posix.getegid();
            return uidOk && gidOk ? 0 : -Errno.EPERM;
        }
        return 1;
    }

    static List<String> setprivArgs(int uid, int gid) {
        List<String> a = new ArrayList<>();
        a.add("setpriv");
        if (gid >= 0) a.add("--regid=" + gid);
        if (uid >= 0) a.add("--reuid=" + uid);
        a.add("--clear-groups");
        a.add("--");
        return a;
    }
}
