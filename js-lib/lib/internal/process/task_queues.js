'use strict';

// process.nextTick and unhandled-rejection tracking. Node runs, after every callback: all ticks, then the
// microtasks, repeated until both are empty. GraalJS drains microtasks only when the outermost call from Java
// returns, so runTicks() runs the ticks and returns; the Java loop calls it again while TICK_PENDING is set.
const { state, TICK_PENDING } = require('internal/process/loop_state');

let queue = [];
let head = 0;
const pendingRejections = [];
let onRejections = null;

function setFlag() {
  state[TICK_PENDING] = (head < queue.length || pendingRejections.length > 0) ? 1 : 0;
}

function nextTick(callback, ...args) {
  if (typeof callback !== 'function') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
  }
  if (process._exiting) return;
  queue.push({ callback, args });
  state[TICK_PENDING] = 1;
}

// From inside a running tick: `callback(...args)` runs next, before the ticks queued meanwhile (the running tick's
// slot is free again).
function continueTick(callback, ...args) {
  queue[--head] = { callback, args };
  state[TICK_PENDING] = 1;
}

function runTicks() {
  try {
    while (head < queue.length) {
      const tick = queue[head];
      queue[head++] = undefined;
      const { callback, args } = tick;
      switch (args.length) {
        case 0: callback(); break;
        case 1: callback(args[0]); break;
        case 2: callback(args[0], args[1]); break;
        default: callback(...args);
      }
    }
    queue = [];
    head = 0;
    if (pendingRejections.length > 0 && onRejections !== null) {
      onRejections(pendingRejections.splice(0));
    }
  } finally {
    if (head > 1024 && head * 2 > queue.length) {
      queue = queue.slice(head);
      head = 0;
    }
    setFlag();
  }
}

// GraalJS reports a rejection still unhandled once the microtasks of the current call are drained, which is the
// point where Node looks at its pending rejections.
function trackRejection(reason, promise) {
  pendingRejections.push({ reason, promise });
  state[TICK_PENDING] = 1;
}

function setRejectionHandler(fn) {
  onRejections = fn;
}

module.exports = { nextTick, continueTick, runTicks, trackRejection, setRejectionHandler };
