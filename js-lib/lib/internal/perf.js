'use strict';

// The `performance` global and the perf_hooks classes: a monotonic clock from process start, user-timing marks and
// measures, and an observer for them. Node's loop/GC timing entries do not exist in gnode.
const processBinding = require('internal/bootstrap/realm').internalBinding('process');

// Process start on the monotonic clock, in ms; timeOrigin is the same instant on the wall clock.
const startMs = processBinding.hrtimeNanos() / 1e6 - processBinding.uptimeMs();
const timeOrigin = Date.now() - processBinding.uptimeMs();

function now() {
  return processBinding.hrtimeNanos() / 1e6 - startMs;
}

const kAllow = Symbol('kAllowConstruct');
const entries = [];
const observers = new Set();

function illegal() {
  const { codes } = require('internal/errors');
  return new codes.ERR_ILLEGAL_CONSTRUCTOR();
}

class PerformanceEntry {
  constructor(key, name, type, start, duration, detail) {
    if (key !== kAllow) throw illegal();
    this._name = name;
    this._type = type;
    this._start = start;
    this._duration = duration;
    this._detail = detail;
  }
  get name() { return this._name; }
  get entryType() { return this._type; }
  get startTime() { return this._start; }
  get duration() { return this._duration; }
  get detail() { return this._detail; }
  toJSON() {
    return {
      name: this._name, entryType: this._type, startTime: this._start, duration: this._duration,
      detail: this._detail,
    };
  }
}
Object.defineProperty(PerformanceEntry.prototype, Symbol.toStringTag, {
  value: 'PerformanceEntry', configurable: true,
});

class PerformanceMark extends PerformanceEntry {
  constructor(name, options = undefined) {
    if (arguments.length === 0) {
      const { codes } = require('internal/errors');
      throw new codes.ERR_MISSING_ARGS('name');
    }
    const startTime = options?.startTime ?? now();
    if (typeof startTime !== 'number') {
      const { codes } = require('internal/errors');
      throw new codes.ERR_INVALID_ARG_TYPE('options.startTime', 'number', startTime);
    }
    if (startTime < 0) {
      const { DOMException } = require('internal/dom_exception');
      throw new DOMException(`${name} cannot have a negative start time.`, 'SyntaxError');
    }
    const detail = options?.detail === undefined ? null : globalThis.structuredClone(options.detail);
    super(kAllow, `${name}`, 'mark', startTime, 0, detail);
  }
}
Object.defineProperty(PerformanceMark.prototype, Symbol.toStringTag, { value: 'PerformanceMark', configurable: true });

class PerformanceMeasure extends PerformanceEntry {
  constructor(key, ...args) {
    if (key !== kAllow) throw illegal();
    super(kAllow, ...args);
  }
}
Object.defineProperty(PerformanceMeasure.prototype, Symbol.toStringTag, {
  value: 'PerformanceMeasure', configurable: true,
});

function record(entry) {
  entries.push(entry);
  for (const observer of observers) observer._take(entry);
}

function markTime(name) {
  if (typeof name === 'number') return name;
  for (let i = entries.length - 1; i >= 0; i--) {
    if (entries[i].entryType === 'mark' && entries[i].name === name) return entries[i].startTime;
  }
  const { DOMException } = require('internal/dom_exception');
  throw new DOMException(`The "${name}" performance mark has not been set`, 'SyntaxError');
}

function filterEntries(name, type) {
  return entries.filter((e) => (name === undefined || e.name === name) && (type === undefined || e.entryType === type))
    .sort((a, b) => a.startTime - b.startTime);
}

function clearEntries(type, name) {
  for (let i = entries.length - 1; i >= 0; i--) {
    if (entries[i].entryType === type && (name === undefined || entries[i].name === name)) entries.splice(i, 1);
  }
}

