'use strict';

// Cross-runtime check of the value table: run it under node first to record
// node's bytes (as a CommonJS module, so the verifier needs no fs), then under
// gnode to compare what gnode writes and reads.
//   node  js-lib/test-node/v8/cross_runtime_check.js record /tmp/v8-table.js
//   gnode js-lib/test-node/v8/cross_runtime_check.js verify /tmp/v8-table.js
// (Under gnode, `require('v8')` is gnode's own v8 module.)

const util = require('util');
const v8 = require('v8');
const { TABLE } = require('./value_table');

// Error stacks are text of the runtime that made them; these entries carry one.
const RUNTIME_DEPENDENT = new Set(['Error with real stack', 'renamed Error']);

const [mode, file] = process.argv.slice(2);
if (mode === 'record') {
  const record = {};
  for (const [name, make] of TABLE) {
    if (!RUNTIME_DEPENDENT.has(name)) record[name] = v8.serialize(make()).toString('base64');
  }
  require('fs').writeFileSync(file, `module.exports = ${JSON.stringify(record)};\n`);
} else if (mode === 'verify') {
  const record = require(require('path').resolve(file));
  let failures = 0;
  for (const [name, make] of TABLE) {
    if (RUNTIME_DEPENDENT.has(name)) continue;
    const expected = Buffer.from(record[name], 'base64');
    try {
      const actual = v8.serialize(make());
      if (!actual.equals(expected)) {
        failures++;
        console.log(`DIFFERENT BYTES ${name}\n  ours ${actual.toString('hex').slice(0, 160)}` +
                    `\n  node ${expected.toString('hex').slice(0, 160)}`);
      }
      const back = v8.deserialize(expected);
      const again = v8.serialize(back);
      const direct = v8.serialize(make());
      // What we read from node's bytes serializes like the original value
      // (modulo V8's holey re-read of arrays, which gnode does not have).
      if (!again.equals(direct)) {
        failures++;
        console.log(`READ BACK DIFFERS ${name}: ${util.inspect(back, { depth: 2 }).slice(0, 160)}`);
      }
    } catch (err) {
      failures++;
      console.log(`THROWS ${name}: ${err && err.stack}`);
    }
  }
  console.log(failures === 0 ? `all ${TABLE.length} entries agree` : `${failures} failures`);
  process.exitCode = failures === 0 ? 0 : 1;
} else {
  console.error('usage: cross_runtime_check.js record|verify <file>');
  process.exitCode = 2;
}
