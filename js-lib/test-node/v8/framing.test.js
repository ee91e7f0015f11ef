'use strict';

// gnode's IPC framers ('json' and 'advanced') against node's: frames split
// anywhere or packed many per chunk, and a live channel to a real node child
// (the raw channel is handed to the child as NODE_CHANNEL_FD, so the bytes on
// the wire are node's own).

const test = require('node:test');
const assert = require('node:assert');
const path = require('node:path');
const { spawn } = require('node:child_process');
const { gnodeRequire } = require('./gnode_lib');

const { createFramer, AdvancedFramer, JsonFramer } =
  gnodeRequire('internal/child_process/serialization');

const ADVANCED_MESSAGES = [
  { cmd: 'hello', n: 1 },
  'plain string €',
  [1, 2.5, -0, NaN, 10n, null, undefined],
  { buf: Buffer.from('bytes'), u16: new Uint16Array([1, 65535]), when: new Date(7) },
  new Map([['k', new Set([1, 2])]]),
  Object.assign(new RangeError('bad', { cause: 'why' }), { stack: 'RangeError: bad' }),
  { big: 'x'.repeat(70000) },
  0,
];

const JSON_MESSAGES = [
  { cmd: 'hello', n: 1 },
  'plain string € 😀',
  [1, 2.5, null, true],
  { nested: { deep: ['a', { b: 'c' }] } },
  { big: 'é'.repeat(70000) },
  0,
];

function collect(framer, chunks) {
  const out = [];
  for (const chunk of chunks) framer.parse(chunk, (m) => out.push(m));
  return out;
}

function framesOf(framer, messages) {
  return Buffer.concat(messages.map((m) => framer.writeMessage(m)));
}

test('advanced frames: 4-byte big-endian length, then v8.serialize bytes', () => {
  const frame = new AdvancedFramer().writeMessage({ a: 1 });
  assert.strictEqual(frame.readUInt32BE(0), frame.length - 4);
  assert.strictEqual(frame.subarray(4).toString('hex'), 'ff0f6f2201614902 7b01'.replace(' ', ''));
  // Array buffer views are host objects tagged 0, then node's view format.
  const viewFrame = new AdvancedFramer().writeMessage(Buffer.from('hi'));
  assert.strictEqual(viewFrame.subarray(4).toString('hex'), 'ff0f5c000a026869');
});

test('json frames: JSON.stringify per node\'s rules plus a newline', () => {
  const framer = new JsonFramer();
  assert.strictEqual(framer.writeMessage({ foo: 'bar', baz: NaN }).toString(),
                     '{"foo":"bar","baz":null}\n');
  assert.strictEqual(framer.writeMessage({ d: new Date(0), u: undefined, f() {} }).toString(),
                     '{"d":"1970-01-01T00:00:00.000Z"}\n');
  assert.strictEqual(framer.writeMessage('line\nbreak').toString(), '"line\\nbreak"\n');
  assert.strictEqual(framer.writeMessage('\ud800').toString(), '"\\ud800"\n');
  assert.throws(() => framer.writeMessage({ n: 1n }), TypeError);
});

for (const mode of ['advanced', 'json']) {
  const messages = mode === 'advanced' ? ADVANCED_MESSAGES : JSON_MESSAGES;
  const expected = collect(createFramer(mode), [framesOf(createFramer(mode), messages)]);

  test(`${mode}: all frames in one chunk`, () => {
    assert.deepStrictEqual(expected.length, messages.length);
    if (mode === 'advanced') {
      for (let i = 0; i < messages.length; i++) {
        if (messages[i] instanceof Error) {
          assert.strictEqual(expected[i].message, messages[i].message);
          assert.strictEqual(expected[i].cause, messages[i].cause);
        } else {
          assert.deepStrictEqual(expected[i], messages[i]);
        }
      }
    } else {
      assert.deepStrictEqual(expected, messages);
    }
  });

  test(`${mode}: split into two chunks at every byte offset`, () => {
    const small = messages.filter((m) => !(m && m.big));
    const bytes = framesOf(createFramer(mode), small);
    const want = collect(createFramer(mode), [bytes]);
    for (let at = 0; at <= bytes.length; at++) {
      const framer = createFramer(mode);
      const got = collect(framer, [bytes.subarray(0, at), bytes.subarray(at)]);
      assert.deepStrictEqual(got, want, `split at ${at}`);
      assert.strictEqual(framer.buffering, false);
    }
  });

  test(`${mode}: one byte at a time`, () => {
    const bytes = framesOf(createFramer(mode), messages);
    const framer = createFramer(mode);
    const chunks = [];
    for (let i = 0; i < bytes.length; i++) chunks.push(bytes.subarray(i, i + 1));
    assert.deepStrictEqual(collect(framer, chunks), expected);
  });

  test(`${mode}: many small messages per chunk, chunks of odd sizes`, () => {
    const many = Array.from({ length: 2000 }, (_, i) => ({ i, s: `m${i}` }));
    const bytes = framesOf(createFramer(mode), many);
    for (const size of [1, 3, 7, 64, 1000, 65536]) {
      const framer = createFramer(mode);
      const chunks = [];
      for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
      assert.deepStrictEqual(collect(framer, chunks), many, `chunk size ${size}`);
    }
  });

  test(`${mode}: a 1.5 MB message in 64 KiB chunks; buffering while incomplete`, () => {
    const message = { payload: 'p'.repeat(1.5 * 2 ** 20), tail: [1, 2, 3] };
    const bytes = createFramer(mode).writeMessage(message);
    const framer = createFramer(mode);
    const out = [];
    for (let i = 0; i < bytes.length; i += 65536) {
      framer.parse(bytes.subarray(i, i + 65536), (m) => out.push(m));
      if (i + 65536 < bytes.length) assert.strictEqual(framer.buffering, true);
    }
    assert.strictEqual(framer.buffering, false);
    assert.deepStrictEqual(out, [message]);
  });

  test(`${mode}: a throwing listener leaves later frames for the next chunk`, () => {
    const framer = createFramer(mode);
    const bytes = framesOf(createFramer(mode), ['a', 'b', 'c']);
    const seen = [];
    assert.throws(() => framer.parse(bytes.subarray(0, bytes.length - 1), (m) => {
      seen.push(m);
      if (m === 'a') throw new Error('listener failed');
    }), /listener failed/);
    framer.parse(bytes.subarray(bytes.length - 1), (m) => seen.push(m));
    assert.deepStrictEqual(seen, ['a', 'b', 'c']);
  });
}

