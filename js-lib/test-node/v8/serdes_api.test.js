'use strict';

// The Serializer/Deserializer classes of gnode's `v8` against node's: every
// scenario runs on both and must end the same way (same bytes or value, or
// the same error name, code and message).

const test = require('node:test');
const assert = require('node:assert');
const nodeV8 = require('node:v8');
const { gnodeRequire } = require('./gnode_lib');

const ours = gnodeRequire('v8');

function outcome(run) {
  try {
    return { value: run() };
  } catch (err) {
    return {
      thrown: {
        type: Object.prototype.toString.call(err),
        name: err && err.name,
        code: err && err.code,
        message: err && err.message,
        ctor: err && err.constructor && err.constructor.name,
      },
    };
  }
}

function sameOutcome(scenario) {
  const expected = outcome(() => scenario(nodeV8));
  const actual = outcome(() => scenario(ours));
  assert.deepStrictEqual(actual, expected);
  return actual;
}

function written(v8, write) {
  const ser = new v8.Serializer();
  write(ser);
  return ser.releaseBuffer();
}

test('writeUint32 converts like ToUint32 and writes a varint', () => {
  for (const n of [0, 1, 127, 128, 300, 2 ** 32 - 1, -1, 2 ** 32 + 5, '7', 1.9, NaN]) {
    sameOutcome((v8) => written(v8, (s) => s.writeUint32(n)));
  }
});

test('writeUint64 writes hi:lo as one varint', () => {
  for (const [hi, lo] of [[0, 0], [0, 2 ** 32 - 1], [1, 2], [2 ** 32 - 1, 2 ** 32 - 1], [0x12345, 0x6789]]) {
    sameOutcome((v8) => written(v8, (s) => s.writeUint64(hi, lo)));
  }
});

test('writeDouble writes 8 raw bytes', () => {
  for (const n of [1.5, -0, NaN, Infinity, 2 ** 60, '2.5']) {
    sameOutcome((v8) => written(v8, (s) => s.writeDouble(n)));
  }
});

test('writeRawBytes takes any ArrayBufferView and rejects the rest', () => {
  const ab = new ArrayBuffer(8);
  for (const source of [new Uint8Array([1, 2, 3]), new DataView(ab, 2, 3),
                        Buffer.from('xyz'), new Float64Array([1.5]), 'x', ab, undefined]) {
    sameOutcome((v8) => written(v8, (s) => s.writeRawBytes(source)));
  }
});

test('writeValue returns true; releaseBuffer hands the bytes over once', () => {
  sameOutcome((v8) => {
    const s = new v8.Serializer();
    s.writeHeader();
    const result = s.writeValue({ a: [1, 'b'] });
    return [result, s.releaseBuffer(), s.releaseBuffer()];
  });
});

test('releaseBuffer gives a Buffer owning exactly its bytes', () => {
  for (const value of [{ a: 1 }, 'x'.repeat(5000), Buffer.alloc(3)]) {
    const bytes = ours.serialize(value);
    assert.ok(Buffer.isBuffer(bytes));
    assert.strictEqual(bytes.byteOffset, 0);
    assert.strictEqual(bytes.buffer.byteLength, bytes.length);
  }
});

test('writing after releaseBuffer starts a new buffer; object ids carry on', () => {
  const shared = { s: 1 };
  sameOutcome((v8) => {
    const s = new v8.Serializer();
    s.writeHeader();
    s.writeValue(shared);
    const first = s.releaseBuffer();
    s.writeValue([shared, 'x'.repeat(200)]);
    return [first, s.releaseBuffer()];
  });
});

test('a Serializer has no own enumerable properties', () => {
  assert.deepStrictEqual(Object.keys(new ours.Serializer()), []);
  assert.deepStrictEqual(Object.keys(new ours.DefaultSerializer()), []);
});

