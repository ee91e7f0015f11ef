'use strict';
// Node built as a shared library needs its directory on the library path when copied elsewhere.
// Neither node from a release build nor gnode is built that way unless process.config says so.

const path = require('path');

const isShared = Boolean(process.config && process.config.variables && process.config.variables.node_shared);

function addLibraryPath(env) {
  if (!isShared) return;
  env = env || process.env;
  const dir = path.dirname(process.execPath);
  for (const name of ['LD_LIBRARY_PATH', 'LIBPATH', 'DYLD_LIBRARY_PATH', 'PATH']) {
    env[name] = env[name] ? env[name] + path.delimiter + dir : dir;
  }
}

module.exports = { addLibraryPath };
