'use strict';
// A child inheriting our stdio can write 100000 characters in one go and exit 0.
const common = require('../common');
const assert = require('assert');
const { spawn } = require('child_process');

const SIZE = 100000;
const python = process.env.PYTHON || (common.isWindows ? 'python' : 'python3');

spawn(python, ['-c', `print(${SIZE} * "C")`], { stdio: 'inherit' })
  .on('exit', common.mustCall((code) => {
    assert.strictEqual(code, 0);
  }));
