'use strict';
// Four 8 MiB typed arrays sent over an 'advanced' IPC channel arrive whole and in order
// (Node issue 34797: large messages used to be cut).
const common = require('../common');
const assert = require('assert');
const { spawn } = require('child_process');

const SIZE = 8 * 1024 * 1024;

if (process.argv[2] === 'child') {
  for (let fillByte = 0; fillByte < 4; fillByte++) {
    process.send(new Uint8Array(SIZE).fill(fillByte));
  }
} else {
  const child = spawn(process.execPath, [__filename, 'child'], {
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    serialization: 'advanced',
  });
  const firstBytes = [];
  child.on('message', common.mustCall((data) => {
    assert.deepStrictEqual(data, new Uint8Array(SIZE).fill(data[0]));
    firstBytes.push(data[0]);
    if (firstBytes.length === 4) {
      assert.deepStrictEqual(firstBytes, [0, 1, 2, 3]);
    }
  }, 4));
}
