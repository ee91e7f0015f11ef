'use strict';
// fork() ignores options.shell: the child receives '$foo' literally, not the expanded variable.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');

const literal = common.isWindows ? '%foo%' : '$foo';

if (process.argv[2] === undefined) {
  const child = cp.fork(__filename, [literal], { shell: true, env: { ...process.env, foo: 'bar' } });
  child.on('exit', common.mustCall((code, signal) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(signal, null);
  }));
} else {
  assert.strictEqual(process.argv[2], literal);
}
