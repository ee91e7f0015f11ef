'use strict';
// A per-runner scratch directory, test/.tmp.<id>, as Node's test/common/tmpdir gives it.

const fs = require('fs');
const path = require('path');

const testRoot = process.env.NODE_TEST_DIR ? fs.realpathSync(process.env.NODE_TEST_DIR) : path.resolve(__dirname, '..');
// The runner sets TEST_THREAD_ID so tests running in parallel do not share a directory.
let tmpPath = path.join(testRoot, `.tmp.${process.env.TEST_SERIAL_ID || process.env.TEST_THREAD_ID || '0'}`);

function remove(dir) {
  fs.rmSync(dir, { maxRetries: 3, recursive: true, force: true });
}

let cleanupRegistered = false;
function refresh() {
  remove(tmpPath);
  fs.mkdirSync(tmpPath);
  if (!cleanupRegistered) {
    cleanupRegistered = true;
    // Only the process that refreshed cleans up, so children may use the directory.
    process.on('exit', () => {
      process.chdir(testRoot);
      remove(tmpPath);
    });
  }
}

function resolve(...parts) {
  return path.resolve(tmpPath, ...parts);
}

function fileURL(...parts) {
  return require('url').pathToFileURL(path.resolve(tmpPath + path.sep, ...parts));
}

module.exports = {
  fileURL,
  refresh,
  resolve,
  get path() { return tmpPath; },
  set path(p) { tmpPath = path.resolve(p); },
};
