'use strict';
// exec()'s stdout and stderr emit 'data' even without a callback; stderr chunks are strings
// (Node issue 7342).
const common = require('../common');
const assert = require('assert');
const { exec } = require('child_process');

exec(common.isWindows ? 'dir' : 'ls').stdout.on('data', common.mustCallAtLeast());

exec('fhqwhgads').stderr.on('data', common.mustCallAtLeast((chunk) => {
  assert.strictEqual(typeof chunk, 'string');
}));
