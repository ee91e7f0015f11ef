'use strict';

// EventTarget, Event and CustomEvent as Node has them (no DOM tree: no capture/bubble phases).
const kStop = Symbol('kStop');
const kTarget = Symbol('kTarget');
const kListeners = Symbol('kListeners');
const kIsBeingDispatched = Symbol('kIsBeingDispatched');

class Event {
  constructor(type, options = undefined) {
    if (arguments.length === 0) {
      const { codes } = require('internal/errors');
      throw new codes.ERR_MISSING_ARGS('type');
    }
    this._type = `${type}`;
    this._bubbles = !!(options && options.bubbles);
    this._cancelable = !!(options && options.cancelable);
    this._composed = !!(options && options.composed);
    this._defaultPrevented = false;
    this._timestamp = typeof performance !== 'undefined' ? performance.now() : Date.now();
    this[kStop] = false;
    this[kTarget] = null;
    this[kIsBeingDispatched] = false;
  }
  get type() { return this._type; }
  get target() { return this[kTarget]; }
  get currentTarget() { return this[kIsBeingDispatched] ? this[kTarget] : null; }
  get srcElement() { return this[kTarget]; }
  get bubbles() { return this._bubbles; }
  get cancelable() { return this._cancelable; }
  get composed() { return this._composed; }
  get defaultPrevented() { return this._cancelable && this._defaultPrevented; }
  get timeStamp() { return this._timestamp; }
  get eventPhase() { return this[kIsBeingDispatched] ? Event.AT_TARGET : Event.NONE; }
  get isTrusted() { return false; }
  get returnValue() { return !this.defaultPrevented; }
  get cancelBubble() { return this[kStop]; }
  set cancelBubble(value) { if (value) this[kStop] = true; }
  composedPath() { return this[kIsBeingDispatched] ? [this[kTarget]] : []; }
  preventDefault() { this._defaultPrevented = true; }
  stopPropagation() { this[kStop] = true; }
  stopImmediatePropagation() { this[kStop] = true; }
}
Event.NONE = 0;
Event.CAPTURING_PHASE = 1;
Event.AT_TARGET = 2;
Event.BUBBLING_PHASE = 3;
Object.defineProperty(Event.prototype, Symbol.toStringTag, { value: 'Event', configurable: true });

class CustomEvent extends Event {
  constructor(type, options = {}) {
    super(type, options);
    this._detail = options && options.detail !== undefined ? options.detail : null;
  }
  get detail() { return this._detail; }
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
    if (signal) {
      signal.addEventListener('abort', () => this.removeEventListener(type, listener, options), { once: true });
    }
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

module.exports = { Event, CustomEvent, EventTarget, listenerCount, listeners, kListeners };
