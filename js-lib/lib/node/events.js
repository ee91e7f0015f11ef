'use strict';

// node:events: the `events` WebJar's EventEmitter with what Node adds on top.
const EventEmitter = require('vendor:events/events.js');

const kCapture = Symbol('kCapture');
const errorMonitor = Symbol('events.errorMonitor');
const captureRejectionSymbol = Symbol.for('nodejs.rejection');

const baseEmit = EventEmitter.prototype.emit;
EventEmitter.prototype.emit = function emit(type, ...args) {
  if (type === 'error' && this._events !== undefined && this._events[errorMonitor] !== undefined) {
    baseEmit.call(this, errorMonitor, ...args);
  }
  if (type === 'error' && (this._events === undefined || this._events.error === undefined)) {
    const er = args[0];
    if (er instanceof Error) throw er;
    const { codes } = require('internal/errors');
    const err = new codes.ERR_UNHANDLED_ERROR(er);
    err.context = er;
    throw err;
  }
  return baseEmit.call(this, type, ...args);
};

EventEmitter.errorMonitor = errorMonitor;
EventEmitter.captureRejectionSymbol = captureRejectionSymbol;
EventEmitter.captureRejections = false;
EventEmitter.kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
EventEmitter.kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');
EventEmitter[kCapture] = false;

EventEmitter.getEventListeners = function getEventListeners(emitter, type) {
  if (typeof emitter.listeners === 'function') return emitter.listeners(type);
  return [];
};

EventEmitter.listenerCount = function listenerCount(emitter, type) {
  return emitter.listenerCount(type);
};

module.exports = EventEmitter;
