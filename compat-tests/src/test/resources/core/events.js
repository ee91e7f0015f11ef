'use strict';
const EE = require('events');
const { once, on, errorMonitor, getEventListeners, setMaxListeners } = EE;
const e = new EE();
e.on(errorMonitor, (er) => console.log('monitor', er.message));
e.on('error', (er) => console.log('error', er.message));
e.emit('error', new Error('boom'));
const e2 = new EE();
try { e2.emit('error', 'str'); } catch (er) { console.log(er.code, er.message, er.context); }
try { e2.emit('error', { a: 1 }); } catch (er) { console.log(er.code, er.message); }
try { e2.emit('error'); } catch (er) { console.log(er.code, er.message); }
try { e2.on('x', 1); } catch (er) { console.log(er.code, er.message); }
try { e2.setMaxListeners(-1); } catch (er) { console.log(er.code, er.message); }
process.on('warning', (w) => console.log(w.name, w.message, w.count, w.type));
for (let i = 0; i < 11; i++) e2.on('foo', () => {});
class Foo extends EE {}
const f = new Foo(); f.setMaxListeners(1); f.on('bar', () => {}); f.on('bar', () => {});
console.log(EE.defaultMaxListeners, EE.getMaxListeners(f), e2.listenerCount('foo'), EE.listenerCount(e2, 'foo'));
const et = new EventTarget();
et.addEventListener('x', () => {});
console.log(getEventListeners(et, 'x').length, EE.getMaxListeners(et));
setMaxListeners(3, et); console.log(EE.getMaxListeners(et));
const c = new EE({ captureRejections: true });
c.on('ev', async () => { throw new Error('rej'); });
c.on('error', (er) => console.log('captured', er.message));
c.emit('ev');
(async () => {
  const x = new EE();
  setTimeout(() => x.emit('go', 1, 2), 1);
  console.log('once', await once(x, 'go'));
  const ac = new AbortController();
  const p = once(x, 'never', { signal: ac.signal });
  ac.abort();
  try { await p; } catch (er) { console.log(er.name, er.code, er.message, er.cause && er.cause.name); }
  const y = new EE();
  setTimeout(() => { y.emit('d', 'a'); y.emit('d', 'b'); y.emit('end'); }, 1);
  for await (const v of on(y, 'd', { close: ['end'] })) console.log('on', v);
  console.log('done on');
  const et2 = new EventTarget();
  setTimeout(() => et2.dispatchEvent(new Event('ping')), 1);
  const [ev] = await once(et2, 'ping'); console.log(ev.type);
  const z = new EE();
  setTimeout(() => z.emit('error', new Error('zerr')), 1);
  try { await once(z, 'q'); } catch (er) { console.log('once err', er.message); }
  console.log(EE.usingDomains, typeof EE.EventEmitterAsyncResource, EE.captureRejections, typeof EE.addAbortListener);
  console.log(z.eventNames(), z.listenerCount('error'));
})();
