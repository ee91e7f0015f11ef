'use strict';
// Messages whose cmd starts with 'NODE_' are internal ('internalMessage'); 'NODE_' elsewhere in cmd
// is an ordinary 'message'.
const common = require('../common');
const assert = require('assert');

const ordinary = { cmd: 'fooNODE_' };
const internal = { cmd: 'NODE_bar' };

if (process.argv[2] === 'child') {
  process.send(ordinary);
  process.send(internal);
} else {
  const { fork } = require('child_process');
  const child = fork(process.argv[1], ['child']);
  child.once('message', common.mustCall((data) => {
    assert.deepStrictEqual(data, ordinary);
  }));
  child.once('internalMessage', common.mustCall((data) => {
    assert.deepStrictEqual(data, internal);
  }));
}
