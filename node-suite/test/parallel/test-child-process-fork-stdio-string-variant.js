'use strict';
// fork() accepts the strings 'pipe', 'inherit' and 'ignore' as options.stdio (IPC is added) and rejects
// other strings with ERR_INVALID_ARG_VALUE.
const common = require('../common');
const assert = require('assert');
const { fork } = require('child_process');
const fixtures = require('../common/fixtures');

// Without the extension: fork() resolves it like require().
const childScript = fixtures.path('child-process-spawn-node');

assert.throws(() => fork(childScript, { stdio: '33' }), { code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError' });

for (const stdio of ['pipe', 'inherit', 'ignore']) {
  const child = fork(childScript, { stdio });
  child.on('message', common.mustCall((message) => {
    assert.deepStrictEqual(message, { foo: 'bar' });
  }));
  child.send({ hello: 'world' });
  child.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
}
