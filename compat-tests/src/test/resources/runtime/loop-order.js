'use strict';
// Node's ordering of nextTick, microtasks, timers and immediates.
const log = [];
const out = (s) => log.push(s);
setTimeout(() => {
  out('timeout1');
  process.nextTick(() => out('tick-in-timeout1'));
  Promise.resolve().then(() => out('micro-in-timeout1'));
  setImmediate(() => out('immediate-from-timeout'));
  setTimeout(() => out('timeout-from-timeout'), 0);
}, 0);
setTimeout(() => {
  out('timeout2');
}, 0);
setImmediate(() => {
  out('immediate1');
  process.nextTick(() => out('tick-in-immediate1'));
  setImmediate(() => out('immediate-nested'));
});
setImmediate(() => out('immediate2'));
process.nextTick(() => {
  out('tick1');
  Promise.resolve().then(() => {
    out('micro-from-tick');
    process.nextTick(() => out('tick-from-micro'));
  });
  process.nextTick(() => out('tick-nested'));
});
Promise.resolve().then(() => out('micro1'));
queueMicrotask(() => out('queueMicrotask1'));
(async () => {
  out('async-start');
  await null;
  out('async-after-await');
})();
out('sync-end');
process.on('exit', () => {
  // Timers vs immediates of the first iteration depend on start-up speed in node too; compare the stable parts.
  const first = log.slice(0, 10);
  console.log(first.join('\n'));
  const rest = log.slice(10);
  const idx = (s) => rest.indexOf(s);
  console.log(idx('tick-in-timeout1') === idx('timeout1') + 1, idx('micro-in-timeout1') === idx('timeout1') + 2);
  console.log(idx('timeout2') > idx('micro-in-timeout1'));
  console.log(idx('tick-in-immediate1') === idx('immediate1') + 1);
  console.log(idx('immediate2') > idx('tick-in-immediate1'));
  console.log(idx('immediate-nested') > idx('immediate2'));
  console.log(rest.length);
});
