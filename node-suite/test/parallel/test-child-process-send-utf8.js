'use strict';
// A large message of 2-byte UTF-8 characters crosses the IPC channel intact, whatever the read chunking.
const common = require('../common');
const assert = require('assert');
const { fork } = require('child_process');

const text = 'ßßßß'.repeat(1e5 - 1);

if (process.argv[2] === 'child') {
  process.send(text);
} else {
  fork(process.argv[1], ['child']).on('message', common.mustCall((received) => {
    assert.strictEqual(received, text);
  }));
}
