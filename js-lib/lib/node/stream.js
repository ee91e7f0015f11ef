'use strict';

// node:stream: the readable-stream WebJar (Node's own stream implementation, packaged for other runtimes).
const Stream = require('vendor:readable-stream/lib/ours/index.js');

module.exports = Stream;
