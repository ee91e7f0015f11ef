'use strict';
// ChildProcess#spawn validates its options object directly, and a ChildProcess built by hand works.
const common = require('../common');
const assert = require('assert');
const { ChildProcess } = require('child_process');

assert.strictEqual(typeof ChildProcess, 'function');

function expectTypeError(fn, message) {
  assert.throws(fn, { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError', message });
}

// One ChildProcess per group, reused for every invalid value (a rejected spawn leaves it untouched).

// options itself must be an object.
let cp = new ChildProcess();
for (const options of [undefined, null, 'foo', 0, 1, NaN, true, false]) {
  expectTypeError(() => cp.spawn(options),
                  'The "options" argument must be of type object.' + common.invalidArgTypeHelper(options));
}

// options.file must be a string.
cp = new ChildProcess();
for (const file of [undefined, null, 0, 1, NaN, true, false, {}]) {
  expectTypeError(() => cp.spawn({ file }),
                  'The "options.file" property must be of type string.' + common.invalidArgTypeHelper(file));
}

// options.envPairs must be an array when given.
cp = new ChildProcess();
for (const envPairs of [null, 0, 1, NaN, true, false, {}, 'foo']) {
  expectTypeError(() => cp.spawn({ envPairs, stdio: ['ignore', 'ignore', 'ignore', 'ipc'] }),
                  'The "options.envPairs" property must be an instance of Array.' +
                  common.invalidArgTypeHelper(envPairs));
}

// options.args must be an array when given.
cp = new ChildProcess();
for (const args of [null, 0, 1, NaN, true, false, {}, 'foo']) {
  expectTypeError(() => cp.spawn({ file: 'foo', args }),
                  'The "options.args" property must be an instance of Array.' + common.invalidArgTypeHelper(args));
}

// A well-formed request starts a process with an own integer pid.
const child = new ChildProcess();
child.spawn({ file: process.execPath, args: ['--interactive'], cwd: process.cwd(), stdio: 'pipe' });
assert.strictEqual(Object.hasOwn(child, 'pid'), true);
assert(Number.isInteger(child.pid));

assert.throws(() => child.kill('foo'), { code: 'ERR_UNKNOWN_SIGNAL', name: 'TypeError' });
assert.strictEqual(child.kill(), true);
