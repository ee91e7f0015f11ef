'use strict';
// An open IPC channel keeps a forked child alive (its 200 ms timer still fires), and the parent's
// disconnect() reaches the child as 'disconnect'.
const common = require('../common');
const assert = require('assert');
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  process.send('1');
  setTimeout(() => process.send('2'), 200);
  process.on('disconnect', () => process.stdout.write('3'));
} else {
  const child = fork(__filename, ['child'], { silent: true });
  const messages = [];
  let printed = '';

  child.on('message', (message) => {
    messages.push(message);
    if (message === '2') child.disconnect();
  });
  child.stdout.on('data', (chunk) => { printed += chunk; });

  child.once('exit', common.mustCall(() => {
    assert.deepStrictEqual(messages, ['1', '2']);
    assert.strictEqual(printed, '3');
  }));
}
