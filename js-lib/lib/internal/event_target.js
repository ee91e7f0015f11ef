'use strict';

// EventTarget, Event and CustomEvent as Node has them (no DOM tree: no capture/bubble phases).
const kStop = Symbol('kStop');
const kTarget = Symbol('kTarget');
const kListeners = Symbol('kListeners');
const kIsBeingDispatched = Symbol('kIsBeingDispatched');
const kFields = Symbol('kFields');
const customInspect = Symbol.for('nodejs.util.inspect.custom');

// Node's custom inspection of its web classes: `Name { ...obj }`, one level shallower than the caller's depth.
function inspectWith(self, obj, depth, options, inspect, bareWhenDeep = false) {
  const name = self.constructor.name;
  if (typeof depth === 'number' && depth < 0) return bareWhenDeep ? name : `[${name}]`;
  const fmt = inspect ?? require('util').inspect;
  const optDepth = options?.depth;
  return `${name} ${fmt(obj, { ...options, depth: Number.isInteger(optDepth) ? optDepth - 1 : optDepth })}`;
}

class Event {
  constructor(type, options = undefined) {
    if (arguments.length === 0) {
      const { codes } = require('internal/errors');
      throw new codes.ERR_MISSING_ARGS('type');
    }
    this[kFields] = {};
    this[kFields].type = `${type}`;
    this[kFields].bubbles = !!(options && options.bubbles);
    this[kFields].cancelable = !!(options && options.cancelable);
    this[kFields].composed = !!(options && options.composed);
    this[kFields].defaultPrevented = false;
    this[kFields].timestamp = typeof performance !== 'undefined' ? performance.now() : Date.now();
    this[kStop] = false;
    this[kTarget] = null;
    this[kIsBeingDispatched] = false;
  }
  get type() { return this[kFields].type; }
  get target() { return this[kTarget]; }
  get currentTarget() { return this[kIsBeingDispatched] ? this[kTarget] : null; }
  get srcElement() { return this[kTarget]; }
  get bubbles() { return this[kFields].bubbles; }
  get cancelable() { return this[kFields].cancelable; }
  get composed() { return this[kFields].composed; }
  get defaultPrevented() { return this[kFields].cancelable && this[kFields].defaultPrevented; }
  get timeStamp() { return this[kFields].timestamp; }
  get eventPhase() { return this[kIsBeingDispatched] ? Event.AT_TARGET : Event.NONE; }
  get isTrusted() { return false; }
  get returnValue() { return !this.defaultPrevented; }
  get cancelBubble() { return this[kStop]; }
  set cancelBubble(value) { if (value) this[kStop] = true; }
  composedPath() { return this[kIsBeingDispatched] ? [this[kTarget]] : []; }
  preventDefault() { this[kFields].defaultPrevented = true; }
  stopPropagation() { this[kStop] = true; }
  stopImmediatePropagation() { this[kStop] = true; }

  [customInspect](depth, options, inspect) {
    return inspectWith(this, {
      type: this.type, defaultPrevented: this.defaultPrevented, cancelable: this.cancelable,
      timeStamp: this.timeStamp,
    }, depth, options, inspect);
  }
}
Event.NONE = 0;
Event.CAPTURING_PHASE = 1;
Event.AT_TARGET = 2;
Event.BUBBLING_PHASE = 3;
Object.defineProperty(Event.prototype, Symbol.toStringTag, { value: 'Event', configurable: true });

class CustomEvent extends Event {
  constructor(type, options = {}) {
    super(type, options);
    this[kFields].detail = options && options.detail !== undefined ? options.detail : null;
  }
  get detail() { return this[kFields].detail; }
}
Object.defineProperty(CustomEvent.prototype, Symbol.toStringTag, { value: 'CustomEvent', configurable: true });

function normalizeOptions(options) {
  if (typeof options === 'boolean') return { capture: options, once: false, passive: false, signal: undefined };
  options = options || {};
  return { capture: !!options.capture, once: !!options.once, passive: !!options.passive, signal: options.signal };
}

