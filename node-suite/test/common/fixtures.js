'use strict';
// Paths into node-suite/test/fixtures.

const path = require('path');

const fixturesDir = path.join(__dirname, '..', 'fixtures');

function fixturePath(...parts) {
  return path.join(fixturesDir, ...parts);
}

function readSync(parts, encoding) {
  const file = Array.isArray(parts) ? fixturePath(...parts) : fixturePath(parts);
  return require('fs').readFileSync(file, encoding);
}

module.exports = {
  fixturesDir,
  path: fixturePath,
  fileURL: (...parts) => require('url').pathToFileURL(fixturePath(...parts)),
  readSync,
};
