'use strict';
// fork() honours options.execPath: a copy of the runtime binary runs the child, which sees it as its
// process.execPath.
const common = require('../common');
const tmpdir = require('../common/tmpdir');
const { addLibraryPath } = require('../common/shared-lib-util');
const assert = require('assert');
const fs = require('fs');
const { fork } = require('child_process');

const message = { test: 'this' };
const copyPath = tmpdir.resolve('node-copy.exe');

addLibraryPath(process.env);

if (process.env.FORK) {
  assert.strictEqual(process.execPath, copyPath);
  assert.ok(process.send);
  process.send(message);
  return process.exit();
}

tmpdir.refresh();
assert.strictEqual(fs.existsSync(copyPath), false);
fs.copyFileSync(process.execPath, copyPath, fs.constants.COPYFILE_FICLONE);
fs.chmodSync(copyPath, '0755');

const child = fork(__filename, { execPath: copyPath, env: { ...process.env, FORK: 'true' } });
child.on('message', common.mustCall((received) => {
  assert.deepStrictEqual(received, message);
}));
child.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 0);
}));
