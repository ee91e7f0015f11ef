'use strict';
const t = setTimeout(() => {}, 1000);
console.log(typeof t, t.hasRef(), t.unref() === t, t.hasRef(), t.ref().hasRef());
clearTimeout(t);
const id = +setTimeout(() => console.log('never'), 5);
console.log(typeof id);
clearTimeout(id);
let n = 0;
const iv = setInterval((a, b) => {
  n++;
  if (n === 3) {
    clearInterval(iv);
    process.on('exit', () => console.log('interval', n, a, b));
  }
}, 1, 'x', 'y');
const u = setTimeout(() => console.log('unref never fires'), 100000);
u.unref();
let refreshed = 0;
const r = setTimeout(() => {
  refreshed++;
  if (refreshed < 2) r.refresh();
  else console.log('refreshed', refreshed);
}, 2);
const imm = setImmediate(() => console.log('cleared immediate ran'));
clearImmediate(imm);
const i2 = setImmediate(function(arg) { process.on('exit', () => console.log('immediate arg', arg, this === i2)); }, 42);
console.log(typeof i2.ref, i2.hasRef());
setTimeout(function() { console.log('this is timeout', this.constructor.name); }, 3);
console.log(require('timers').setTimeout === setTimeout);
try { setTimeout('x'); } catch (e) { console.log(e.code, e.name); }