test('uncloneable values throw the DataCloneError node throws', () => {
  const ab = new ArrayBuffer(4);
  structuredClone(ab, { transfer: [ab] }); // detaches ab
  const values = [
    () => 1, function named() {}, class K {}, Symbol('q'), { nested: Symbol('n') },
    Object(Symbol('boxed')), new WeakMap(), new WeakSet(), Promise.resolve(),
    new WeakRef({}), new SharedArrayBuffer(4), ab, [1, () => 2],
    (function () { return arguments; })(1), [1].values(), new Map([[1, () => 0]]),
    new Intl.Collator(), (function* gen() {})(),
  ];
  for (const value of values) {
    const result = sameOutcome((v8) => v8.serialize(value));
    assert.ok(result.thrown, `expected a throw for ${String(result.value)}`);
  }
});

test('_getDataCloneError is called with the message and the serializer as this', () => {
  sameOutcome((v8) => {
    const s = new v8.Serializer();
    s._getDataCloneError = function (message) {
      return new RangeError(`${message} (${this === s})`);
    };
    return s.writeValue(Symbol('x'));
  });
});

test('views as host objects without _writeHostObject cannot be cloned', () => {
  for (const view of [new Uint8Array(2), new DataView(new ArrayBuffer(1)), Buffer.from('x')]) {
    sameOutcome((v8) => {
      const s = new v8.Serializer();
      s._setTreatArrayBufferViewsAsHostObjects(true);
      return s.writeValue(view);
    });
  }
});

test('clone error descriptions follow V8 (constructor name, else tag)', () => {
  const tagged = (object, props) => Object.defineProperties(object, props);
  const values = [
    new (class NamedPromise extends Promise {})(() => {}),
    tagged(new WeakMap(), { constructor: { value: 'not a function' } }),
    tagged(new WeakMap(), { toString: { value: () => 'custom' } }),
    tagged(new WeakMap(), { [Symbol.toStringTag]: { value: 'Tagged' }, toString: { value: 1 } }),
    tagged(new WeakSet(), { constructor: { get() { throw new Error('getter ran'); } } }),
    tagged(new WeakSet(), { constructor: { value: Object.defineProperty(() => {}, 'name', { value: '' }) } }),
  ];
  for (const value of values) sameOutcome((v8) => v8.serialize(value));
});

test('plain Serializer writes views after their buffer', () => {
  const ab = new ArrayBuffer(8);
  sameOutcome((v8) => written(v8, (s) => {
    s.writeHeader();
    s.writeValue([new Uint8Array(ab, 2, 4), new Uint16Array(ab), new DataView(ab), ab,
                  new Float64Array(2), new BigInt64Array(1)]);
  }));
});

test('custom _writeHostObject / _readHostObject round-trip', () => {
  const makeSerializer = (v8) => class extends v8.Serializer {
    constructor() {
      super();
      this._setTreatArrayBufferViewsAsHostObjects(true);
    }
    _writeHostObject(view) {
      this.writeUint32(view.length);
      this.writeDouble(view[0]);
    }
  };
  const makeDeserializer = (v8) => class extends v8.Deserializer {
    _readHostObject() {
      const length = this.readUint32();
      return { length, first: this.readDouble() };
    }
  };
  sameOutcome((v8) => {
    const S = makeSerializer(v8);
    const D = makeDeserializer(v8);
    const s = new S();
    s.writeHeader();
    s.writeValue({ v: new Float32Array([2.5, 3]) });
    const bytes = s.releaseBuffer();
    const d = new D(bytes);
    d.readHeader();
    return [bytes, d.readValue()];
  });
});

test('_readHostObject must return an object; a missing one fails the read', () => {
  const bytes = nodeV8.serialize(Buffer.from('ab'));
  sameOutcome((v8) => {
    const d = new v8.Deserializer(bytes);
    d._readHostObject = () => 5;
    d.readHeader();
    return d.readValue();
  });
  sameOutcome((v8) => {
    const d = new v8.Deserializer(bytes);
    d.readHeader();
    return d.readValue();
  });
});

test('transferred array buffers are written by id and read back as given', () => {
  const ab = new ArrayBuffer(4);
  const bytes = sameOutcome((v8) => written(v8, (s) => {
    s.transferArrayBuffer(7, ab);
    s.writeHeader();
    s.writeValue([ab, new Uint8Array(ab, 1, 2)]);
  })).value;
  const target = new ArrayBuffer(4);
  const d = new ours.Deserializer(bytes);
  d.transferArrayBuffer(7, target);
  d.readHeader();
  const [buffer, view] = d.readValue();
  assert.strictEqual(buffer, target);
  assert.strictEqual(view.buffer, target);
  // Without the transfer the data cannot be read.
  sameOutcome((v8) => {
    const d2 = new v8.Deserializer(bytes);
    d2.readHeader();
    return d2.readValue();
  });
});

