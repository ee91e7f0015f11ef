'use strict';

// gnode's v8.serialize/deserialize against node's own, over a table of values:
// byte-identical output, and each side reads what the other wrote the way
// node reads it.

const test = require('node:test');
const assert = require('node:assert');
const nodeV8 = require('node:v8');
const { gnodeRequire } = require('./gnode_lib');
const { TABLE } = require('./value_table');

const ours = gnodeRequire('v8');

// deepStrictEqual does not look at an error's stack or cause: compare them too.
function assertSameErrors(actual, expected, seen = new Set()) {
  if (typeof expected !== 'object' || expected === null || seen.has(expected)) return;
  seen.add(expected);
  if (expected instanceof Error) {
    assert.strictEqual(Object.getPrototypeOf(actual), Object.getPrototypeOf(expected));
    for (const key of ['message', 'stack', 'cause']) {
      assert.deepStrictEqual(Object.getOwnPropertyDescriptor(actual, key),
                             Object.getOwnPropertyDescriptor(expected, key), key);
    }
    assertSameErrors(actual.cause, expected.cause, seen);
    return;
  }
  for (const key of Object.keys(expected)) assertSameErrors(actual[key], expected[key], seen);
}

// node 20's deepStrictEqual calls two invalid Dates different; V8 keeps NaN.
function assertSameValue(actual, expected) {
  if (expected instanceof Date && Number.isNaN(expected.getTime())) {
    assert.strictEqual(Object.getPrototypeOf(actual), Date.prototype);
    assert.ok(Number.isNaN(actual.getTime()));
    return;
  }
  assert.deepStrictEqual(actual, expected);
}

for (const [name, make] of TABLE) {
  test(`serialize: ${name}`, () => {
    const value = make();
    const expected = nodeV8.serialize(value);
    const actual = ours.serialize(value);
    assert.ok(Buffer.isBuffer(actual));
    if (!actual.equals(expected)) {
      assert.strictEqual(actual.toString('hex'), expected.toString('hex'));
    }
  });

  test(`deserialize node's bytes: ${name}`, () => {
    const bytes = nodeV8.serialize(make());
    const expected = nodeV8.deserialize(bytes);
    const actual = ours.deserialize(bytes);
    assertSameValue(actual, expected);
    assertSameErrors(actual, expected);
  });

  test(`node deserializes our bytes: ${name}`, () => {
    const value = make();
    const expected = nodeV8.deserialize(nodeV8.serialize(value));
    const actual = nodeV8.deserialize(ours.serialize(value));
    assertSameValue(actual, expected);
    assertSameErrors(actual, expected);
  });
}

test('references survive: shared children stay shared, cycles stay cycles', () => {
  const back = ours.deserialize(nodeV8.serialize((() => {
    const child = { x: 1 };
    const root = { a: child, b: child };
    root.self = root;
    return root;
  })()));
  assert.strictEqual(back.a, back.b);
  assert.strictEqual(back.self, back);
});

test('views on one buffer share the deserialized buffer (plain Serializer)', () => {
  const ab = new ArrayBuffer(8);
  const ser = new nodeV8.Serializer();
  ser.writeHeader();
  ser.writeValue([new Uint8Array(ab, 2, 4), new Uint16Array(ab), ab]);
  const bytes = ser.releaseBuffer();
  const der = new ours.Deserializer(bytes);
  der.readHeader();
  const [u8, u16, buffer] = der.readValue();
  assert.strictEqual(u8.buffer, buffer);
  assert.strictEqual(u16.buffer, buffer);
  assert.strictEqual(u8.byteOffset, 2);
  assert.strictEqual(u8.length, 4);
});

test('Buffers come back as Buffers, other views as their own type', () => {
  const back = ours.deserialize(nodeV8.serialize({
    buf: Buffer.from('xyz'), u8: new Uint8Array([1]), dv: new DataView(new ArrayBuffer(2)),
  }));
  assert.ok(Buffer.isBuffer(back.buf));
  assert.strictEqual(back.buf.toString(), 'xyz');
  assert.strictEqual(Object.getPrototypeOf(back.u8), Uint8Array.prototype);
  assert.ok(back.dv instanceof DataView);
});

test('deserialized errors have own non-enumerable message, stack and cause', () => {
  const e = new TypeError('m', { cause: 'c' });
  e.stack = 'S';
  const back = ours.deserialize(nodeV8.serialize(e));
  assert.ok(back instanceof TypeError);
  assert.deepStrictEqual(Object.keys(back), []);
  assert.strictEqual(back.message, 'm');
  assert.strictEqual(back.stack, 'S');
  assert.strictEqual(back.cause, 'c');
});

test('1 MB+ values round-trip both ways', () => {
  const value = { text: 'z'.repeat(3 * 2 ** 20), bytes: Buffer.alloc(2 ** 21, 3) };
  const mine = ours.serialize(value);
  assert.ok(mine.equals(nodeV8.serialize(value)));
  const back = ours.deserialize(mine);
  assert.strictEqual(back.text, value.text);
  assert.ok(back.bytes.equals(value.bytes));
});

// Known gap: V8 picks dense/sparse and Smi/double encodings from an object's
// internal representation, which JS cannot see. Arrays made holey by their
// construction (new Array(n) then filled) are written densely by gnode and
// sparsely by V8; both read back as equal values.
test('arrays V8 stores as holey read back equal though the bytes differ', () => {
  const value = new Array(3).fill(0);
  assert.deepStrictEqual(nodeV8.deserialize(ours.serialize(value)), value);
  assert.deepStrictEqual(ours.deserialize(nodeV8.serialize(value)), value);
});
