'use strict';

// Linux (x86_64 and aarch64 share errno numbers) errno names, numbers and libuv's messages.
// Kept as one string and parsed on first use, so loading this file costs almost nothing.
const TABLE =
  'EPERM 1 operation not permitted\n' +
  'ENOENT 2 no such file or directory\n' +
  'ESRCH 3 no such process\n' +
  'EINTR 4 interrupted system call\n' +
  'EIO 5 i/o error\n' +
  'ENXIO 6 no such device or address\n' +
  'E2BIG 7 argument list too long\n' +
  'EBADF 9 bad file descriptor\n' +
  'EAGAIN 11 resource temporarily unavailable\n' +
  'ENOMEM 12 not enough memory\n' +
  'EACCES 13 permission denied\n' +
  'EFAULT 14 bad address in system call argument\n' +
  'EBUSY 16 resource busy or locked\n' +
  'EEXIST 17 file already exists\n' +
  'EXDEV 18 cross-device link not permitted\n' +
  'ENODEV 19 no such device\n' +
  'ENOTDIR 20 not a directory\n' +
  'EISDIR 21 illegal operation on a directory\n' +
  'EINVAL 22 invalid argument\n' +
  'ENFILE 23 file table overflow\n' +
  'EMFILE 24 too many open files\n' +
  'ENOTTY 25 inappropriate ioctl for device\n' +
  'ETXTBSY 26 text file is busy\n' +
  'EFBIG 27 file too large\n' +
  'ENOSPC 28 no space left on device\n' +
  'ESPIPE 29 invalid seek\n' +
  'EROFS 30 read-only file system\n' +
  'EMLINK 31 too many links\n' +
  'EPIPE 32 broken pipe\n' +
  'ERANGE 34 result too large\n' +
  'ENAMETOOLONG 36 name too long\n' +
  'ENOSYS 38 function not implemented\n' +
  'ENOTEMPTY 39 directory not empty\n' +
  'ELOOP 40 too many symbolic links encountered\n' +
  'EUNATCH 49 protocol driver not attached\n' +
  'ENODATA 61 no data available\n' +
  'ENONET 64 machine is not on the network\n' +
  'EPROTO 71 protocol error\n' +
  'EOVERFLOW 75 value too large for defined data type\n' +
  'EILSEQ 84 illegal byte sequence\n' +
  'ENOTSOCK 88 socket operation on non-socket\n' +
  'EDESTADDRREQ 89 destination address required\n' +
  'EMSGSIZE 90 message too long\n' +
  'EPROTOTYPE 91 protocol wrong type for socket\n' +
  'ENOPROTOOPT 92 protocol not available\n' +
  'EPROTONOSUPPORT 93 protocol not supported\n' +
  'ESOCKTNOSUPPORT 94 socket type not supported\n' +
  'ENOTSUP 95 operation not supported on socket\n' +
  'EAFNOSUPPORT 97 address family not supported\n' +
  'EADDRINUSE 98 address already in use\n' +
  'EADDRNOTAVAIL 99 address not available\n' +
  'ENETDOWN 100 network is down\n' +
  'ENETUNREACH 101 network is unreachable\n' +
  'ECONNABORTED 103 software caused connection abort\n' +
  'ECONNRESET 104 connection reset by peer\n' +
  'ENOBUFS 105 no buffer space available\n' +
  'EISCONN 106 socket is already connected\n' +
  'ENOTCONN 107 socket is not connected\n' +
  'ESHUTDOWN 108 cannot send after transport endpoint shutdown\n' +
  'ETIMEDOUT 110 connection timed out\n' +
  'ECONNREFUSED 111 connection refused\n' +
  'EHOSTDOWN 112 host is down\n' +
  'EHOSTUNREACH 113 host is unreachable\n' +
  'EALREADY 114 connection already in progress\n' +
  'EREMOTEIO 121 remote I/O error\n' +
  'ECANCELED 125 operation canceled\n' +
  'EAI_ADDRFAMILY 3000 address family not supported\n' +
  'EAI_AGAIN 3001 temporary failure\n' +
  'EAI_BADFLAGS 3002 bad ai_flags value\n' +
  'EAI_CANCELED 3003 request canceled\n' +
  'EAI_FAIL 3004 permanent failure\n' +
  'EAI_FAMILY 3005 ai_family not supported\n' +
  'EAI_MEMORY 3006 out of memory\n' +
  'EAI_NODATA 3007 no address\n' +
  'EAI_NONAME 3008 unknown node or service\n' +
  'EAI_OVERFLOW 3009 argument buffer overflow\n' +
  'EAI_SERVICE 3010 service not available for socket type\n' +
  'EAI_SOCKTYPE 3011 socket type not supported\n' +
  'EAI_BADHINTS 3013 invalid value for hints\n' +
  'EAI_PROTOCOL 3014 resolved protocol is unknown\n' +
  'EFTYPE 4028 inappropriate file type or format\n' +
  'ECHARSET 4080 invalid Unicode character\n' +
  'UNKNOWN 4094 unknown error\n' +
  'EOF 4095 end of file\n' +
  '';

let byNumber;   // Map<negative errno, [name, message]>
let byName;     // Map<name, negative errno>

function parse() {
  byNumber = new Map();
  byName = new Map();
  for (const line of TABLE.split('\n')) {
    if (line === '') continue;
    const first = line.indexOf(' ');
    const second = line.indexOf(' ', first + 1);
    const name = line.slice(0, first);
    const errno = -Number(line.slice(first + 1, second));
    byNumber.set(errno, [name, line.slice(second + 1)]);
    byName.set(name, errno);
  }
}

/** Map<negative errno, [name, message]>, like util.getSystemErrorMap() (a fresh copy). */
function errorMap() {
  if (byNumber === undefined) parse();
  return new Map(byNumber);
}

/** [name, message] for a negative errno, or undefined. */
function lookup(errno) {
  if (byNumber === undefined) parse();
  return byNumber.get(errno);
}

/** Negative errno for a name like 'ENOENT', or undefined. */
function errnoOf(name) {
  if (byName === undefined) parse();
  return byName.get(name);
}

module.exports = { errorMap, lookup, errnoOf };
