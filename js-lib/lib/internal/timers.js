'use strict';

// Timers and immediates, kept in JS. Timers live in one binary heap ordered by (expiry, creation order); the
// Java loop only learns the earliest deadline. Each runTimer/runImmediate call runs at most one callback so the
// microtask queue drains between callbacks, as in Node.
const { loop, state, IMMEDIATE_REFS, IMMEDIATE_COUNT, TIMER_REFS } = require('internal/process/loop_state');

const TIMEOUT_MAX = 2 ** 31 - 1;
const kRefed = Symbol('refed');
const kHeapIndex = Symbol('heapIndex');
const kSeq = Symbol('seq');
const kOnTimeout = Symbol('onTimeout');
const toPrimitiveIds = new Map();

let seq = 0;
let nextId = 1;
const heap = [];

function before(a, b) {
  return a._idleStart + a._idleTimeout < b._idleStart + b._idleTimeout ||
    (a._idleStart + a._idleTimeout === b._idleStart + b._idleTimeout && a[kSeq] < b[kSeq]);
}

function siftUp(i) {
  const t = heap[i];
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!before(t, heap[parent])) break;
    heap[i] = heap[parent];
    heap[i][kHeapIndex] = i;
    i = parent;
  }
  heap[i] = t;
  t[kHeapIndex] = i;
}

function siftDown(i) {
  const t = heap[i];
  const n = heap.length;
  for (;;) {
    let child = 2 * i + 1;
    if (child >= n) break;
    if (child + 1 < n && before(heap[child + 1], heap[child])) child++;
    if (!before(heap[child], t)) break;
    heap[i] = heap[child];
    heap[i][kHeapIndex] = i;
    i = child;
  }
  heap[i] = t;
  t[kHeapIndex] = i;
}

function publishDeadline() {
  loop.setTimerDeadline(heap.length === 0 ? -1 : heap[0]._idleStart + heap[0]._idleTimeout);
}

function heapInsert(timer) {
  timer[kSeq] = seq++;
  heap.push(timer);
  siftUp(heap.length - 1);
  if (heap[0] === timer) publishDeadline();
}

function heapRemove(timer) {
  const i = timer[kHeapIndex];
  if (i === -1) return;
  timer[kHeapIndex] = -1;
  const last = heap.pop();
  if (i < heap.length) {
    heap[i] = last;
    last[kHeapIndex] = i;
    siftUp(i);
    siftDown(last[kHeapIndex]);
  }
  if (i === 0) publishDeadline();
}

function coerceDelay(after) {
  after *= 1;
  if (!(after >= 1 && after <= TIMEOUT_MAX)) {
    if (after > TIMEOUT_MAX) {
      process.emitWarning(`${after} does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.`,
        'TimeoutOverflowWarning');
    } else if (after < 0 && after !== -Infinity) {
      // Node 22+ warns about negative durations too.
      process.emitWarning(`${after} is a negative number.\nTimeout duration was set to 1.`,
        'TimeoutNegativeWarning');
    }
    after = 1;
  }
  return after;
}

class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    after = coerceDelay(after);
    this._idleTimeout = after;
    this._idlePrev = this;
    this._idleNext = this;
    this._idleStart = loop.now();
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    this[kRefed] = isRefed;
    this[kHeapIndex] = -1;
    this[kSeq] = 0;
    this[kOnTimeout] = null;
    if (isRefed) state[TIMER_REFS]++;
    heapInsert(this);
  }

  // Re-arms the timer from now, even after it fired (as Node documents); not after clearTimeout.
  refresh() {
    if (this._onTimeout === null) return this;
    heapRemove(this);
    if (this._destroyed) {
      this._destroyed = false;
      if (this[kRefed]) state[TIMER_REFS]++;
    }
    this._idleStart = loop.now();
    heapInsert(this);
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (!this._destroyed) state[TIMER_REFS]--;
    }
    return this;
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (!this._destroyed) state[TIMER_REFS]++;
    }
    return this;
  }

  hasRef() {
    return this[kRefed];
  }

  close() {
    clearTimeout(this);
    return this;
  }

  [Symbol.toPrimitive]() {
    let id = this[kOnTimeout];
    if (id === null) {
      id = nextId++;
      this[kOnTimeout] = id;
      toPrimitiveIds.set(id, this);
    }
    return id;
  }

  [Symbol.dispose]() {
    clearTimeout(this);
  }
}

