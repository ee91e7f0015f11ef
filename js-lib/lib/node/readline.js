'use strict';

// node:readline, basic: line splitting over an input stream (CR, LF and CRLF end lines), prompts, question(),
// async iteration, and the ANSI cursor helpers. No terminal line editing or history.
const EventEmitter = require('events');
const { StringDecoder } = require('string_decoder');

const kQuestion = Symbol('question');

class Interface extends EventEmitter {
  constructor(input, output = undefined, completer = undefined, terminal = undefined) {
    super();
    let options = input;
    if (!(input && typeof input === 'object' && 'input' in input && typeof input.on !== 'function')) {
      options = { input, output, completer, terminal };
    }
    this.input = options.input;
    this.output = options.output;
    this.terminal = !!(options.terminal ?? this.output?.isTTY);
    this.crlfDelay = Math.max(100, options.crlfDelay ?? 100);
    this.line = '';
    this.cursor = 0;
    this.history = [];
    this.closed = false;
    this.paused = false;
    this._prompt = options.prompt ?? '> ';
    this._buffer = '';
    this._sawReturn = false;
    this._decoder = new StringDecoder('utf8');
    this[kQuestion] = null;
    this._onData = (chunk) => this._write(typeof chunk === 'string' ? chunk : this._decoder.write(chunk));
    this._onEnd = () => {
      const rest = this._buffer + this._decoder.end();
      this._buffer = '';
      if (rest.length > 0) this._line(rest);
      this.close();
    };
    if (options.signal) {
      if (options.signal.aborted) process.nextTick(() => this.close());
      else options.signal.addEventListener('abort', () => this.close(), { once: true });
    }
    this.input.on('data', this._onData);
    this.input.on('end', this._onEnd);
    this.input.resume?.();
  }

  _write(text) {
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c === '\n' && this._sawReturn && i === start && this._buffer === '') {
        // The LF of a CRLF split across chunks.
        this._sawReturn = false;
        start = i + 1;
        continue;
      }
      if (c === '\r' || c === '\n') {
        const line = this._buffer + text.slice(start, i);
        this._buffer = '';
        if (c === '\r' && text[i + 1] === '\n') i++;
        this._sawReturn = c === '\r';
        start = i + 1;
        this._line(line);
        if (this.closed) return;
      } else {
        this._sawReturn = false;
      }
    }
    this._buffer += text.slice(start);
  }

  _line(line) {
    const question = this[kQuestion];
    if (question !== null) {
      this[kQuestion] = null;
      question(line);
    } else {
      this.emit('line', line);
    }
  }

  getPrompt() { return this._prompt; }
  setPrompt(prompt) { this._prompt = `${prompt}`; }

  prompt() {
    if (this.closed) {
      const { codes } = require('internal/errors');
      throw new codes.ERR_USE_AFTER_CLOSE('readline');
    }
    if (this.paused) this.resume();
    this.output?.write(this._prompt);
  }

  question(query, options, callback) {
    callback = typeof options === 'function' ? options : callback;
    if (this.closed) {
      const { codes } = require('internal/errors');
      throw new codes.ERR_USE_AFTER_CLOSE('readline');
    }
    if (this[kQuestion] !== null) return;
    this[kQuestion] = callback;
    this.output?.write(`${query}`);
  }

  write(data) {
    if (this.closed) {
      const { codes } = require('internal/errors');
      throw new codes.ERR_USE_AFTER_CLOSE('readline');
    }
    if (typeof data === 'string') this._write(data);
  }

  pause() {
    if (this.paused) return this;
    this.input.pause?.();
    this.paused = true;
    this.emit('pause');
    return this;
  }

  resume() {
    if (!this.paused) return this;
    this.input.resume?.();
    this.paused = false;
    this.emit('resume');
    return this;
  }

  close() {
    if (this.closed) return;
    this.pause();
    this.input.removeListener('data', this._onData);
    this.input.removeListener('end', this._onEnd);
    this.closed = true;
    this.emit('close');
  }

  getCursorPos() {
    return { rows: 0, cols: this.cursor };
  }

  [Symbol.asyncIterator]() {
    if (this._iterator === undefined) {
      const events = EventEmitter.on(this, 'line', { close: ['close'] });
      // events.on yields argument arrays; a readline iterator yields the line itself.
      this._iterator = (async function* lines() {
        for await (const [line] of events) yield line;
      })();
    }
    return this._iterator;
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

const CSI = '\x1b[';

function finish(stream, data, callback) {
  if (stream == null) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  return stream.write(data, callback);
}

function cursorTo(stream, x, y, callback) {
  if (typeof y === 'function') {
    callback = y;
    y = undefined;
  }
  if (typeof x !== 'number' && typeof y === 'number') {
    const err = new TypeError('Cannot set cursor row without setting its column');
    err.code = 'ERR_INVALID_CURSOR_POS';
    throw err;
  }
  const data = typeof y !== 'number' ? `${CSI}${x + 1}G` : `${CSI}${y + 1};${x + 1}H`;
  return finish(stream, data, callback);
}

function moveCursor(stream, dx, dy, callback) {
  let data = '';
  if (dx < 0) data += `${CSI}${-dx}D`;
  else if (dx > 0) data += `${CSI}${dx}C`;
  if (dy < 0) data += `${CSI}${-dy}A`;
  else if (dy > 0) data += `${CSI}${dy}B`;
  return finish(stream, data, callback);
}

function clearLine(stream, dir, callback) {
  const data = dir < 0 ? `${CSI}1K` : dir > 0 ? `${CSI}0K` : `${CSI}2K`;
  return finish(stream, data, callback);
}

function clearScreenDown(stream, callback) {
  return finish(stream, `${CSI}0J`, callback);
}

function emitKeypressEvents() {}

Object.defineProperty(module.exports, 'promises', {
  enumerable: true,
  configurable: true,
  get() { return require('readline/promises'); },
});
Object.assign(module.exports, {
  Interface, createInterface, cursorTo, moveCursor, clearLine, clearScreenDown, emitKeypressEvents,
});
