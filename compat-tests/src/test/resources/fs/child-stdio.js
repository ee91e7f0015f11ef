'use strict';
// An fd from fs.openSync is a real OS fd: a child can write to it and read from it.
const fs = require('fs');
const path = require('path');
const { spawn, spawnSync } = require('child_process');
const root = fs.mkdtempSync(path.join(process.argv[2], 'child-'));
const out = path.join(root, 'out.txt');
const fd = fs.openSync(out, 'w');
const child = spawn('sh', ['-c', 'echo to-file; echo to-pipe >&2'], { stdio: ['ignore', fd, 'pipe'] });
let err = '';
child.stderr.on('data', (c) => { err += c; });
child.on('close', (code) => {
  fs.writeSync(fd, 'parent\n');
  fs.closeSync(fd);
  console.log('exit', code, JSON.stringify(err), JSON.stringify(fs.readFileSync(out, 'utf8')));
  const ifd = fs.openSync(out, 'r');
  const r = spawnSync('cat', [], { stdio: [ifd, 'pipe', 'pipe'] });
  fs.closeSync(ifd);
  console.log('stdin from fd', JSON.stringify(r.stdout.toString()));
  const afd = fs.openSync(out, 'a');
  spawnSync('sh', ['-c', 'echo appended'], { stdio: ['ignore', afd, 'inherit'] });
  fs.closeSync(afd);
  console.log(JSON.stringify(fs.readFileSync(out, 'utf8')));
  fs.rmSync(root, { recursive: true, force: true });
});
