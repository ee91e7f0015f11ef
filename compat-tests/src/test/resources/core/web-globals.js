'use strict';
const ac = new AbortController();
const s = ac.signal;
let order = [];
s.onabort = (e) => order.push('onabort:' + e.type + ':' + (e.target === s));
s.addEventListener('abort', () => order.push('listener'), { once: true });
ac.abort();
console.log(order, s.aborted, s.reason.name, s.reason.code, s.reason.message, s.reason instanceof DOMException);
ac.abort('again'); console.log(s.reason.name);
try { s.throwIfAborted(); } catch (e) { console.log('thrown', e.name); }
console.log(AbortSignal.abort().reason.name, AbortSignal.abort(42).reason);
const t = AbortSignal.timeout(5);
t.addEventListener('abort', () => console.log('timeout', t.reason.name, t.reason.code, t.reason.message));
const a1 = new AbortController(), a2 = new AbortController();
const any = AbortSignal.any([a1.signal, a2.signal]);
any.addEventListener('abort', () => console.log('any', any.reason));
a2.abort('r2');
try { new AbortSignal(); } catch (e) { console.log(e.name, e.code, e.message); }
try { AbortSignal.timeout(-1); } catch (e) { console.log(e.code, e.message); }
try { AbortSignal.any([1]); } catch (e) { console.log(e.code, e.message); }
console.log(Object.prototype.toString.call(s), typeof AbortSignal.prototype.throwIfAborted, s instanceof EventTarget);
const et = new EventTarget();
const ev = new Event('foo', { cancelable: true });
et.addEventListener('foo', (e) => { e.preventDefault(); console.log('foo', e.eventPhase, e.currentTarget === et, e.isTrusted); });
console.log(et.dispatchEvent(ev), ev.defaultPrevented, ev.eventPhase, ev.currentTarget);
const ce = new CustomEvent('c', { detail: { x: 1 } }); console.log(ce.detail, ce instanceof Event);
try { et.dispatchEvent({}); } catch (e) { console.log(e.code, e.message); }
try { new Event(); } catch (e) { console.log(e.code, e.message); }
const d = new DOMException('m', 'NotFoundError'); console.log(d.name, d.code, d.message, d instanceof Error, DOMException.NOT_FOUND_ERR, Object.prototype.toString.call(d));
const d2 = new DOMException('x', { name: 'AbortError', cause: 1 }); console.log(d2.name, d2.cause, d2.code);
console.log(atob('aGk='), btoa('hi'));
try { atob('*'); } catch (e) { console.log(e.name, e.code, e.message); }
try { btoa('\u0100'); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(typeof performance.now(), performance.timeOrigin > 1e12, typeof performance.toJSON(), performance.mark('a').entryType, performance.measure('m', 'a').name, performance.getEntriesByType('mark').length);
console.log(Object.prototype.toString.call(performance), typeof performance.eventLoopUtilization().utilization);
const dx = new DOMException('msg', 'AbortError');
console.log(String(dx), dx.stack.split('\n')[0], Object.keys(dx), Object.getOwnPropertyNames(dx), dx instanceof Error, dx.name, dx.message, dx.code);
const acx = new AbortController(); acx.abort(); console.log(acx.signal.reason.stack.split('\n')[0]);
console.log(require('util').inspect(dx).split('\n')[0]);
console.log(Object.getOwnPropertyNames(DOMException.prototype).length, DOMException.DOMSTRING_SIZE_ERR, new DOMException().name, new DOMException().message === '', new DOMException('x', { name: 'DataCloneError', cause: 7 }).cause);
try { DOMException.prototype.name; } catch (e) { console.log(e.code); }
for (const s of ['aGk=', 'aGk', ' aG k= ', 'a', 'aGk==', 'aG=k', '*', '', 'YQ==\n']) { try { console.log(JSON.stringify(atob(s))); } catch (e) { console.log(e.name, s); } }
for (const s of ['hi', 'é', '', '\u0100']) { try { console.log(btoa(s)); } catch (e) { console.log(e.name); } }
try { atob(); } catch (e) { console.log(e.code, e.message); }
