'use strict';

// node:readline/promises: the readline Interface with a promise-returning question().
const readline = require('readline');

class Interface extends readline.Interface {
  question(query, options = undefined) {
    return new Promise((resolve, reject) => {
      const signal = options?.signal;
      if (signal?.aborted) {
        const { AbortError } = require('internal/errors');
        reject(new AbortError(undefined, { cause: signal.reason }));
        return;
      }
      super.question(query, resolve);
    });
  }
}

class Readline {
  constructor(stream) {
    this._stream = stream;
    this._todo = [];
  }
  cursorTo(x, y) { this._todo.push(y === undefined ? `\x1b[${x + 1}G` : `\x1b[${y + 1};${x + 1}H`); return this; }
  moveCursor(dx, dy) {
    let s = '';
    if (dx) s += dx < 0 ? `\x1b[${-dx}D` : `\x1b[${dx}C`;
    if (dy) s += dy < 0 ? `\x1b[${-dy}A` : `\x1b[${dy}B`;
    this._todo.push(s);
    return this;
  }
  clearLine(dir) { this._todo.push(dir < 0 ? '\x1b[1K' : dir > 0 ? '\x1b[0K' : '\x1b[2K'); return this; }
  clearScreenDown() { this._todo.push('\x1b[0J'); return this; }
  commit() {
    const data = this._todo.join('');
    this._todo = [];
    return new Promise((resolve) => this._stream.write(data, resolve));
  }
  rollback() { this._todo = []; return this; }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = { Interface, Readline, createInterface };
