'use strict';
// Argument shuffling of spawn(), execFile() and fork(): which combinations of args/options/callback
// (including undefined and null as "not given") are accepted and which throw which error.
const common = require('../common');
const assert = require('assert');
const { spawn, fork, execFile } = require('child_process');
const fixtures = require('../common/fixtures');

const cmd = common.isWindows ? 'rundll32' : 'ls';
const empty = fixtures.path('empty.js');

const typeError = { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' };
const valueError = { code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError' };
const rangeError = { code: 'ERR_OUT_OF_RANGE', name: 'RangeError' };

assert.throws(() => spawn('hopefully_you_dont_have_this_on_your_machine', 'this is not an array'), typeError);

spawn(cmd);
spawn(cmd, []);
spawn(cmd, {});
spawn(cmd, [], {});

assert.throws(() => spawn(), typeError);
assert.throws(() => spawn(''), valueError);
assert.throws(() => spawn({ toString() { return null; } }), typeError);
assert.throws(() => spawn(cmd, true), typeError);
assert.throws(() => spawn(cmd, [], null), typeError);
assert.throws(() => spawn(cmd, [], 1), typeError);
assert.throws(() => spawn(cmd, [], { uid: 2 ** 63 }), rangeError);
assert.throws(() => spawn(cmd, [], { gid: 2 ** 63 }), rangeError);

// One value of each kind: array, object, callback, string, undefined, null.
const a = [];
const o = {};
function c() {}
const s = 'string';
const u = undefined;
const n = null;

// spawn(file [, args] [, options])
for (const rest of [[], [a], [a, o], [o], [u, o], [n, o], [a, u]]) spawn(cmd, ...rest);
for (const rest of [[a, n], [s], [a, s], [a, a]]) {
  assert.throws(() => spawn(cmd, ...rest), typeError);
}

// execFile(file [, args] [, options] [, callback]) parses the same way.
for (const rest of [
  [], [a], [a, o], [a, o, c], [a, c], [o], [o, c], [c],
  [u, o, c], [a, u, c], [a, o, u], [n, o, c], [a, n, c], [a, o, n],
  [u, u, u], [u, u, c], [u, o, u], [a, u, u], [n, n, n], [n, n, c], [n, o, n], [a, n, n],
  [a, u], [a, n], [o, u], [o, n], [c, u], [c, n],
]) {
  execFile(cmd, ...rest);
}
// A string is never valid in these positions (as elsewhere in Node's API).
for (const rest of [
  [s, o, c], [a, s, c], [a, o, s], [a, s], [o, s], [u, u, s], [n, n, s], [a, u, s], [a, n, s], [u, o, s],
  [n, o, s], [a, a],
]) {
  assert.throws(() => execFile(cmd, ...rest), typeError);
}
// ...except after the callback, where extra arguments are ignored.
execFile(cmd, c, s);

// fork(modulePath [, args] [, options])
for (const rest of [[], [a], [a, o], [o], [u, u], [u, o], [a, u], [n, n], [n, o], [a, n]]) fork(empty, ...rest);
for (const rest of [[s], [a, s], [a, a]]) {
  assert.throws(() => fork(empty, ...rest), typeError);
}
