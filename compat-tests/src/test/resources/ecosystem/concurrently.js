'use strict';
// concurrently's command line, run as a child of this runtime (process.execPath), one command at a time.
const { execFile } = require('node:child_process');

const bin = require('node:path').join(__dirname, 'node_modules/concurrently/dist/bin/concurrently.js');
execFile(process.execPath, [bin, '-m', '1', '-n', 'a,b', 'echo one', 'echo two; exit 1'], (err, stdout, stderr) => {
  console.log(stdout.trimEnd());
  console.log('exit', err && err.code, JSON.stringify(stderr));
});
