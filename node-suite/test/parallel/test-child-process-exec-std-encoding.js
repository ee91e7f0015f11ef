'use strict';
// When the caller sets an encoding on the child's streams, exec() still hands strings to its callback.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');

if (process.argv[2] === 'child') {
  console.log('foo');
  console.error('bar');
} else {
  const child = cp.exec(...common.escapePOSIXShell`"${process.execPath}" "${__filename}" child`,
                        common.mustSucceed((stdout, stderr) => {
                          assert.strictEqual(stdout, 'foo\n');
                          assert.strictEqual(stderr, 'bar\n');
                        }));
  child.stdout.setEncoding('utf-8');
  child.stderr.setEncoding('utf-8');
}
