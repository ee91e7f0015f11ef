'use strict';
const tp = require('timers/promises');
console.log(require('timers').promises === tp, Object.keys(tp));
(async () => {
  console.log(await tp.setTimeout(5, 'v'), await tp.setImmediate('i'));
  const ac = new AbortController();
  const p = tp.setTimeout(1000, 'x', { signal: ac.signal });
  ac.abort('why');
  try { await p; } catch (e) { console.log(e.name, e.code, e.message, e.cause); }
  try { await tp.setTimeout(1, 'x', { signal: AbortSignal.abort() }); } catch (e) { console.log(e.code, e.cause.name); }
  try { await tp.setTimeout('x'); } catch (e) { console.log(e.code, e.message); }
  try { await tp.setTimeout(1, 1, { ref: 1 }); } catch (e) { console.log(e.code, e.message); }
  try { await tp.setImmediate(1, 'bad'); } catch (e) { console.log(e.code, e.message); }
  let n = 0;
  for await (const v of tp.setInterval(2, 'tick')) { console.log(v); if (++n === 3) break; }
  const ac2 = new AbortController();
  setTimeout(() => ac2.abort(), 15);
  try { for await (const v of tp.setInterval(5, 'a', { signal: ac2.signal })) { n++; } } catch (e) { console.log('interval', e.name); }
  await tp.scheduler.wait(2); await tp.scheduler.yield(); console.log('sched');
  tp.setTimeout(100000, null, { ref: false }).then(() => console.log('never'));
})();
