'use strict';

// node:os for Linux. Facts come from /proc and /etc (read through the modules binding), the constants are Linux's
// generic numbering, which both x86_64 and aarch64 use.

const modules = internalBinding('modules');

function readProc(path) {
  return modules.readFile(path) ?? '';
}

function validateNumberArg(value, name) {
  const { validateInt32 } = require('internal/validators');
  validateInt32(value, name);
}

const signals = ({
  __proto__: null,
  SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGIOT: 6, SIGBUS: 7, SIGFPE: 8,
  SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14, SIGTERM: 15, SIGCHLD: 17,
  SIGSTKFLT: 16, SIGCONT: 18, SIGSTOP: 19, SIGTSTP: 20, SIGTTIN: 21, SIGTTOU: 22, SIGURG: 23, SIGXCPU: 24,
  SIGXFSZ: 25, SIGVTALRM: 26, SIGPROF: 27, SIGWINCH: 28, SIGIO: 29, SIGPOLL: 29, SIGPWR: 30, SIGSYS: 31,
});

const errno = ({
  __proto__: null,
  E2BIG: 7, EACCES: 13, EADDRINUSE: 98, EADDRNOTAVAIL: 99, EAFNOSUPPORT: 97, EAGAIN: 11, EALREADY: 114,
  EBADF: 9, EBADMSG: 74, EBUSY: 16, ECANCELED: 125, ECHILD: 10, ECONNABORTED: 103, ECONNREFUSED: 111,
  ECONNRESET: 104, EDEADLK: 35, EDESTADDRREQ: 89, EDOM: 33, EDQUOT: 122, EEXIST: 17, EFAULT: 14, EFBIG: 27,
  EHOSTUNREACH: 113, EIDRM: 43, EILSEQ: 84, EINPROGRESS: 115, EINTR: 4, EINVAL: 22, EIO: 5, EISCONN: 106,
  EISDIR: 21, ELOOP: 40, EMFILE: 24, EMLINK: 31, EMSGSIZE: 90, EMULTIHOP: 72, ENAMETOOLONG: 36, ENETDOWN: 100,
  ENETRESET: 102, ENETUNREACH: 101, ENFILE: 23, ENOBUFS: 105, ENODATA: 61, ENODEV: 19, ENOENT: 2, ENOEXEC: 8,
  ENOLCK: 37, ENOLINK: 67, ENOMEM: 12, ENOMSG: 42, ENOPROTOOPT: 92, ENOSPC: 28, ENOSR: 63, ENOSTR: 60,
  ENOSYS: 38, ENOTCONN: 107, ENOTDIR: 20, ENOTEMPTY: 39, ENOTSOCK: 88, ENOTSUP: 95, ENOTTY: 25, ENXIO: 6,
  EOPNOTSUPP: 95, EOVERFLOW: 75, EPERM: 1, EPIPE: 32, EPROTO: 71, EPROTONOSUPPORT: 93, EPROTOTYPE: 91,
  ERANGE: 34, EROFS: 30, ESPIPE: 29, ESRCH: 3, ESTALE: 116, ETIME: 62, ETIMEDOUT: 110, ETXTBSY: 26,
  EWOULDBLOCK: 11, EXDEV: 18,
});

const priority = ({
  __proto__: null,
  PRIORITY_LOW: 19, PRIORITY_BELOW_NORMAL: 10, PRIORITY_NORMAL: 0, PRIORITY_ABOVE_NORMAL: -7, PRIORITY_HIGH: -14,
  PRIORITY_HIGHEST: -20,
});

const dlopen = ({
  __proto__: null, RTLD_LAZY: 1, RTLD_NOW: 2, RTLD_GLOBAL: 256, RTLD_LOCAL: 0, RTLD_DEEPBIND: 8,
});

const constants = ({
  __proto__: null, UV_UDP_REUSEADDR: 4, dlopen, errno, signals, priority,
});

function firstLine(text) {
  return text.split('\n')[0].trim();
}

function hostname() {
  return firstLine(readProc('/proc/sys/kernel/hostname')) || 'localhost';
}

function release() {
  return firstLine(readProc('/proc/sys/kernel/osrelease'));
}

function version() {
  return firstLine(readProc('/proc/sys/kernel/version'));
}

function machine() {
  switch (process.arch) {
    case 'x64': return 'x86_64';
    case 'arm64': return 'aarch64';
    default: return process.arch;
  }
}

function meminfo(key) {
  const m = new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(readProc('/proc/meminfo'));
  return m ? Number(m[1]) * 1024 : 0;
}

function totalmem() {
  return meminfo('MemTotal');
}

function freemem() {
  return meminfo('MemAvailable') || meminfo('MemFree');
}

function loadavg() {
  const parts = readProc('/proc/loadavg').split(' ');
  return [Number(parts[0]) || 0, Number(parts[1]) || 0, Number(parts[2]) || 0];
}