function destroyTimer(timer) {
  if (timer._destroyed) return;
  timer._destroyed = true;
  heapRemove(timer);
  if (timer[kRefed]) state[TIMER_REFS]--;
  const id = timer[kOnTimeout];
  if (id !== null) toPrimitiveIds.delete(id);
}

function validateCallback(callback) {
  if (typeof callback !== 'function') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
  }
}

// The callback's extra arguments (from index `from` of the caller's arguments), or undefined when none.
function extraArgs(args, from) {
  return args.length > from ? Array.prototype.slice.call(args, from) : undefined;
}

function setTimeout(callback, after) {
  validateCallback(callback);
  return new Timeout(callback, after, extraArgs(arguments, 2), false, true);
}

function setInterval(callback, repeat) {
  validateCallback(callback);
  return new Timeout(callback, repeat, extraArgs(arguments, 2), true, true);
}

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    timer._onTimeout = null;
    destroyTimer(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const t = toPrimitiveIds.get(+timer);
    if (t !== undefined) {
      t._onTimeout = null;
      destroyTimer(t);
    }
  }
}

// Called by the Java loop during the timers phase: runs the earliest timer if due at phaseNow.
function runTimer(phaseNow) {
  if (heap.length === 0) return -1;
  const timer = heap[0];
  const expiry = timer._idleStart + timer._idleTimeout;
  if (expiry > phaseNow) return expiry;
  heapRemove(timer);
  if (timer._destroyed || timer._onTimeout === null) {
    return -2;
  }
  let threw = true;
  try {
    const args = timer._timerArgs;
    if (args === undefined) timer._onTimeout();
    else timer._onTimeout(...args);
    threw = false;
  } finally {
    if (timer._repeat && timer._onTimeout !== null && !timer._destroyed && timer[kHeapIndex] === -1) {
      timer._idleStart = loop.now();
      heapInsert(timer);
    } else if (timer[kHeapIndex] === -1 && !timer._destroyed) {
      // Not refreshed inside its callback: it is done.
      timer._destroyed = true;
      if (timer[kRefed]) state[TIMER_REFS]--;
      const id = timer[kOnTimeout];
      if (id !== null) toPrimitiveIds.delete(id);
    }
    if (threw) publishDeadline();
  }
  return -2;
}

// ---- Immediates: a FIFO; a check phase runs those queued before it began.
class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = true;
    state[IMMEDIATE_COUNT]++;
    state[IMMEDIATE_REFS]++;
    immediateQueue.push(this);
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (!this._destroyed) state[IMMEDIATE_REFS]++;
    }
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (!this._destroyed) state[IMMEDIATE_REFS]--;
    }
    return this;
  }

  hasRef() {
    return this[kRefed];
  }

  [Symbol.dispose]() {
    clearImmediate(this);
  }
}

let immediateQueue = [];
let phaseBatch = [];
let phaseIndex = 0;

function settleImmediate(immediate) {
  immediate._destroyed = true;
  state[IMMEDIATE_COUNT]--;
  if (immediate[kRefed]) state[IMMEDIATE_REFS]--;
}

function setImmediate(callback) {
  validateCallback(callback);
  return new Immediate(callback, extraArgs(arguments, 1));
}

function clearImmediate(immediate) {
  if (!immediate || immediate._destroyed || !(immediate instanceof Immediate)) return;
  settleImmediate(immediate);
  immediate._onImmediate = null;
}

// Called by the Java loop in the check phase; returns true while this phase has more to run.
function runImmediate(first) {
  if (first) {
    phaseBatch = immediateQueue;
    phaseIndex = 0;
    immediateQueue = [];
  }
  while (phaseIndex < phaseBatch.length) {
    const immediate = phaseBatch[phaseIndex];
    phaseBatch[phaseIndex++] = undefined;
    if (immediate._destroyed) continue;
    settleImmediate(immediate);
    const callback = immediate._onImmediate;
    immediate._onImmediate = null;
    const args = immediate._argv;
    if (args === undefined) callback.call(immediate);
    else callback.apply(immediate, args);
    return phaseIndex < phaseBatch.length;
  }
  return false;
}

module.exports = {
  Timeout, Immediate, setTimeout, setInterval, clearTimeout, clearInterval: clearTimeout,
  setImmediate, clearImmediate, runTimer, runImmediate, TIMEOUT_MAX, kRefed,
  active(timer) { if (timer && timer._idleTimeout >= 0) timer.refresh(); },
};
