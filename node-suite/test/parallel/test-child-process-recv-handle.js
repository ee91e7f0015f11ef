'use strict';
// Handles passed while the receiver is not reading arrive batched with other messages (Linux quirk,
// old Node issue 5330): messages and the handle must still be matched up correctly.
const common = require('../common');
const assert = require('assert');
const net = require('net');
const { spawn } = require('child_process');

if (process.argv[2] === 'worker') {
  runWorker();
} else {
  runPrimary();
}

function runPrimary() {
  // spawn() makes only one IPC channel, so stdin/stdout serve as a side channel for "go" signals.
  const worker = spawn(process.execPath, ['--expose-internals', __filename, 'worker'], {
    stdio: ['pipe', 'pipe', 'pipe', 'ipc'],
  });
  let serverHandle = null;
  worker.on('exit', () => serverHandle.close());
  worker.stdout.on('data', common.mustCall((chunk) => {
    assert.strictEqual(chunk.toString(), 'ok\r\n');
    net.createServer(common.mustNotCall()).listen(0, function() {
      serverHandle = this._handle;
      worker.send('one');
      worker.send('two', serverHandle);
      worker.send('three');
      worker.stdin.write('ok\r\n');
    });
  }));
  worker.stderr.pipe(process.stderr);
}

function runWorker() {
  const { kChannelHandle } = require('internal/child_process');
  // Stop reading so the three messages pile up and are read in one go.
  process[kChannelHandle].readStop();
  process.stdout.ref();
  process.stdout.write('ok\r\n');
  process.stdin.once('data', common.mustCall((chunk) => {
    assert.strictEqual(chunk.toString(), 'ok\r\n');
    process[kChannelHandle].readStart();
  }));

  let received = 0;
  process.on('message', common.mustCall((message, handle) => {
    received += 1;
    if (received === 1) {
      assert.strictEqual(message, 'one');
      assert.strictEqual(handle, undefined);
    } else if (received === 2) {
      assert.strictEqual(message, 'two');
      assert.ok(handle !== null && typeof handle === 'object');
      handle.close();
    } else if (received === 3) {
      assert.strictEqual(message, 'three');
      assert.strictEqual(handle, undefined);
      process.exit();
    }
  }, 3));
}
