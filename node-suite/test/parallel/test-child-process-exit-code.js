'use strict';
// 'exit' reports the child's exit code; an uncaught exception in the child gives a non-zero code.
const common = require('../common');
const assert = require('assert');
const { spawn } = require('child_process');
const fixtures = require('../common/fixtures');

spawn(process.argv[0], [fixtures.path('exit.js'), 23]).on('exit', common.mustCall((code, signal) => {
  assert.strictEqual(code, 23);
  assert.strictEqual(signal, null);
}));

spawn(process.argv[0], [fixtures.path('child_process_should_emit_error.js')])
  .on('exit', common.mustCall((code, signal) => {
    assert.ok(code !== 0);
    assert.strictEqual(signal, null);
  }));