function uptime() {
  return Number(readProc('/proc/uptime').split(' ')[0]) || 0;
}

// One entry per CPU: model and MHz from /proc/cpuinfo, times (ms) from /proc/stat's clock ticks (USER_HZ = 100).
function cpus() {
  const info = readProc('/proc/cpuinfo').split('\n\n').filter((block) => /^processor\s*:/m.test(block));
  const stat = readProc('/proc/stat').split('\n').filter((line) => /^cpu\d+ /.test(line));
  const result = [];
  for (let i = 0; i < stat.length; i++) {
    const fields = stat[i].trim().split(/\s+/).slice(1).map(Number);
    const block = info[i] ?? '';
    const model = /^model name\s*:\s*(.*)$/m.exec(block)?.[1] ?? 'unknown';
    const mhz = /^cpu MHz\s*:\s*([\d.]+)$/m.exec(block)?.[1];
    result.push({
      model,
      speed: mhz === undefined ? 0 : Math.floor(Number(mhz)),
      times: { user: fields[0] * 10, nice: fields[1] * 10, sys: fields[2] * 10, idle: fields[3] * 10, irq: fields[5] * 10 },
    });
  }
  return result;
}

// The CPUs this process may run on (its affinity mask), as libuv's uv_available_parallelism counts them.
function availableParallelism() {
  const list = /^Cpus_allowed_list:\s*(.*)$/m.exec(readProc('/proc/self/status'))?.[1];
  if (list) {
    let count = 0;
    for (const range of list.split(',')) {
      const [lo, hi] = range.split('-').map(Number);
      count += hi === undefined ? 1 : hi - lo + 1;
    }
    if (count > 0) return count;
  }
  return Math.max(1, cpus().length);
}

function tmpdir() {
  let path = process.env.TMPDIR || process.env.TMP || process.env.TEMP || '/tmp';
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path;
}

function passwdEntry(uid) {
  for (const line of readProc('/etc/passwd').split('\n')) {
    const fields = line.split(':');
    if (fields.length >= 7 && Number(fields[2]) === uid) return fields;
  }
  return undefined;
}

function homedir() {
  return process.env.HOME || passwdEntry(process.getuid())?.[5] || '/';
}

function userInfo(options = undefined) {
  const uid = process.getuid();
  const gid = process.getgid();
  const entry = passwdEntry(uid);
  if (entry === undefined) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_SYSTEM_ERROR({ errno: -2, code: 'ENOENT', message: 'no such file or directory', syscall: 'uv_os_get_passwd' });
  }
  const asBuffer = options?.encoding === 'buffer';
  const value = (s) => (asBuffer ? require('buffer').Buffer.from(s) : s);
  return {
    __proto__: null, uid, gid, username: value(entry[0]), homedir: value(entry[5]), shell: value(entry[6]),
  };
}

// Only the loopback interface is known without a native query of the interface table.
function networkInterfaces() {
  return {
    __proto__: null,
    lo: [
      { address: '127.0.0.1', netmask: '255.0.0.0', family: 'IPv4', mac: '00:00:00:00:00:00', internal: true, cidr: '127.0.0.1/8' },
      { address: '::1', netmask: 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', family: 'IPv6', mac: '00:00:00:00:00:00', internal: true, cidr: '::1/128', scopeid: 0 },
    ],
  };
}

function getPriority(pid = 0) {
  validateNumberArg(pid, 'pid');
  if (pid === 0 || pid === process.pid) {
    const stat = readProc('/proc/self/stat');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[16]) || 0; // field 19 of stat: nice
  }
  const stat = modules.readFile(`/proc/${pid}/stat`);
  if (stat == null) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_SYSTEM_ERROR({ errno: -3, code: 'ESRCH', message: 'no such process', syscall: 'uv_os_getpriority' });
  }
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]) || 0;
}

function setPriority(pid, prio) {
  if (prio === undefined) {
    prio = pid;
    pid = 0;
  }
  validateNumberArg(pid, 'pid');
  const { validateInt32 } = require('internal/validators');
  validateInt32(prio, 'priority', -20, 19);
  const { notImplemented } = require('internal/modules/builtins');
  throw notImplemented('os.setPriority');
}

module.exports = {
  arch: () => process.arch,
  availableParallelism,
  cpus,
  endianness: () => 'LE',
  freemem,
  getPriority,
  homedir,
  hostname,
  loadavg,
  networkInterfaces,
  platform: () => process.platform,
  release,
  setPriority,
  tmpdir,
  totalmem,
  type: () => 'Linux',
  userInfo,
  uptime,
  version,
  machine,
  constants,
  EOL: '\n',
  devNull: '/dev/null',
};
for (const fn of ['arch', 'availableParallelism', 'endianness', 'freemem', 'homedir', 'hostname', 'platform',
  'release', 'tmpdir', 'totalmem', 'type', 'uptime', 'version', 'machine']) {
  module.exports[fn][Symbol.toPrimitive] = () => module.exports[fn]();
}
