'use strict';
const log = (x) => console.log(x);
for (const v of [() => 1, function named() {}, Symbol('s'), new WeakMap(), Promise.resolve(), { f() {} }, [Symbol.iterator], new (class A { constructor() { this.x = 1; } })()]) {
  try { log(structuredClone(v)); } catch (e) { log([e.name, e.code, e.message, e instanceof DOMException]); }
}
const o = { a: 1, d: new Date(0), r: /x/gi, m: new Map([[1, { z: 2 }]]), s: new Set([1, 'a']), u: new Uint8Array([1, 2]), b: 10n, n: null, un: undefined, arr: [1, , 3], e: new RangeError('boom', { cause: 'c' }), bo: new Boolean(false), str: new String('s') };
o.self = o;
const c = structuredClone(o);
log(c.self === c); log(c.d instanceof Date); log(c.m.get(1)); log(c.e instanceof RangeError); log([c.e.message, c.e.cause, c.e.name]); log(c.u); log(c.arr); log(1 in c.arr); log(c.r.flags); log(Object.keys(c));
const ab = new ArrayBuffer(4);
const t = structuredClone(ab, { transfer: [ab] }); log([ab.byteLength, t.byteLength]);
const shared = { x: 1 }; const pair = structuredClone([shared, shared]); log(pair[0] === pair[1]);
try { structuredClone(); } catch (e) { log([e.name, e.code, e.message]); }
try { structuredClone(1, { transfer: 5 }); } catch (e) { log([e.name, e.code, e.message]); }
const err = new Error('x'); err.extra = 1; const ce = structuredClone(err); log([ce.extra, typeof ce.stack, Object.keys(ce)]);
class E2 extends TypeError {} log(structuredClone(new E2('q')).constructor.name);
const g = structuredClone({ get x() { return 5; } }); log(Object.getOwnPropertyDescriptor(g, 'x'));
log(structuredClone(new DataView(new ArrayBuffer(2))).byteLength);
log(structuredClone(new Float64Array([1.5])).constructor.name);
