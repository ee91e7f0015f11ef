'use strict';
const cp = require('node:child_process');
const show = (label, v) => console.log(label, JSON.stringify(v));
const r = cp.spawnSync('sh', ['-c', 'echo a; echo b >&2; exit 4']);
show('spawnSync', [r.status, r.signal, String(r.stdout), String(r.stderr), r.output.length, r.output[0], Object.keys(r), typeof r.pid]);
const r2 = cp.spawnSync('nope-cmd-gnode', ['x']);
show('spawnSync ENOENT', [r2.error.message, r2.error.code, r2.error.errno, r2.error.syscall, r2.error.path, r2.error.spawnargs, r2.status, r2.signal, r2.pid, r2.output, Object.keys(r2)]);
const r3 = cp.spawnSync('cat', { input: 'fed through stdin' });
show('input', String(r3.stdout));
const r4 = cp.spawnSync('sleep', ['5'], { timeout: 100 });
show('timeout', [r4.error.code, r4.error.message, r4.signal, r4.status]);
const r5 = cp.spawnSync('yes', { maxBuffer: 100 });
show('maxBuffer', [r5.error.code, r5.error.message, r5.stdout.length >= 100, r5.signal]);
const r6 = cp.spawnSync('sh', ['-c', 'kill -USR1 $$']);
show('signaled', [r6.status, r6.signal]);
const r7 = cp.spawnSync('echo', ['hi'], { encoding: 'utf8' });
show('encoding', [r7.stdout, r7.output]);
show('execSync', cp.execSync('echo $((6*7))').toString());
show('execSync enc', cp.execSync('echo x', { encoding: 'utf8' }));
try { cp.execSync('echo out; echo oops >&2; exit 5', { stdio: 'pipe' }); } catch (e) {
  show('execSync throws', [e.message, e.status, e.signal, String(e.stdout), String(e.stderr), Object.keys(e)]);
}
show('execFileSync', cp.execFileSync('printf', ['%s-%s', 'a', 'b'], { encoding: 'utf8' }));
try { cp.execFileSync('sh', ['-c', 'exit 2'], { stdio: 'pipe' }); } catch (e) {
  show('execFileSync throws', [e.message, e.status]);
}
try { cp.execFileSync('nope-cmd-gnode'); } catch (e) { show('execFileSync ENOENT', [e.code, e.message, e.status]); }
try { cp.execSync('sleep 5', { timeout: 100 }); } catch (e) { show('execSync timeout', [e.code, e.signal, e.status]); }
const r8 = cp.spawnSync('sh', ['-c', 'echo $0'], { argv0: 'custom-argv0', shell: false });
show('argv0', String(r8.stdout));
const r9 = cp.spawnSync('echo $GNODE_X', { shell: true, env: { GNODE_X: 'from env', PATH: process.env.PATH } });
show('shell env', String(r9.stdout));
const r10 = cp.spawnSync('pwd', { cwd: '/tmp' });
show('cwd', String(r10.stdout));
const r11 = cp.spawnSync('pwd', { cwd: new URL('file:///usr') });
show('cwd url', String(r11.stdout));
