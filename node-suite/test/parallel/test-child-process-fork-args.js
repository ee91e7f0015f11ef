'use strict';
// fork() argument handling (Node issue 20749): modulePath must be a string, args may be undefined, null or
// an array, options must be an object when given.
const common = require('../common');
const fixtures = require('../common/fixtures');
const assert = require('assert');
const { fork } = require('child_process');

const echoOptions = fixtures.path('child-process-echo-options.js');
const extraEnv = { foo: 'bar' };

for (const modulePath of [0, true, undefined, null, [], {}, () => {}, Symbol('t')]) {
  assert.throws(() => fork(modulePath), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: /^The "modulePath" argument must be of type string/,
  });
}
fork(echoOptions).on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 0);
}));

for (const args of [0, true, () => {}, Symbol('t')]) {
  assert.throws(() => fork(echoOptions, args), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
}
// args undefined or null: the options in third position still apply.
for (const args of [undefined, null, []]) {
  const child = fork(echoOptions, args, { env: { ...process.env, ...extraEnv } });
  child.on('message', common.mustCall(({ env }) => {
    assert.strictEqual(env.foo, extraEnv.foo);
  }));
  child.on('exit', common.mustCall((code) => {
    assert.strictEqual(code, 0);
  }));
}

for (const options of [0, true, () => {}, Symbol('t')]) {
  assert.throws(() => fork(echoOptions, [], options), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
}
