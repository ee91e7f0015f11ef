'use strict';
const EE = require('events');
const { on, once, addAbortListener, getEventListeners } = EE;
const e = new EE();
const log = [];
e.on('newListener', (ev, fn) => log.push(['new', ev, fn.name]));
e.on('removeListener', (ev, fn) => log.push(['rm', ev, fn.name]));
function a() { log.push('a'); } function b() { log.push('b'); }
e.on('x', a); e.prependListener('x', b); e.once('x', function c() { log.push('c'); }); e.prependOnceListener('x', function d() { log.push('d'); });
console.log(e.listeners('x').map((f) => f.name), e.rawListeners('x').map((f) => f.name), e.rawListeners('x')[0].listener.name);
e.emit('x'); e.emit('x');
e.off('x', a); e.removeAllListeners('x');
console.log(JSON.stringify(log), e.eventNames(), e.listenerCount('x'));
const s = Symbol('sym'); e.on(s, () => {}); console.log(e.eventNames());
e.removeAllListeners(); console.log(e.eventNames(), e.listenerCount('newListener'));
e.setMaxListeners(0); for (let i = 0; i < 20; i++) e.on('many', () => {}); console.log(e.getMaxListeners(), e.listenerCount('many'));
console.log(e.listenerCount('many', e.listeners('many')[0]));
const res = e.emit('none'); console.log(res, e.emit('many'));
try { e.once('q', 'x'); } catch (er) { console.log(er.code, er.message); }
try { EE.defaultMaxListeners = -1; } catch (er) { console.log(er.code, er.message); }
try { EE.captureRejections = 1; } catch (er) { console.log(er.code, er.message); }
try { EE.getMaxListeners({}); } catch (er) { console.log(er.code, er.message); }
try { EE.setMaxListeners(1, {}); } catch (er) { console.log(er.code, er.message); }
try { addAbortListener(); } catch (er) { console.log(er.code, er.message); }
try { new EE({ captureRejections: 'y' }); } catch (er) { console.log(er.code, er.message); }
class Sub extends EE { constructor() { super({ captureRejections: true }); } [Symbol.for('nodejs.rejection')](err, ev, ...args) { console.log('rejection hook', err.message, ev, args); } }
const sub = new Sub(); sub.on('go', async () => { throw new Error('r1'); }); sub.emit('go', 1, 2);
const ac = new AbortController();
const disp = addAbortListener(ac.signal, (ev) => console.log('abort listener', ev.type));
console.log(typeof disp[Symbol.dispose]); ac.abort();
addAbortListener(AbortSignal.abort(), () => console.log('already aborted listener'));
(async () => {
  const et = new EventTarget();
  setTimeout(() => { et.dispatchEvent(new Event('t')); et.dispatchEvent(new Event('t')); }, 1);
  let n = 0;
  for await (const [ev] of on(et, 't')) { console.log('et on', ev.type); if (++n === 2) break; }
  console.log(getEventListeners(et, 't').length);
  const x = new EE();
  const ac2 = new AbortController();
  setTimeout(() => ac2.abort(), 2);
  try { for await (const v of on(x, 'never', { signal: ac2.signal })) console.log(v); } catch (er) { console.log('on abort', er.name); }
  try { on(x, 'y', { signal: AbortSignal.abort() }); } catch (er) { console.log('pre-aborted', er.name); }
  const it = on(x, 'z'); x.emit('z', 1); x.emit('error', new Error('zerr'));
  try { console.log(await it.next()); await it.next(); } catch (er) { console.log('it err', er.message); }
  console.log(x.listenerCount('z'), x.listenerCount('error'));
  const [v] = await once(x, 'error', {}).then(() => [], (er) => [er]).catch(() => []) && [1]; console.log(v);
})();
console.log(new EE());
const e3 = new EE(); e3.on('x', () => {}); e3.on('x', function f() {}); console.log(e3);
class Foo extends EE {} console.log(new Foo({ captureRejections: true }));
