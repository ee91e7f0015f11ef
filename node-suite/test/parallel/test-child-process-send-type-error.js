'use strict';
// send() validates its options and handle arguments the same way in the parent and in the child.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');

function expectThrows(target, args, code = 'ERR_INVALID_ARG_TYPE') {
  assert.throws(() => target.send(...args), { code, name: 'TypeError' });
}

let target = process;
if (process.argv[2] !== 'child') {
  target = cp.fork(__filename, ['child']);
  target.on('exit', common.mustCall((code, signal) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(signal, null);
  }));
}

expectThrows(target, ['msg', null, null]);
expectThrows(target, ['msg', null, '']);
expectThrows(target, ['msg', null, 'foo']);
expectThrows(target, ['msg', null, 0]);
expectThrows(target, ['msg', null, NaN]);
expectThrows(target, ['msg', 'meow', undefined], 'ERR_INVALID_HANDLE_TYPE');
expectThrows(target, ['msg', null, 1]);
expectThrows(target, ['msg', null, null, common.mustNotCall()]);
