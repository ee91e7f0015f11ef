'use strict';
// Order of events for a child that sends one message and exits: 'message' and 'exit' each once, and
// 'close' after both.
const common = require('../common');
const assert = require('assert');
const { fork } = require('child_process');
const fixtures = require('../common/fixtures');

const child = fork(fixtures.path('child-process-message-and-exit.js'));
const seen = { message: false, exit: false, close: false };

child.on('message', common.mustCall((message) => {
  assert(!seen.message);
  assert(!seen.close);
  assert.strictEqual(message, 'hello');
  seen.message = true;
}));

child.on('exit', common.mustCall(() => {
  assert(!seen.exit);
  assert(!seen.close);
  seen.exit = true;
}));

child.on('close', common.mustCall(() => {
  assert(seen.message);
  assert(seen.exit);
  assert(!seen.close);
  seen.close = true;
}));
