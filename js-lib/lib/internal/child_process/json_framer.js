'use strict';

// The 'json' IPC framing (one JSON text per '\n'-terminated UTF-8 line), apart from the 'advanced' one so that a
// forked child talking JSON loads nothing else: parseLines/writeText for the channel (lines cut and decoded in
// Java), parse/writeMessage on bytes for the shape of node's own internals (see serialization.js).
const { view, concatBytes } = require('internal/bytes');

const NEWLINE = 0x0A;
const indexOf = Uint8Array.prototype.indexOf; // native, unlike a polyfill's

// Like node's StringDecoder: invalid bytes become U+FFFD, a BOM is kept. Made on first use.
let utf8Decoder;
function decoder() {
  utf8Decoder ??= new TextDecoder('utf-8', { ignoreBOM: true });
  return utf8Decoder;
}

class JsonFramer {
  constructor() {
    this.partial = []; // pieces of a line whose '\n' has not arrived
    this.lines = []; // complete lines not yet delivered
    this.next = 0;
  }

  get buffering() {
    return this.partial.length !== 0;
  }

  writeMessage(message) {
    const { Buffer } = require('buffer');
    return Buffer.from(this.writeText(message), 'utf8');
  }

  writeText(message) {
    return `${JSON.stringify(message)}\n`;
  }

  // Like parse(), for text already cut after a '\n' and decoded (the native line reader's output).
  parseLines(text, onMessage) {
    const lines = text.split('\n');
    lines.pop(); // text ends with '\n'
    this.lines = this.next < this.lines.length ? this.lines.slice(this.next).concat(lines) : lines;
    this.next = 0;
    this.deliver(onMessage);
  }

  deliver(onMessage) {
    while (this.next < this.lines.length) {
      const line = this.lines[this.next++];
      if (this.next === this.lines.length) {
        this.lines = [];
        this.next = 0;
      }
      onMessage(JSON.parse(line));
    }
  }

  parse(chunk, onMessage) {
    if (chunk.length === 0) return;
    // '\n' never occurs inside a UTF-8 sequence, so bytes can be split on it.
    let start = 0;
    let newline = indexOf.call(chunk, NEWLINE);
    while (newline !== -1) {
      let line;
      if (this.partial.length === 0) {
        line = decoder().decode(view(chunk, start, newline));
      } else {
        this.partial.push(view(chunk, start, newline));
        line = decoder().decode(concatBytes(this.partial));
        this.partial = [];
      }
      this.lines.push(line);
      start = newline + 1;
      newline = indexOf.call(chunk, NEWLINE, start);
    }
    if (start < chunk.length) this.partial.push(view(chunk, start, chunk.length));
    this.deliver(onMessage);
  }
}

module.exports = { JsonFramer };