test('transferArrayBuffer validates its argument', () => {
  sameOutcome((v8) => new v8.Serializer().transferArrayBuffer(1, {}));
  sameOutcome((v8) => new v8.Serializer().transferArrayBuffer(1, new SharedArrayBuffer(1)));
  sameOutcome((v8) => new v8.Deserializer(Buffer.alloc(1)).transferArrayBuffer(1, {}));
});

test('shared array buffers go through _getSharedArrayBufferId', () => {
  const bytes = sameOutcome((v8) => {
    class S extends v8.Serializer {
      _getSharedArrayBufferId() { return 3; }
    }
    return written({ Serializer: S }, (s) => {
      s.writeHeader();
      s.writeValue(new SharedArrayBuffer(2));
    });
  }).value;
  // node's deserializer has no delegate for them.
  sameOutcome((v8) => v8.deserialize(bytes));
});

test('Deserializer constructor requires an ArrayBufferView and keeps it as .buffer', () => {
  for (const input of ['x', undefined, new ArrayBuffer(2), {}]) {
    sameOutcome((v8) => new v8.Deserializer(input));
  }
  const input = new Uint8Array([1, 2]);
  const d = new ours.Deserializer(input);
  assert.deepStrictEqual(Object.keys(d), ['buffer']);
  assert.strictEqual(d.buffer, input);
});

test('readHeader / getWireFormatVersion', () => {
  for (const hex of ['ff0f4902', 'ff0d4902', 'ff0b4902', 'ff10', 'ff', '4902', 'ff8f00', '']) {
    sameOutcome((v8) => {
      const d = new v8.Deserializer(Buffer.from(hex, 'hex'));
      const header = outcome(() => d.readHeader());
      return [header, d.getWireFormatVersion()];
    });
  }
});

test('readUint32 / readUint64 / readDouble / readRawBytes and their failures', () => {
  const bytes = Buffer.from('05828080801001020304ffffffff0f000000000000f83f0a0b0c', 'hex');
  sameOutcome((v8) => {
    const d = new v8.Deserializer(bytes);
    const results = [d.readUint32(), d.readUint32(), d.readUint64(), d.readUint32(),
                     d.readUint64(), d.readDouble(), d._readRawBytes(1), d.readRawBytes(2)];
    for (const read of ['readUint32', 'readUint64', 'readDouble']) {
      results.push(outcome(() => d[read]()));
    }
    results.push(outcome(() => d.readRawBytes(1)));
    results.push(outcome(() => d.readValue()));
    return results;
  });
});

test('readRawBytes shares memory with the input', () => {
  const input = Buffer.from([1, 2, 3, 4]);
  const d = new ours.Deserializer(input.subarray(1));
  const raw = d.readRawBytes(2);
  assert.ok(Buffer.isBuffer(raw));
  input[1] = 99;
  assert.strictEqual(raw[0], 99);
});

