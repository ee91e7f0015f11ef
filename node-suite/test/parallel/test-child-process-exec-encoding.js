'use strict';
// exec()'s callback gets strings for the default and 'utf8' encodings, Buffers for
// undefined, null, 'buffer' and unknown encodings.
const common = require('../common');

const OUT = 'foo';
const ERR = 'bar';

if (process.argv[2] === 'child') {
  console.log(OUT);
  console.error(ERR);
} else {
  const assert = require('assert');
  const cp = require('child_process');

  const execSelf = (options, check) => {
    const [command, shellOptions] = common.escapePOSIXShell`"${process.execPath}" "${__filename}" child`;
    const merged = { ...options, env: { ...shellOptions?.env, ...options.env } };
    cp.exec(command, merged, common.mustSucceed((stdout, stderr) => check(stdout, stderr)));
  };

  const expectStrings = common.mustCall((stdout, stderr) => {
    assert.strictEqual(typeof stdout, 'string');
    assert.strictEqual(typeof stderr, 'string');
    assert.strictEqual(stdout, `${OUT}\n`);
    assert.strictEqual(stderr, `${ERR}\n`);
  }, 2);
  execSelf({}, expectStrings);
  execSelf({ encoding: 'utf8' }, expectStrings);

  for (const encoding of [undefined, null, 'buffer', 'invalid']) {
    execSelf({ encoding }, common.mustCall((stdout, stderr) => {
      assert(stdout instanceof Buffer);
      assert(stdout instanceof Buffer);
      assert.strictEqual(stdout.toString(), `${OUT}\n`);
      assert.strictEqual(stderr.toString(), `${ERR}\n`);
    }));
  }
}
