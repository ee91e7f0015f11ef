package gnode.natives;

import java.lang.foreign.MemoryLayout;
import java.lang.foreign.StructLayout;

import static java.lang.foreign.MemoryLayout.paddingLayout;
import static java.lang.foreign.MemoryLayout.structLayout;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED;

/**
 * Everything that differs between the supported platforms (Linux x86_64 and aarch64): struct layouts, open(2)
 * flags, syscall numbers. Kept in one place so a port touches one file.
 */
public final class Platform {
    public enum Arch { X86_64, AARCH64, UNSUPPORTED }

    public static final Arch ARCH = detect();
    public static final boolean SUPPORTED = ARCH != Arch.UNSUPPORTED;

    private Platform() {}

    private static Arch detect() {
        if (!System.getProperty("os.name", "").equals("Linux")) return Arch.UNSUPPORTED;
        return switch (System.getProperty("os.arch", "")) {
            case "amd64", "x86_64" -> Arch.X86_64;
            case "aarch64", "arm64" -> Arch.AARCH64;
            default -> Arch.UNSUPPORTED;
        };
    }

    /** Throws a clear error on a platform the native layer does not support. */
    public static void requireSupported() {
        if (!SUPPORTED) {
            throw new UnsupportedOperationException("gnode's native process layer supports Linux x86_64 and aarch64 only; "
                    + "this is " + System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        }
    }

    static boolean x86() { return ARCH == Arch.X86_64; }

    // ---- struct epoll_event: packed (12 bytes) on x86_64, naturally aligned (16 bytes) elsewhere ----
    public static final StructLayout EPOLL_EVENT = x86()
            ? structLayout(JAVA_INT.withName("events"), JAVA_LONG_UNALIGNED.withName("data"))
            : structLayout(JAVA_INT.withName("events"), paddingLayout(4), JAVA_LONG.withName("data"));
    public static final long EPOLL_EVENT_DATA = EPOLL_EVENT.byteOffset(MemoryLayout.PathElement.groupElement("data"));

    // ---- struct statx: the same on every Linux arch (that is why we use statx rather than stat) ----
    public static final long STATX_SIZE = 256;
    public static final long STX_MASK = 0, STX_BLKSIZE = 4, STX_NLINK = 16, STX_UID = 20, STX_GID = 24, STX_MODE = 28,
            STX_INO = 32, STX_SIZE = 40, STX_BLOCKS = 48, STX_ATIME = 64, STX_BTIME = 80, STX_CTIME = 96,
            STX_MTIME = 112, STX_RDEV_MAJOR = 128, STX_RDEV_MINOR = 132, STX_DEV_MAJOR = 136, STX_DEV_MINOR = 140;
    /** statx_timestamp: { s64 tv_sec; u32 tv_nsec; s32 reserved }. */
    public static final long STX_TS_NSEC = 8;

    // ---- struct dirent64 (linux_dirent64), same on every arch ----
    public static final long DIRENT_RECLEN = 16, DIRENT_TYPE = 18, DIRENT_NAME = 19;

    // ---- struct passwd (LP64 glibc) ----
    public static final long PW_NAME = 0, PW_UID = 16, PW_GID = 20, PW_GECOS = 24, PW_DIR = 32, PW_SHELL = 40, PASSWD_SIZE = 48;

    // ---- struct utsname: 6 fields of 65 chars ----
    public static final int UTSNAME_FIELD = 65, UTSNAME_SIZE = 6 * 65;

    // ---- struct winsize: unsigned short ws_row, ws_col, ws_xpixel, ws_ypixel ----
    public static final int TIOCGWINSZ = 0x5413;

    // ---- opaque glibc types, sized generously (glibc: file_actions 80, attr 336, sigset 128 bytes) ----
    public static final long SPAWN_FILE_ACTIONS_SIZE = 128, SPAWNATTR_SIZE = 512, SIGSET_SIZE = 128;

    // ---- open(2) flags: O_DIRECTORY, O_NOFOLLOW, O_DIRECT, O_LARGEFILE differ on aarch64 ----
    public static final int O_RDONLY = 0, O_WRONLY = 1, O_RDWR = 2, O_CREAT = 0100, O_EXCL = 0200, O_NOCTTY = 0400,
            O_TRUNC = 01000, O_APPEND = 02000, O_NONBLOCK = 04000, O_DSYNC = 010000, O_SYNC = 04010000,
            O_NOATIME = 01000000, O_CLOEXEC = 02000000, O_PATH = 010000000;
    public static final int O_DIRECTORY = x86() ? 0200000 : 040000;
    public static final int O_NOFOLLOW = x86() ? 0400000 : 0100000;
    public static final int O_DIRECT = x86() ? 040000 : 0200000;

    // ---- syscall numbers (the "new" syscalls share numbers across arches) ----
    public static final long SYS_PIDFD_SEND_SIGNAL = 424, SYS_PIDFD_OPEN = 434;

    // ---- misc constants (asm-generic values, identical on both arches) ----
    public static final int AF_UNIX = 1, SOCK_STREAM = 1, SOCK_NONBLOCK = O_NONBLOCK, SOCK_CLOEXEC = O_CLOEXEC;
    public static final int SHUT_WR = 1;
    public static final int F_DUPFD_CLOEXEC = 1030, F_GETFL = 3, F_SETFL = 4, F_GETFD = 1, F_SETFD = 2;
    public static final int EPOLL_CLOEXEC = O_CLOEXEC, EPOLL_CTL_ADD = 1, EPOLL_CTL_DEL = 2, EPOLL_CTL_MOD = 3;
    public static final int EPOLLIN = 0x001, EPOLLOUT = 0x004, EPOLLERR = 0x008, EPOLLHUP = 0x010, EPOLLRDHUP = 0x2000;
    public static final int EFD_CLOEXEC = O_CLOEXEC, EFD_NONBLOCK = O_NONBLOCK;
    public static final short POLLIN = 0x001, POLLOUT = 0x004, POLLERR = 0x008, POLLHUP = 0x010, POLLNVAL = 0x020;
    public static final int WNOHANG = 1;
    public static final short POSIX_SPAWN_SETSIGDEF = 0x04, POSIX_SPAWN_SETSIGMASK = 0x08, POSIX_SPAWN_SETSID = 0x80;
    public static final int AT_FDCWD = -100, AT_SYMLINK_NOFOLLOW = 0x100, AT_EMPTY_PATH = 0x1000;
    public static final int STATX_BASIC_STATS_AND_BTIME = 0x7ff | 0x800;
    public static final int SIG_BLOCK = 0, SIG_UNBLOCK = 1, SIG_SETMASK = 2;
    public static final int PATH_MAX = 4096;
}
