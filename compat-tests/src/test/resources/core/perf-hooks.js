'use strict';
const { performance, PerformanceObserver, PerformanceEntry, PerformanceMark, createHistogram, constants } = require('perf_hooks');
console.log(performance === globalThis.performance, typeof performance.now(), performance.now() >= 0, performance.now() < 60000);
console.log(Math.abs(performance.timeOrigin + performance.now() - Date.now()) < 1000);
const obs = new PerformanceObserver((list, observer) => {
  console.log('observed', list.getEntries().map((e) => `${e.entryType}:${e.name}`));
  observer.disconnect();
});
obs.observe({ entryTypes: ['mark', 'measure'] });
const m1 = performance.mark('start', { detail: { a: 1 } });
console.log(m1 instanceof PerformanceEntry, m1 instanceof PerformanceMark, m1.name, m1.entryType, m1.duration, m1.detail);
const m2 = performance.mark('end', { startTime: m1.startTime + 5 });
const me = performance.measure('span', 'start', 'end');
console.log(me.name, me.entryType, Math.round(me.duration), me.startTime === m1.startTime);
const me2 = performance.measure('opts', { start: 0, duration: 3 });
console.log(me2.startTime, me2.duration);
console.log(performance.getEntriesByName('start').length, performance.getEntriesByType('measure').map((e) => e.name), performance.getEntries().length);
performance.clearMarks('start'); console.log(performance.getEntriesByType('mark').map((e) => e.name));
performance.clearMarks(); performance.clearMeasures(); console.log(performance.getEntries().length);
try { performance.measure('x', 'nope'); } catch (e) { console.log(e.name, e.message); }
try { new PerformanceEntry(); } catch (e) { console.log(e.name, e.code); }
const h = createHistogram(); h.record(1); h.record(3); console.log(h.count, h.min, h.max, h.mean);
console.log(Object.keys(performance.toJSON()), typeof constants.NODE_PERFORMANCE_GC_MAJOR, PerformanceObserver.supportedEntryTypes.includes('mark'));
console.log(JSON.stringify(m2.toJSON()).includes('"entryType":"mark"'));
