'use strict';
// promisify(execFile) with options.signal rejects with AbortError when aborted (before or after the
// call); a signal that is not an AbortSignal throws ERR_INVALID_ARG_TYPE.
const common = require('../common');
const assert = require('assert');
const { promisify } = require('util');
const { execFile } = require('child_process');
const fixtures = require('../common/fixtures');

const echo = fixtures.path('echo.js');
const execFileAsync = promisify(execFile);

{
  const controller = new AbortController();
  const pending = execFileAsync(process.execPath, [echo, 0], { signal: controller.signal });
  controller.abort();
  assert.rejects(pending, { name: 'AbortError' }).then(common.mustCall());
}

assert.rejects(execFileAsync(process.execPath, [echo, 0], { signal: AbortSignal.abort() }), { name: 'AbortError' })
  .then(common.mustCall());

for (const signal of [{}, 'world!']) {
  assert.throws(() => execFileAsync(process.execPath, [echo, 0], { signal }),
                { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
}
