'use strict';
const cp = require('node:child_process');
const tries = [
  () => cp.spawn(),
  () => cp.spawn(''),
  () => cp.spawn(42),
  () => cp.spawn('ls', 'x'),
  () => cp.spawn('ls', ['a\0b']),
  () => cp.spawn('ls', [], { cwd: 42 }),
  () => cp.spawn('ls', [], { cwd: 'a\0' }),
  () => cp.spawn('ls', [], { detached: 'yes' }),
  () => cp.spawn('ls', [], { shell: 42 }),
  () => cp.spawn('ls', [], { argv0: 42 }),
  () => cp.spawn('ls', [], { env: { A: 'x\0y' } }),
  () => cp.spawn('ls', [], { stdio: 'bogus' }),
  () => cp.spawn('ls', [], { stdio: ['ipc', 'ipc'] }),
  () => cp.spawn('ls', [], { killSignal: 'SIGNOPE' }),
  () => cp.spawn('ls', [], { signal: 'nope' }),
  () => cp.spawn('ls', [], 'opts'),
  () => cp.spawnSync('ls', [], { stdio: ['ipc'] }),
  () => cp.spawnSync('ls', [], { input: 42 }),
  () => cp.exec(42),
  () => cp.exec('ls', 42),
  () => cp.execFile('ls', [], {}, 'cb'),
  () => cp.fork(42),
  () => cp.fork('x', [], { stdio: ['pipe', 'pipe', 'pipe'] }),
  () => cp.spawn('sleep', ['1']).kill('SIGNOPE'),
];
for (const t of tries) {
  try {
    const r = t();
    console.log('no throw', typeof r);
    if (r && r.kill) r.kill();
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
