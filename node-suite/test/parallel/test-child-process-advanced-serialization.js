'use strict';
// The 'advanced' (structured clone) serialization round-trips values JSON cannot carry, and
// options.serialization is validated.
const common = require('../common');
const assert = require('assert');
const { spawn } = require('child_process');
const { once } = require('events');
const { inspect } = require('util');

if (process.argv[2] === 'child') {
  // Echo every message back.
  process.on('message', (message) => process.send(message));
} else {
  for (const bad of [null, 42, Infinity, 'foo']) {
    assert.throws(() => spawn(process.execPath, [], { serialization: bad }), {
      code: 'ERR_INVALID_ARG_VALUE',
      message: "The property 'options.serialization' must be one of: undefined, 'json', 'advanced'. " +
        `Received ${inspect(bad)}`,
    });
  }

  const selfReferencing = {};
  selfReferencing.circular = selfReferencing;
  const values = [
    { uint8: new Uint8Array(4) },
    { float64: new Float64Array([Math.PI]) },
    { buffer: Buffer.from('Hello!') },
    { map: new Map([{ a: 1 }, { b: 2 }]) },
    { bigInt: 1337n },
    selfReferencing,
    new Error('Something went wrong'),
    new RangeError('Something range-y went wrong'),
  ];

  const roundTrips = async () => {
    const child = spawn(process.execPath, [__filename, 'child'], {
      stdio: ['ipc', 'inherit', 'inherit'],
      serialization: 'advanced',
    });
    for await (const value of values) {
      child.send(value);
      const [echoed] = await once(child, 'message');
      assert.deepStrictEqual(echoed, value);
    }
    child.disconnect();
  };
  roundTrips().then(common.mustCall());
}
