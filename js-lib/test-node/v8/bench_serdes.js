'use strict';

// Throughput of v8.serialize/deserialize and of the IPC framers, for the
// message shapes IPC benchmarks send. Runs under node (node's native v8 and
// gnode's JS one, loaded through gnode_lib) or under gnode (its own only).
//   node  js-lib/test-node/v8/bench_serdes.js
//   gnode js-lib/test-node/v8/bench_serdes.js

const isGnode = typeof process.versions.graaljs === 'string' ||
  typeof Graal !== 'undefined'; // eslint-disable-line no-undef

function load(id) {
  if (isGnode) return require(id);
  return require('./gnode_lib').gnodeRequire(id);
}

const MESSAGES = {
  small: { cmd: 'ping', n: 12345, data: 'hello' },
  medium: {
    id: 'abc-123', list: [1, 2, 3, 4, 5], nested: { a: 'x', b: [true, null], c: 1.5 },
    text: 'lorem ipsum dolor sit amet '.repeat(4),
  },
  buffer: { chunk: Buffer.alloc(1024, 1) },
};

function measure(label, fn, minMs = 1500) {
  for (let i = 0; i < 2000; i++) fn(); // warm up
  let ops = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < minMs) {
    for (let i = 0; i < 1000; i++) fn();
    ops += 1000;
    elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  }
  console.log(`${label.padEnd(44)} ${Math.round(ops / elapsed * 1000).toString().padStart(9)} ops/s`);
}

function run(name, v8, framing) {
  for (const [shape, message] of Object.entries(MESSAGES)) {
    const bytes = v8.serialize(message);
    measure(`${name} serialize ${shape}`, () => v8.serialize(message));
    measure(`${name} deserialize ${shape}`, () => v8.deserialize(bytes));
  }
  if (framing) {
    const writer = framing.createFramer('advanced');
    const reader = framing.createFramer('advanced');
    const message = MESSAGES.small;
    const frames = Buffer.concat(Array.from({ length: 100 }, () => writer.writeMessage(message)));
    let seen = 0;
    const onMessage = () => { seen++; };
    measure(`${name} advanced writeMessage small`, () => writer.writeMessage(message));
    measure(`${name} advanced parse small (x100/op)`, () => reader.parse(frames, onMessage), 1500);
    const json = framing.createFramer('json');
    const jsonFrames = Buffer.concat(Array.from({ length: 100 }, () => json.writeMessage(message)));
    measure(`${name} json writeMessage small`, () => json.writeMessage(message));
    measure(`${name} json parse small (x100/op)`, () => json.parse(jsonFrames, onMessage), 1500);
    if (seen === 0) throw new Error('no messages parsed');
  }
}

if (!isGnode) run('node native', require('v8'), null);
run(isGnode ? 'gnode' : 'gnode-js on node', load('v8'),
    load('internal/child_process/serialization'));
