'use strict';
// spawnSync()'s args may be undefined, null or [] and the options after it still apply (Node issue 24912).
const common = require('../common');
const tmpdir = require('../common/tmpdir');
const assert = require('assert');
const { spawnSync } = require('child_process');

const command = common.isWindows ? 'cd' : 'pwd';
const options = { cwd: tmpdir.path };
tmpdir.refresh();
// On Windows `cd` is a shell built-in.
if (common.isWindows) options.shell = true;

const printed = [undefined, null, []].map(common.mustCallAtLeast((args) => {
  const { stdout, stderr, error } = spawnSync(command, args, options);
  assert.ifError(error);
  assert.deepStrictEqual(stderr, Buffer.alloc(0));
  return stdout.toString().trim().toLowerCase();
}));

assert.deepStrictEqual([...new Set(printed)], [tmpdir.path.trim().toLowerCase()]);
