package gnode.natives;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Linux signal names and numbers (identical on x86_64 and aarch64), in the order of Node's os.constants.signals. */
public final class Signals {
    private static final Map<String, Integer> BY_NAME = build();
    private static final String[] NAMES = new String[65];

    static {
        // The first name listed wins for aliases (SIGABRT before SIGIOT, SIGIO before SIGPOLL), as in Node.
        for (Map.Entry<String, Integer> e : BY_NAME.entrySet()) {
            if (NAMES[e.getValue()] == null) NAMES[e.getValue()] = e.getKey();
        }
    }

    public static final int SIGHUP = 1, SIGINT = 2, SIGQUIT = 3, SIGKILL = 9, SIGUSR1 = 10, SIGUSR2 = 12, SIGPIPE = 13,
            SIGTERM = 15, SIGCHLD = 17, SIGCONT = 18, SIGSTOP = 19, SIGWINCH = 28;
    /** Highest valid signal number on Linux (real-time signals included). */
    public static final int MAX = 64;

    private Signals() {}

    private static Map<String, Integer> build() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("SIGHUP", 1);
        m.put("SIGINT", 2);
        m.put("SIGQUIT", 3);
        m.put("SIGILL", 4);
        m.put("SIGTRAP", 5);
        m.put("SIGABRT", 6);
        m.put("SIGIOT", 6);
        m.put("SIGBUS", 7);
        m.put("SIGFPE", 8);
        m.put("SIGKILL", 9);
        m.put("SIGUSR1", 10);
        m.put("SIGSEGV", 11);
        m.put("SIGUSR2", 12);
        m.put("SIGPIPE", 13);
        m.put("SIGALRM", 14);
        m.put("SIGTERM", 15);
        m.put("SIGCHLD", 17);
        m.put("SIGSTKFLT", 16);
        m.put("SIGCONT", 18);
        m.put("SIGSTOP", 19);
        m.put("SIGTSTP", 20);
        m.put("SIGTTIN", 21);
        m.put("SIGTTOU", 22);
        m.put("SIGURG", 23);
        m.put("SIGXCPU", 24);
        m.put("SIGXFSZ", 25);
        m.put("SIGVTALRM", 26);
        m.put("SIGPROF", 27);
        m.put("SIGWINCH", 28);
        m.put("SIGIO", 29);
        m.put("SIGPOLL", 29);
        m.put("SIGPWR", 30);
        m.put("SIGSYS", 31);
        return Collections.unmodifiableMap(m);
    }

    /** Name to number, insertion-ordered like Node's os.constants.signals. */
    public static Map<String, Integer> byName() { return BY_NAME; }

    /** The canonical name of a signal number, or null if it has none. */
    public static String name(int signo) {
        return signo > 0 && signo < NAMES.length ? NAMES[signo] : null;
    }

    /** The number of a signal name (e.g. "SIGTERM"), or -1. */
    public static int number(String name) {
        Integer n = BY_NAME.get(name);
        return n == null ? -1 : n;
    }

    /** 0 (the existence check) through 64 are signals the kernel accepts. */
    public static boolean isValid(int signo) { return signo >= 0 && signo <= MAX; }
}
