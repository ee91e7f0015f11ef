'use strict';

// internal/encoding TextEncoder/TextDecoder against node's.

const assert = require('assert');
const { createLoader, test } = require('./run');

const ours = createLoader().require('internal/encoding');

function errShape(fn) {
  try {
    return { value: fn() };
  } catch (e) {
    return { name: e.name, code: e.code, message: e.message };
  }
}

test('TextEncoder.encode / encodeInto', () => {
  const te = new ours.TextEncoder();
  const nte = new TextEncoder();
  assert.strictEqual(te.encoding, 'utf-8');
  for (const s of ['', 'abc', 'ñé', '€', '😀', 'a\ud800b', '\udc00', 'x'.repeat(1000), '\u0000\u007f\u0080\u07ff\u0800\uffff']) {
    assert.deepStrictEqual(te.encode(s), nte.encode(s));
    for (const size of [0, 1, 2, 3, 5, 10]) {
      const d1 = new Uint8Array(size);
      const d2 = new Uint8Array(size);
      assert.deepStrictEqual(te.encodeInto(s, d1), nte.encodeInto(s, d2));
      assert.deepStrictEqual(d1, d2);
    }
  }
  assert.deepStrictEqual(te.encode(), nte.encode());
  assert.deepStrictEqual(te.encode(123), nte.encode(123));
});

test('TextDecoder utf-8 matches node on valid, invalid and streamed input', () => {
  const samples = [[], [0x61], [0xef, 0xbb, 0xbf, 0x61], [0xc3, 0xa9], [0xc3], [0xe2, 0x82], [0xe2, 0x82, 0xac],
    [0xf0, 0x9f, 0x98, 0x80], [0xf0, 0x9f, 0x98], [0xff, 0xfe, 0x61], [0xed, 0xa0, 0x80], [0xc0, 0x80], [0xf4, 0x90, 0x80, 0x80],
    [0xe0, 0x80, 0x80], [0x80, 0x61, 0xc3, 0x28]];
  let seed = 7;
  for (let n = 0; n < 200; n++) {
    const len = n % 17;
    const arr = [];
    for (let i = 0; i < len; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      arr.push(seed % 3 === 0 ? 0x80 + (seed % 0x80) : seed % 256);
    }
    samples.push(arr);
  }
  for (const bytes of samples) {
    const u8 = new Uint8Array(bytes);
    for (const opts of [{}, { ignoreBOM: true }, { fatal: true }]) {
      assert.deepStrictEqual(errShape(() => new ours.TextDecoder('utf-8', opts).decode(u8)),
        errShape(() => new TextDecoder('utf-8', opts).decode(u8)), `${bytes} ${JSON.stringify(opts)}`);
      // Byte-by-byte streaming must give the same text.
      const d1 = new ours.TextDecoder('utf-8', opts);
      const d2 = new TextDecoder('utf-8', opts);
      const s1 = errShape(() => bytes.map((b) => d1.decode(new Uint8Array([b]), { stream: true })).join('') + d1.decode());
      const s2 = errShape(() => bytes.map((b) => d2.decode(new Uint8Array([b]), { stream: true })).join('') + d2.decode());
      assert.deepStrictEqual(s1, s2, `stream ${bytes} ${JSON.stringify(opts)}`);
    }
  }
});

test('TextDecoder utf-16le and latin1 labels', () => {
  for (const label of ['utf-16le', 'utf-16', 'latin1', 'ascii', 'ISO-8859-1', ' utf8 ', 'UTF-8']) {
    const a = new ours.TextDecoder(label);
    const b = new TextDecoder(label);
    assert.strictEqual(a.encoding, b.encoding, label);
    // Bytes 0x80-0x9F under windows-1252 labels are left out: node 20 decodes them as latin1, the
    // Encoding Standard (and newer node) maps them to cp1252 characters; checked separately below.
    for (const bytes of [[0x61, 0x00, 0x62, 0x00], [0xff, 0xfe, 0x61, 0x00], [0x3d, 0xd8, 0x00, 0xde], [0x3d, 0xd8], [0x61],
      [0xa0, 0xff], [0x00, 0xdc, 0x61, 0x00]]) {
      assert.deepStrictEqual(a.decode(new Uint8Array(bytes)), b.decode(new Uint8Array(bytes)), `${label} ${bytes}`);
    }
  }
  assert.strictEqual(new ours.TextDecoder('latin1').decode(new Uint8Array([0x80, 0x81, 0x9f])), '\u20ac\u0081\u0178');
  assert.deepStrictEqual(errShape(() => new ours.TextDecoder('nope')), errShape(() => new TextDecoder('nope')));
  assert.deepStrictEqual(errShape(() => new ours.TextDecoder().decode('str')), errShape(() => new TextDecoder().decode('str')));
  assert.strictEqual(new ours.TextDecoder().decode(new Uint8Array([0x68, 0x69]).buffer), 'hi');
  assert.strictEqual(new ours.TextDecoder().decode(new DataView(new Uint8Array([0x68, 0x69]).buffer)), 'hi');
});

test('inspect output and constructor validation match node', () => {
  const util = require('util');
  const inspectOurs = createLoader().require('internal/util/inspect').inspect;
  for (const [a, b] of [[new ours.TextDecoder(), new TextDecoder()], [new ours.TextEncoder(), new TextEncoder()],
    [new ours.TextDecoder('latin1', { fatal: true }), new TextDecoder('latin1', { fatal: true })]]) {
    assert.strictEqual(inspectOurs(a), util.inspect(b));
    assert.strictEqual(inspectOurs({ d: a }, { depth: 0 }), util.inspect({ d: b }, { depth: 0 }));
  }
  for (const opts of [null, 5, 'x', () => {}, []]) {
    assert.deepStrictEqual(errShape(() => new ours.TextDecoder('utf-8', opts).encoding),
      errShape(() => new TextDecoder('utf-8', opts).encoding), String(opts));
  }
  assert.deepStrictEqual(errShape(() => new ours.TextEncoder().encodeInto(1, new Uint8Array(1))),
    errShape(() => new TextEncoder().encodeInto(1, new Uint8Array(1))));
  assert.deepStrictEqual(errShape(() => new ours.TextEncoder().encodeInto('a', [])),
    errShape(() => new TextEncoder().encodeInto('a', [])));
});