class EventTarget {
  constructor() {
    this[kListeners] = new Map();
  }

  addEventListener(type, listener, options = undefined) {
    if (arguments.length < 2) {
      const { codes } = require('internal/errors');
      throw new codes.ERR_MISSING_ARGS('type', 'listener');
    }
    const { once, capture, signal, passive } = normalizeOptions(options);
    if (listener == null) {
      process.emitWarning(new Error(`addEventListener called with ${listener} which has no effect.`));
      return;
    }
    if (signal && signal.aborted) return;
    type = `${type}`;
    let list = this[kListeners].get(type);
    if (list === undefined) {
      list = [];
      this[kListeners].set(type, list);
    }
    if (list.some((l) => l.listener === listener && l.capture === capture)) return;
    const record = { listener, capture, once, passive, removed: false };
    list.push(record);
    this._checkMaxListeners(type, list.length);
    if (signal) {
      signal.addEventListener('abort', () => this.removeEventListener(type, listener, options), { once: true });
    }
  }

  _checkMaxListeners(type, count) {
    const { kMaxEventTargetListeners, kMaxEventTargetListenersWarned, defaultMaxListeners } = require('events');
    const max = this[kMaxEventTargetListeners] ?? defaultMaxListeners;
    if (max > 0 && count > max && !this[kMaxEventTargetListenersWarned]) {
      this[kMaxEventTargetListenersWarned] = true;
      const name = this.constructor === EventTarget ? 'EventTarget' : `[${this.constructor.name}]`;
      const w = new Error(`Possible EventTarget memory leak detected. ${count} ${type} listeners added to ${name}. ` +
        `MaxListeners is ${max}. Use events.setMaxListeners() to increase limit`);
      w.name = 'MaxListenersExceededWarning';
      w.target = this;
      w.type = type;
      w.count = count;
      process.emitWarning(w);
    }
  }

  [customInspect](depth, options, inspect) {
    return inspectWith(this, {}, depth, options, inspect, true);
  }

  removeEventListener(type, listener, options = undefined) {
    const { capture } = normalizeOptions(options);
    const list = this[kListeners].get(`${type}`);
    if (list === undefined) return;
    const index = list.findIndex((l) => l.listener === listener && l.capture === capture);
    if (index !== -1) {
      list[index].removed = true;
      list.splice(index, 1);
    }
  }

  dispatchEvent(event) {
    if (!(event instanceof Event)) {
      const { codes } = require('internal/errors');
      throw new codes.ERR_INVALID_ARG_TYPE('event', 'Event', event);
    }
    if (event[kIsBeingDispatched]) {
      const { codes } = require('internal/errors');
      throw new codes.ERR_EVENT_RECURSION(event.type);
    }
    event[kTarget] = this;
    event[kIsBeingDispatched] = true;
    const list = this[kListeners].get(event.type);
    if (list !== undefined) {
      for (const record of list.slice()) {
        if (record.removed) continue;
        if (record.once) this.removeEventListener(event.type, record.listener, { capture: record.capture });
        try {
          const { listener } = record;
          if (typeof listener === 'function') listener.call(this, event);
          else if (listener && typeof listener.handleEvent === 'function') listener.handleEvent(event);
        } catch (err) {
          process.nextTick(() => { throw err; });
        }
        if (event[kStop]) break;
      }
    }
    event[kIsBeingDispatched] = false;
    return event.defaultPrevented !== true;
  }
}
Object.defineProperty(EventTarget.prototype, Symbol.toStringTag, { value: 'EventTarget', configurable: true });

function listenerCount(target, type) {
  const list = target[kListeners] && target[kListeners].get(type);
  return list === undefined ? 0 : list.length;
}

function listeners(target, type) {
  const list = target[kListeners] && target[kListeners].get(type);
  return list === undefined ? [] : list.map((l) => l.listener);
}

Object.defineProperty(EventTarget.prototype, '_checkMaxListeners', { enumerable: false });

module.exports = { Event, CustomEvent, EventTarget, listenerCount, listeners, kListeners, inspectWith };
