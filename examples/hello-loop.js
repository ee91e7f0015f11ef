'use strict';
// A first gnode program: timers, the nextTick queue, promises and the process object.
console.log(`gnode ${process.versions.gnode} running as Node ${process.version} on ${process.platform}/${process.arch}`);
process.nextTick(() => console.log('nextTick runs before promises'));
Promise.resolve().then(() => console.log('then the microtasks'));
setTimeout(() => console.log('a timer fires'), 5);
setImmediate(() => console.log('an immediate runs'));
process.on('exit', (code) => console.log(`exit with code ${code}`));
