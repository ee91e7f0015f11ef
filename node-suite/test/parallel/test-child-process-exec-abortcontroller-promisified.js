'use strict';
// promisify(exec) with options.signal: aborting (before or after the call, with or without a reason)
// rejects with an AbortError whose cause is the reason; a signal that is not an AbortSignal throws.
const common = require('../common');
const assert = require('assert');
const { exec } = require('child_process');
const { promisify } = require('util');

const execAsync = promisify(exec);
const longRunning = common.isWindows ?
  `"${process.execPath}" -e "setInterval(()=>{}, 99)"` :
  'sleep 2m';
const expectRejection = (promise, expected) => assert.rejects(promise, expected).then(common.mustCall());

// Aborted while running.
{
  const controller = new AbortController();
  const pending = execAsync(longRunning, { signal: controller.signal });
  expectRejection(pending, {
    name: 'AbortError',
    cause: new DOMException('This operation was aborted', 'AbortError'),
  });
  controller.abort();
}
{
  const reason = new Error('boom');
  const controller = new AbortController();
  const pending = execAsync(longRunning, { signal: controller.signal });
  expectRejection(pending, { name: 'AbortError', cause: reason });
  controller.abort(reason);
}
{
  const controller = new AbortController();
  const pending = execAsync(longRunning, { signal: controller.signal });
  expectRejection(pending, { name: 'AbortError', cause: 'boom' });
  controller.abort('boom');
}

// Not an AbortSignal.
for (const signal of [{}, function signal() {}]) {
  assert.throws(() => execAsync(longRunning, { signal }), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
}

// Aborted before the call.
expectRejection(execAsync(longRunning, { signal: AbortSignal.abort() }), { name: 'AbortError' });
{
  const reason = new Error('boom');
  expectRejection(execAsync(longRunning, { signal: AbortSignal.abort(reason) }), { name: 'AbortError', cause: reason });
}
expectRejection(execAsync(longRunning, { signal: AbortSignal.abort('boom') }), { name: 'AbortError', cause: 'boom' });
