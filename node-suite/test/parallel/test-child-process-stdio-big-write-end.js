'use strict';
// Filling a child's stdin until write() returns false, writing 100 more big chunks and ending at once:
// every byte still arrives (the child reports the count it read).
const { mustCall, mustCallAtLeast } = require('../common');
const assert = require('assert');

if (process.argv[2] === 'child') {
  let received = 0;
  process.stdin.on('data', mustCallAtLeast((chunk) => { received += chunk.length; }));
  process.stdin.on('end', mustCall(() => console.log(received)));
} else if (process.argv[2] === undefined) {
  const { spawn } = require('child_process');
  const child = spawn(process.execPath, [__filename, 'child']);

  let reported = '';
  let sent = 0;
  child.stdout.setEncoding('ascii');
  child.stdout.on('data', mustCallAtLeast((chunk) => { reported += chunk; }));
  child.stdout.on('end', mustCall(() => {
    assert.strictEqual(+reported, sent);
  }));

  // Growing chunks until the pipe pushes back.
  let size = 0;
  let accepted;
  do {
    size += 1024;
    sent += size;
    accepted = child.stdin.write(Buffer.alloc(size, '.'));
  } while (accepted);

  for (let i = 0; i < 100; i++) {
    sent += size;
    child.stdin.write(Buffer.alloc(size, '.'));
  }
  // End before everything is flushed.
  child.stdin.end();
} else {
  throw new Error('invalid');
}
