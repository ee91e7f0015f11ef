'use strict';
// fs.opendir / opendirSync / fs.promises.opendir and fs.Dir.
const fs = require('fs');
const path = require('path');
const root = fs.mkdtempSync(path.join(process.argv[2], 'dir-'));
const rel = (p) => (typeof p === 'string' ? p.split(root).join('<tmp>') : p);
fs.writeFileSync(path.join(root, 'f'), '');
fs.mkdirSync(path.join(root, 'sub'));
fs.symlinkSync('f', path.join(root, 'ln'));

try { fs.opendirSync(root, { bufferSize: 0 }); } catch (e) { console.log(e.code, e.message); }
const d = fs.opendirSync(root);
console.log(d instanceof fs.Dir, rel(d.path), Object.keys(d));
const seen = [];
let e;
while ((e = d.readSync()) !== null) seen.push(`${e.name}:${e.isFile()}:${e.isDirectory()}:${e.isSymbolicLink()}:${rel(e.parentPath)}`);
console.log(seen.sort().join(' '));
d.closeSync();
try { d.readSync(); } catch (err) { console.log(err.code, err.message); }
try { d.closeSync(); } catch (err) { console.log(err.code, err.message); }

fs.opendir(path.join(root, 'missing'), (err) => {
  console.log(err.code, rel(err.message), err.syscall);
  fs.opendir(root, (err2, dir) => {
    dir.read((err3, first) => {
      console.log(err2, err3, typeof first.name);
      dir.close((err4) => {
        console.log('closed', err4);
        (async () => {
          const names = [];
          for await (const ent of await fs.promises.opendir(root)) names.push(ent.name);
          console.log(names.sort());
          fs.rmSync(root, { recursive: true });
        })();
      });
    });
  });
});
