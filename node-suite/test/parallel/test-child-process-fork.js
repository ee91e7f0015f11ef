'use strict';
// Basic fork(): args are not mutated, messages flow both ways, send() rejects undefined, nothing and
// symbols with Node's exact errors, and the child exits 0.
const common = require('../common');
const assert = require('assert');
const { fork } = require('child_process');
const fixtures = require('../common/fixtures');

const args = ['foo', 'bar'];
const child = fork(fixtures.path('child-process-spawn-node.js'), args);
assert.deepStrictEqual(args, ['foo', 'bar']);

child.on('message', common.mustCall((message) => {
  assert.ok(message.foo);
}));

// JSON.stringify(undefined) is not JSON (old Node issue 2355), so it is refused up front.
const missing = { name: 'TypeError', message: 'The "message" argument must be specified', code: 'ERR_MISSING_ARGS' };
assert.throws(() => child.send(undefined), missing);
assert.throws(() => child.send(), missing);
assert.throws(() => child.send(Symbol()), {
  name: 'TypeError',
  message: 'The "message" argument must be one of type string, object, number, or boolean. ' +
           'Received type symbol (Symbol())',
  code: 'ERR_INVALID_ARG_TYPE',
});
child.send({ hello: 'world' });

child.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 0);
}));