// Data of older format versions, and malformed data, hand-written.
const RAW_CASES = [
  ['version 13 view without flags', 'ff0d4202010256420002'],
  ['version 14 view with flags', 'ff0e420201025642000200'],
  ['version 12 is no longer read', 'ff0c4902'],
  ['utf8 string tag', 'ff0f5303e282ac'],
  ['uint32 tag', 'ff0f55ffffffff0f'],
  ['padding before a value', 'ff0f00004902'],
  ['verify-object-count tag', 'ff0f3f024902'],
  ['hole tag in dense array', 'ff0f41032d49022d240003'],
  ['unknown tag', 'ff0f01'],
  ['object with wrong property count', 'ff0f6f220161490201'.replace(/01$/, '7b02')],
  ['object with non-string key', 'ff0f6f545f7b01'],
  ['dense array longer than the data', 'ff0f41ff01'],
  ['array with wrong length trailer', 'ff0f410149022400ff'],
  ['back-reference to an unknown id', 'ff0f5e05'],
  ['truncated double', 'ff0f4e0000'],
  ['two-byte string with odd length', 'ff0f6303616200'],
  ['bad regexp flags', 'ff0f5222016180040'],
  ['linear regexp flag', 'ff0f5222016140'],
  ['invalid regexp pattern', 'ff0f5222012800'],
  ['view past its buffer', 'ff0f4202010256420003'],
  ['misaligned Uint16Array', 'ff0f4204000000005657010200'],
  ['resizable buffer with a fixed view', 'ff0f7e020400005642000200'],
  ['view flags on a fixed buffer', 'ff0f42020000564200020'],
  ['error with unknown tag', 'ff0f72782e'],
  ['error whose cause is itself', 'ff0f7263 5e00 2e'.replace(/ /g, '')],
  ['shared object tag', 'ff0f7000'],
  ['map with odd count', 'ff0f3b490249043a03'],
  ['set with wrong count', 'ff0f2749022c02'],
  ['bigint longer than the data', 'ff0f5a1001'],
  ['empty input after header', 'ff0f'],
];

for (const [name, hex] of RAW_CASES) {
  test(`reads like node: ${name}`, () => {
    sameOutcome((v8) => {
      const d = new v8.Deserializer(Buffer.from(hex, 'hex'));
      d.readHeader();
      return d.readValue();
    });
  });
}

test('every truncation of a serialized value fails like node', () => {
  const value = {
    s: 'text €', n: [1, 2.5, -3], m: new Map([[1, { d: new Date(3) }]]), b: Buffer.from('ab'),
    e: new RangeError('r'), big: -(2n ** 70n), re: /x/g, set: new Set(['q']),
  };
  const bytes = nodeV8.serialize(value);
  for (let end = 2; end < bytes.length; end++) {
    sameOutcome((v8) => v8.deserialize(bytes.subarray(0, end)));
  }
});

test('heap statistics and flags have node\'s shapes', () => {
  assert.deepStrictEqual(Object.keys(ours.getHeapStatistics()),
                         Object.keys(nodeV8.getHeapStatistics()));
  assert.strictEqual(typeof ours.cachedDataVersionTag(), 'number');
  assert.strictEqual(ours.setFlagsFromString('--allow-natives-syntax'), undefined);
  sameOutcome((v8) => v8.setFlagsFromString(1));
});

test('isStringOneByteRepresentation answers by content (node >= 23 API)', () => {
  assert.strictEqual(ours.isStringOneByteRepresentation('latin1 é'), true);
  assert.strictEqual(ours.isStringOneByteRepresentation(''), true);
  assert.strictEqual(ours.isStringOneByteRepresentation('€'), false);
  assert.throws(() => ours.isStringOneByteRepresentation(1),
                { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
});

test('a misaligned host-object Uint16Array is copied, not viewed in place', () => {
  let buf = Buffer.alloc(32 + 9);
  buf.write('ff0d5c0404addeefbe', 32, 'hex');
  buf = buf.subarray(32);
  sameOutcome((v8) => v8.deserialize(buf));
  assert.deepStrictEqual(ours.deserialize(buf), new Uint16Array([0xdead, 0xbeef]));
});

test('any ArrayBufferView type can hold the serialized bytes', () => {
  const bytes = nodeV8.serialize({ a: [1, 'b'], u: new Uint32Array([1, 2]) });
  const padded = new ArrayBuffer(bytes.length + 8 - (bytes.length % 8));
  new Uint8Array(padded).set(bytes);
  const views = [
    new Uint8Array(padded, 0, bytes.length), new Int8Array(padded, 0, bytes.length),
    new DataView(padded, 0, bytes.length), Buffer.from(padded, 0, bytes.length),
  ];
  for (const input of views) {
    sameOutcome((v8) => v8.deserialize(input));
  }
});

test('classes must be called with new', () => {
  assert.throws(() => ours.Serializer(), /^TypeError: Class constructor Serializer cannot be invoked without 'new'$/);
  assert.throws(() => ours.Deserializer(), /^TypeError: Class constructor Deserializer cannot be invoked without 'new'$/);
});
