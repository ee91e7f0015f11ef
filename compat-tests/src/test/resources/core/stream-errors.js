const { Readable, Writable, Duplex, pipeline, finished, Transform } = require('stream');
const r = new Readable({ read() {} });
r.on('error', (e) => console.log(e.name, e.code, e.message, String(e)));
r.push(1);
const w = new Writable({ write(c, e, cb) { cb(); } });
w.on('error', (e) => console.log(e.name, e.code, e.message));
try { w.write(null); } catch (e) { console.log("throw", e.name, e.code, e.message, String(e)); }
try { w.write({}); } catch (e) { console.log('throw', e.name, e.code, e.message); }
try { pipeline(); } catch (e) { console.log(e.name, e.code, e.message); }
try { finished(1, () => {}); } catch (e) { console.log(e.name, e.code, e.message); }
const r2 = new Readable({ read() {} }); r2.push(null); r2.on('error', (e) => console.log(e.code, e.message)); r2.push('x');
const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } }); d.destroy(); d.write('x', (e) => console.log('dw', e.code, e.message)); d.on('error', (e) => console.log('derr', e.code));
const r3 = new Readable({ read() {} }); r3.resume(); r3.destroy(); finished(r3, (e) => console.log('fin', e && e.code, e && e.message));
const t = new Transform({ transform(c, e, cb) { cb(new Error('tx')); } }); t.on('error', (e) => console.log('t', e.message)); t.write('a');
console.log(require('util').inspect(new Readable()).split('\n')[0]);
try { new Readable({ highWaterMark: -1 }); } catch (e) { console.log(e.name, e.code, e.message); }
const w2 = new Writable({ write(c, e, cb) { console.log('typed', Buffer.isBuffer(c), c); cb(); } });
w2.write(new Uint16Array([1, 2]));
const r4 = new Readable({ read() {} }); r4.push(new DataView(new ArrayBuffer(2))); r4.push(null);
r4.on('data', (d) => console.log('view', d));
