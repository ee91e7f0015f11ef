package gnode.natives;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Linux errno names and numbers (asm-generic values, the same on x86_64 and aarch64), as Node's os.constants.errno. */
public final class Errno {
    private static final Map<String, Integer> BY_NAME = build();
    private static final Map<Integer, String> BY_NUMBER = new java.util.HashMap<>();

    static {
        // The first name wins for aliases (EAGAIN before EWOULDBLOCK, ENOTSUP before EOPNOTSUPP).
        for (Map.Entry<String, Integer> e : BY_NAME.entrySet()) BY_NUMBER.putIfAbsent(e.getValue(), e.getKey());
    }

    public static final int EPERM = 1, ENOENT = 2, ESRCH = 3, EINTR = 4, EIO = 5, EBADF = 9, ECHILD = 10, EAGAIN = 11,
            ENOMEM = 12, EACCES = 13, EEXIST = 17, ENOTDIR = 20, EISDIR = 21, EINVAL = 22, EMFILE = 24, ENOTTY = 25,
            EPIPE = 32, ERANGE = 34, ENAMETOOLONG = 36, ENOSYS = 38, ENOTEMPTY = 39, ELOOP = 40, ENOBUFS = 105,
            ECONNRESET = 104, ENOTCONN = 107, ETIMEDOUT = 110, ECANCELED = 125, E2BIG = 7, ENOEXEC = 8;

    private Errno() {}

    private static Map<String, Integer> build() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("E2BIG", 7);
        m.put("EACCES", 13);
        m.put("EADDRINUSE", 98);
        m.put("EADDRNOTAVAIL", 99);
        m.put("EAFNOSUPPORT", 97);
        m.put("EAGAIN", 11);
        m.put("EALREADY", 114);
        m.put("EBADF", 9);
        m.put("EBADMSG", 74);
        m.put("EBUSY", 16);
        m.put("ECANCELED", 125);
        m.put("ECHILD", 10);
        m.put("ECONNABORTED", 103);
        m.put("ECONNREFUSED", 111);
        m.put("ECONNRESET", 104);
        m.put("EDEADLK", 35);
        m.put("EDESTADDRREQ", 89);
        m.put("EDOM", 33);
        m.put("EDQUOT", 122);
        m.put("EEXIST", 17);
        m.put("EFAULT", 14);
        m.put("EFBIG", 27);
        m.put("EHOSTUNREACH", 113);
        m.put("EIDRM", 43);
        m.put("EILSEQ", 84);
        m.put("EINPROGRESS", 115);
        m.put("EINTR", 4);
        m.put("EINVAL", 22);
        m.put("EIO", 5);
        m.put("EISCONN", 106);
        m.put("EISDIR", 21);
        m.put("ELOOP", 40);
        m.put("EMFILE", 24);
        m.put("EMLINK", 31);
        m.put("EMSGSIZE", 90);
        m.put("EMULTIHOP", 72);
        m.put("ENAMETOOLONG", 36);
        m.put("ENETDOWN", 100);
        m.put("ENETRESET", 102);
        m.put("ENETUNREACH", 101);
        m.put("ENFILE", 23);
        m.put("ENOBUFS", 105);
        m.put("ENODATA", 61);
        m.put("ENODEV", 19);
        m.put("ENOENT", 2);
        m.put("ENOEXEC", 8);
        m.put("ENOLCK", 37);
        m.put("ENOLINK", 67);
        m.put("ENOMEM", 12);
        m.put("ENOMSG", 42);
        m.put("ENOPROTOOPT", 92);
        m.put("ENOSPC", 28);
        m.put("ENOSR", 63);
        m.put("ENOSTR", 60);
        m.put("ENOSYS", 38);
        m.put("ENOTCONN", 107);
        m.put("ENOTDIR", 20);
        m.put("ENOTEMPTY", 39);
        m.put("ENOTSOCK", 88);
        m.put("ENOTSUP", 95);
        m.put("ENOTTY", 25);
        m.put("ENXIO", 6);
        m.put("EOPNOTSUPP", 95);
        m.put("EOVERFLOW", 75);
        m.put("EPERM", 1);
        m.put("EPIPE", 32);
        m.put("EPROTO", 71);
        m.put("EPROTONOSUPPORT", 93);
        m.put("EPROTOTYPE", 91);
        m.put("ERANGE", 34);
        m.put("EROFS", 30);
        m.put("ESPIPE", 29);
        m.put("ESRCH", 3);
        m.put("ESTALE", 116);
        m.put("ETIME", 62);
        m.put("ETIMEDOUT", 110);
        m.put("ETXTBSY", 26);
        m.put("EWOULDBLOCK", 11);
        m.put("EXDEV", 18);
        return Collections.unmodifiableMap(m);
    }

    public static Map<String, Integer> byName() { return BY_NAME; }

    /** The name of an errno (sign ignored: -2 and 2 are both "ENOENT"), or null if unknown. */
    public static String name(int errno) { return BY_NUMBER.get(Math.abs(errno)); }
}
