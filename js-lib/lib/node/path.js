'use strict';

// node:path: POSIX paths from the path-browserify WebJar (Node's own posix implementation).
const posix = require('vendor:path-browserify/index.js');

posix.posix = posix;
module.exports = posix;
