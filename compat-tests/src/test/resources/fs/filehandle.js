'use strict';
// FileHandle streams (the stream closes the handle) and FileHandle readv/writev.
const fsp = require('fs/promises');
const fs = require('fs');
(async () => {
  const root = fs.mkdtempSync(require('path').join(process.argv[2], 'fh-'));
  const f = root + '/fh.txt';
  await fsp.writeFile(f, 'hello stream\n');
  const fh = await fsp.open(f);
  const r = fh.createReadStream({ encoding: 'utf8' });
  let s = '';
  r.on('data', (c) => { s += c; });
  r.on('close', async () => {
    console.log(JSON.stringify(s), fh.fd);
    const w = await fsp.open(f, 'r+');
    console.log(await w.writev([Buffer.from('HE'), Buffer.from('LLO')], 0));
    console.log(await w.readv([Buffer.alloc(3), Buffer.alloc(3)], 0));
    await w.close();
    fs.rmSync(root, { recursive: true });
  });
})();
