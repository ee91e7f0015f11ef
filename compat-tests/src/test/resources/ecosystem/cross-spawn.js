'use strict';
// cross-spawn: sync and async spawns, exit codes, ENOENT.
const spawn = require('cross-spawn');

const r = spawn.sync('echo', ['hello', 'world'], { encoding: 'utf8' });
console.log('sync', r.status, JSON.stringify(r.stdout));
const c = spawn('sh', ['-c', 'echo out; echo err >&2; exit 3'], { stdio: 'pipe' });
let out = '';
let err = '';
c.stdout.on('data', (d) => { out += d; });
c.stderr.on('data', (d) => { err += d; });
c.on('close', (code) => {
  console.log('async', code, JSON.stringify(out), JSON.stringify(err));
  const bad = spawn('no-such-command-gnode', []);
  bad.on('error', (e) => console.log('error', e.code, e.syscall, e.path, e.errno));
});
