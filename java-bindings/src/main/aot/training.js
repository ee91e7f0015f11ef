'use strict';
// Training run for the JDK AOT cache: walks the start path and the modules most programs use.
const path = require('path');
const events = require('events');
console.log('training', path.join('a', 'b'), typeof events);
setTimeout(() => {
  setImmediate(() => process.nextTick(() => Promise.resolve().then(() => console.log('done'))));
}, 1);
