'use strict';
const os = require('os');
console.log(os.EOL === '\n', os.platform(), os.type(), os.endianness(), os.devNull, `${os.type}`);
console.log(['x64', 'arm64'].includes(os.arch()), os.machine() === { x64: 'x86_64', arm64: 'aarch64' }[os.arch()]);
console.log(/^\d+\.\d+/.test(os.release()), os.version().length > 0, os.hostname().length > 0);
console.log(os.totalmem() > 0, os.freemem() > 0, os.freemem() <= os.totalmem(), os.loadavg().length, os.uptime() > 0);
console.log(os.availableParallelism() >= 1, os.cpus().length >= 1, Number.isInteger(os.uptime()) || os.uptime() > 0);
console.log(Object.keys(os.cpus()[0]), Object.keys(os.cpus()[0].times), typeof os.cpus()[0].speed);
const info = os.userInfo();
console.log(Object.getPrototypeOf(info), Object.keys(info), info.uid === process.getuid(), info.gid === process.getgid());
console.log(typeof os.homedir(), os.getPriority(), os.tmpdir() === (process.env.TMPDIR || '/tmp').replace(/(.)\/$/, '$1'));
console.log(os.constants.signals.SIGTERM, os.constants.signals.SIGKILL, os.constants.signals.SIGCHLD, os.constants.errno.ENOENT, os.constants.errno.EAGAIN);
console.log(os.constants.priority, os.constants.dlopen.RTLD_NOW, Object.isFrozen(os.constants.signals), Object.getPrototypeOf(os.constants.signals), Object.keys(os.constants));
console.log(Object.keys(os.constants.signals).length, Object.keys(os.constants.errno).length);
console.log(Object.keys(os.networkInterfaces()).includes('lo'), os.networkInterfaces().lo[0].address);
try { os.getPriority('x'); } catch (e) { console.log(e.code, e.message); }
console.log(Object.keys(os).sort().join(','));
