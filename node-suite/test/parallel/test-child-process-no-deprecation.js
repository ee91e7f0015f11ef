'use strict';
// process.noDeprecation = true silences DeprecationWarnings: the child writes nothing to stderr.
const common = require('../common');

process.noDeprecation = true;

if (process.argv[2] === 'child') {
  process.emitWarning('Something else is deprecated.', 'DeprecationWarning');
} else {
  const { spawn } = require('child_process');
  const child = spawn(process.execPath, [process.argv[1], 'child']);
  child.stderr.on('data', common.mustNotCall());
}
