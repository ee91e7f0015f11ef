'use strict';
// send() after the child closed returns false and reports ERR_IPC_CHANNEL_CLOSED: through 'error'
// without a callback, through the callback with one.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const fixtures = require('../common/fixtures');

const child = cp.fork(fixtures.path('empty.js'));

child.on('close', common.mustCall((code, signal) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(signal, null);

  const channelClosed = common.expectsError({
    name: 'Error',
    message: 'Channel closed',
    code: 'ERR_IPC_CHANNEL_CLOSED',
  }, 2);
  child.on('error', channelClosed);

  assert.strictEqual(child.send('ping'), false);
  assert.strictEqual(child.send('pong', channelClosed), false);
}));
