'use strict';
// process.send()'s callback is called with null once the message is written.
const common = require('../common');
const assert = require('assert');
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  process.send('ok', common.mustCall((err) => {
    assert.strictEqual(err, null);
  }));
} else {
  const child = fork(process.argv[1], ['child']);
  child.on('message', common.mustCall((message) => {
    assert.strictEqual(message, 'ok');
  }));
  child.on('exit', common.mustCall((code, signal) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(signal, null);
  }));
}