function firstDifference(a, b) {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) if (a[i] !== b[i]) return i;
  return length;
}

test('advanced: arrays survive a real node channel (re-written sparse by node)', async () => {
  const arrays = [[1, 2.5, -0, NaN, 10n, null, undefined], [[1], ['a', { b: [] }]]];
  const { received } = await echoThroughNode('advanced', arrays);
  assert.deepStrictEqual(received, arrays);
});

function echoThroughNode(mode, messages) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(__dirname, 'fixtures_echo_child.js')], {
      stdio: ['ignore', 'inherit', 'inherit', 'pipe'],
      env: { ...process.env, NODE_CHANNEL_FD: '3', NODE_CHANNEL_SERIALIZATION_MODE: mode },
    });
    const channel = child.stdio[3];
    const framer = createFramer(mode);
    const received = [];
    const raw = [];
    channel.on('data', (chunk) => {
      raw.push(chunk);
      framer.parse(chunk, (m) => {
        received.push(m);
        if (received.length === messages.length) {
          channel.write(framer.writeMessage('disconnect please'));
        }
      });
    });
    channel.on('error', reject);
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, received, raw: Buffer.concat(raw) }));
    for (const m of messages) channel.write(framer.writeMessage(m));
  });
}

for (const mode of ['advanced', 'json']) {
  test(`${mode}: real node child reads our frames and its frames match ours`, async () => {
    const messages = (mode === 'advanced' ? ADVANCED_MESSAGES : JSON_MESSAGES)
      .filter((m) => !(m instanceof Error) && !Array.isArray(m));
    const { code, received, raw } = await echoThroughNode(mode, messages);
    assert.strictEqual(code, 0);
    assert.deepStrictEqual(received, messages);
    // node re-serialized what it read; the bytes equal what we write. (No
    // arrays here: V8 reads arrays back as holey and so re-writes them in the
    // sparse format, unlike the original.)
    const ours = framesOf(createFramer(mode), messages);
    assert.ok(raw.equals(ours), `node wrote ${raw.length} bytes, we write ${ours.length}; ` +
              `first difference at ${firstDifference(raw, ours)}`);
  });
}

test('advanced: errors cross a real node channel', async () => {
  const error = new TypeError('over the wire', { cause: { code: 7 } });
  const { received } = await echoThroughNode('advanced', [error]);
  assert.ok(received[0] instanceof TypeError);
  assert.strictEqual(received[0].message, error.message);
  assert.strictEqual(received[0].stack, error.stack);
  assert.deepStrictEqual(received[0].cause, { code: 7 });
});

test('node-shaped codecs: init, parse (generator), write through the channel', () => {
  const framing = gnodeRequire('internal/child_process/serialization');
  for (const mode of ['advanced', 'json']) {
    const codec = framing[mode];
    const written = [];
    const channel = {
      writeBuffer(req, buffer, handle) {
        written.push([req, buffer, handle]);
        return 0;
      },
    };
    codec.initMessageChannel(channel);
    assert.strictEqual(channel.buffering, false);
    assert.strictEqual(codec.writeChannelMessage(channel, 'req', { m: mode }, undefined), 0);
    assert.strictEqual(codec.writeChannelMessage(channel, 'req', [1, 2], undefined), 0);
    assert.strictEqual(written.length, 2);
    assert.strictEqual(written[0][0], 'req');
    const bytes = Buffer.concat(written.map((w) => w[1]));
    assert.deepStrictEqual([...codec.parseChannelMessages(channel, bytes.subarray(0, 5))], []);
    assert.strictEqual(channel.buffering, true);
    assert.deepStrictEqual([...codec.parseChannelMessages(channel, bytes.subarray(5))],
                           [{ m: mode }, [1, 2]]);
    assert.strictEqual(channel.buffering, false);
  }
});

test('parse takes plain Uint8Array chunks (no Buffer needed)', () => {
  for (const mode of ['advanced', 'json']) {
    const bytes = framesOf(createFramer(mode), [{ a: 1 }, 'two']);
    const backing = new ArrayBuffer(bytes.length + 3);
    new Uint8Array(backing, 3).set(bytes);
    const framer = createFramer(mode);
    const out = collect(framer, [new Uint8Array(backing, 3, 7), new Uint8Array(backing, 10)]);
    assert.deepStrictEqual(out, [{ a: 1 }, 'two']);
  }
});