class Performance extends require('internal/event_target').EventTarget {
  constructor(key) {
    if (key !== kAllow) throw illegal();
    super();
  }
  get timeOrigin() { return timeOrigin; }
  now() { return now(); }
  mark(name, options = undefined) {
    const mark = new PerformanceMark(name, options);
    record(mark);
    return mark;
  }
  measure(name, startOrOptions = undefined, endMark = undefined) {
    let start;
    let end;
    let detail = null;
    if (startOrOptions !== null && typeof startOrOptions === 'object') {
      const { start: s, end: e, duration, detail: d } = startOrOptions;
      if (d !== undefined) detail = globalThis.structuredClone(d);
      end = e !== undefined ? markTime(e) : (s !== undefined && duration !== undefined ? markTime(s) + duration : now());
      start = s !== undefined ? markTime(s) : (duration !== undefined ? end - duration : 0);
    } else {
      start = startOrOptions !== undefined ? markTime(startOrOptions) : 0;
      end = endMark !== undefined ? markTime(endMark) : now();
    }
    const measure = new PerformanceMeasure(kAllow, `${name}`, 'measure', start, end - start, detail);
    record(measure);
    return measure;
  }
  clearMarks(name = undefined) { clearEntries('mark', name === undefined ? undefined : `${name}`); }
  clearMeasures(name = undefined) { clearEntries('measure', name === undefined ? undefined : `${name}`); }
  clearResourceTimings() {}
  getEntries() { return filterEntries(); }
  getEntriesByName(name, type = undefined) { return filterEntries(`${name}`, type); }
  getEntriesByType(type) { return filterEntries(undefined, `${type}`); }
  setResourceTimingBufferSize() {}
  eventLoopUtilization() { return { idle: 0, active: 0, utilization: 0 }; }
  timerify(fn) {
    const { validateFunction } = require('internal/validators');
    validateFunction(fn, 'fn');
    return fn;
  }
  get nodeTiming() {
    return {
      name: 'node', entryType: 'node', startTime: 0, duration: now(), nodeStart: 0, v8Start: 0,
      bootstrapComplete: 0, environment: 0, loopStart: 0, loopExit: -1, idleTime: 0,
    };
  }
  toJSON() {
    return { nodeTiming: this.nodeTiming, timeOrigin, eventLoopUtilization: this.eventLoopUtilization() };
  }
}
Object.defineProperty(Performance.prototype, Symbol.toStringTag, { value: 'Performance', configurable: true });

class PerformanceObserverEntryList {
  constructor(key, list) {
    if (key !== kAllow) throw illegal();
    this._list = list.slice().sort((a, b) => a.startTime - b.startTime);
  }
  getEntries() { return this._list.slice(); }
  getEntriesByType(type) { return this._list.filter((e) => e.entryType === `${type}`); }
  getEntriesByName(name, type = undefined) {
    return this._list.filter((e) => e.name === `${name}` && (type === undefined || e.entryType === type));
  }
}

class PerformanceObserver {
  constructor(callback) {
    const { validateFunction } = require('internal/validators');
    validateFunction(callback, 'callback');
    this._callback = callback;
    this._types = new Set();
    this._buffer = [];
    this._scheduled = false;
  }
  static get supportedEntryTypes() { return ['mark', 'measure']; }
  observe(options = {}) {
    const types = options.entryTypes ?? (options.type !== undefined ? [options.type] : []);
    for (const type of types) this._types.add(`${type}`);
    observers.add(this);
  }
  disconnect() {
    observers.delete(this);
    this._buffer = [];
  }
  takeRecords() {
    const list = this._buffer;
    this._buffer = [];
    return list;
  }
  _take(entry) {
    if (!this._types.has(entry.entryType)) return;
    this._buffer.push(entry);
    if (this._scheduled) return;
    this._scheduled = true;
    setImmediate(() => {
      this._scheduled = false;
      const list = this.takeRecords();
      if (list.length > 0) this._callback(new PerformanceObserverEntryList(kAllow, list), this);
    });
  }
}

const performance = new Performance(kAllow);

module.exports = {
  performance, Performance, PerformanceEntry, PerformanceMark, PerformanceMeasure, PerformanceObserver,
  PerformanceObserverEntryList, now, timeOrigin,
};
