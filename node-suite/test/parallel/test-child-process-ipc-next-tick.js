'use strict';
// Each IPC message is delivered in its own tick: a 'message' listener that throws does not stop the
// remaining messages from arriving (each throw becomes one 'uncaughtException').
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');

const COUNT = 10;
const values = Array.from({ length: COUNT }, (_, i) => i);

if (process.argv[2] === 'child') {
  const seen = values.map(() => false);
  process.on('uncaughtException', common.mustCall((thrown) => {
    seen[thrown] = true;
    if (seen.every(Boolean)) process.disconnect();
  }, COUNT));
  process.on('message', (message) => {
    throw message;
  });
  process.send('ready');
} else {
  const child = cp.fork(__filename, ['child']);
  child.on('message', common.mustCall((message) => {
    assert.strictEqual(message, 'ready');
    for (const value of values) child.send(value);
  }));
}
