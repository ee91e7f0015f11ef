'use strict';
// Training run for the JDK AOT cache: the start path plus what child_process programs use most.
const path = require('path');
const util = require('util');
const { spawn, spawnSync, exec } = require('child_process');
console.log('training', path.join('a', 'b'), util.inspect({ a: [1, 'x'], b: new Map([[1, 2]]) }));
spawnSync('true');
const child = spawn('sh', ['-c', 'echo out; echo err >&2']);
child.stdout.setEncoding('utf8');
child.stdout.on('data', () => {});
child.stderr.on('data', () => {});
child.on('close', () => {
  exec('echo hi', (err, stdout) => {
    setTimeout(() => {
      setImmediate(() => process.nextTick(() => Promise.resolve().then(() => console.log('done', stdout.trim()))));
    }, 1);
  });
});
