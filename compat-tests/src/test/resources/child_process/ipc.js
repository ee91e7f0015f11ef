'use strict';
// fork() round trips in both serializations; the child runtime is argv[2] (default: the same as the parent).
const { fork } = require('node:child_process');
if (process.argv[2] === 'child') {
  process.on('message', (m) => {
    if (m === 'bye') return process.disconnect();
    process.send({ got: m, connected: process.connected });
  });
  process.send('ready');
} else {
  const execPath = process.argv[2] || process.execPath;
  const mode = process.argv[3] || 'json';
  const values = mode === 'json' ?
    [{ foo: 'bar', baz: NaN }, [1, 'two', null], 'str', 42, true, null, { nested: { deep: [{ x: 1 }] } }] :
    [{ foo: 'bar', baz: NaN }, { big: 10n ** 20n }, new Date(0), /re/gi, new Map([[1, { a: 2 }]]), new Set(['s']),
      Buffer.from('buf'), new Uint16Array([1, 2]), new Error('boom'), [1, , 3], { big: 'x'.repeat(2 * 1024 * 1024).length }];
  const child = fork(__filename, ['child'], { execPath, serialization: mode });
  const results = [];
  let i = 0;
  child.on('message', (m) => {
    if (m === 'ready') {
      values.forEach((v) => child.send(v));
      return;
    }
    results.push(m.got);
    if (++i === values.length) child.send('bye');
  });
  child.on('disconnect', () => results.push('disconnect'));
  child.on('exit', (code, signal) => results.push(`exit ${code} ${signal}`));
  child.on('close', (code) => {
    const util = require('node:util');
    for (const r of results) {
      console.log(r instanceof Error ? `${r.name}: ${r.message}` : util.inspect(r, { depth: 4 }));
    }
    console.log('close', code, child.connected);
  });
}
