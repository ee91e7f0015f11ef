'use strict';
// fs/promises and FileHandle.
const fsp = require('fs/promises');
const fs = require('fs');
const path = require('path');
const rel = (root, p) => (typeof p === 'string' ? p.split(root).join('<tmp>') : p);

(async () => {
  console.log(fsp === fs.promises, fsp === require('node:fs/promises'), fsp.constants.O_CREAT);
  const root = await fsp.mkdtemp(path.join(process.argv[2], 'pr-'));
  const f = path.join(root, 'a.txt');
  await fsp.writeFile(f, 'abc');
  await fsp.appendFile(f, 'def');
  console.log(await fsp.readFile(f, 'utf8'), await fsp.readFile(f), (await fsp.stat(f)).size);
  console.log((await fsp.lstat(f)).isFile(), (await fsp.stat(root)).isDirectory());
  console.log(await fsp.access(f), rel(root, await fsp.mkdir(path.join(root, 'x/y'), { recursive: true })));
  console.log((await fsp.readdir(root)).sort(), (await fsp.readdir(root, { withFileTypes: true })).length);
  await fsp.copyFile(f, path.join(root, 'b.txt'));
  await fsp.rename(path.join(root, 'b.txt'), path.join(root, 'c.txt'));
  await fsp.symlink('c.txt', path.join(root, 'ln'));
  console.log(await fsp.readlink(path.join(root, 'ln')), rel(root, await fsp.realpath(path.join(root, 'ln'))));
  await fsp.chmod(path.join(root, 'c.txt'), 0o600);
  await fsp.truncate(path.join(root, 'c.txt'), 1);
  await fsp.utimes(path.join(root, 'c.txt'), 1, 2);
  const st = await fsp.stat(path.join(root, 'c.txt'));
  console.log((st.mode & 0o777).toString(8), st.size, st.mtimeMs);
  await fsp.unlink(path.join(root, 'ln'));

  const fh = await fsp.open(f, 'r+');
  console.log(fh.constructor.name, typeof fh.fd, fh instanceof require('events'));
  console.log(await fh.read(Buffer.alloc(3), 0, 3, 0));
  console.log(await fh.read({ buffer: Buffer.alloc(2), position: 4 }));
  console.log(await fh.write('XY', 0));
  console.log(await fh.write(Buffer.from('Z'), 0, 1, 5));
  console.log(await fh.readFile('utf8'), (await fh.stat()).size);
  await fh.truncate(2);
  await fh.sync();
  fh.on('close', () => console.log('filehandle close event'));
  await fh.close();
  console.log(fh.fd, await fsp.readFile(f, 'utf8'));
  const fh2 = await fsp.open(path.join(root, 'w.txt'), 'w');
  await fsp.writeFile(fh2, 'via handle');
  await fh2.close();
  console.log(await fsp.readFile(path.join(root, 'w.txt'), 'utf8'));

  for (const op of [
    () => fsp.readFile(path.join(root, 'missing')),
    () => fsp.open(42),
    () => fsp.mkdir(root),
    () => fsp.rmdir(path.join(root, 'x')),
    () => fsp.access(path.join(root, 'missing')),
    () => fsp.stat(path.join(root, 'missing')),
  ]) {
    try {
      await op();
      console.log('resolved');
    } catch (e) {
      console.log('rejected', e.code, rel(root, e.message));
    }
  }
  await fsp.rm(root, { recursive: true, force: true });
  console.log(fs.existsSync(root));
})();
