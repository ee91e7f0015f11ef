'use strict';
// readv/writev (sync and callback) and their validation.
const fs=require('fs');
try{fs.writevSync(1, 'x')}catch(e){console.log(e.code, e.message)}
try{fs.writevSync(1, ['x'])}catch(e){console.log(e.code, e.message)}
const path = require('path');
const root = fs.mkdtempSync(path.join(process.argv[2], 'vec-'));
const f = path.join(root, 'v.txt');
const fd = fs.openSync(f, 'w+');
console.log(fs.writevSync(fd, [Buffer.from('ab'), new Uint8Array([99, 100])]));
console.log(fs.writevSync(fd, [Buffer.from('XY')], 1));
const a = Buffer.alloc(2), b = Buffer.alloc(5);
console.log(fs.readvSync(fd, [a, b], 0), a.toString(), b.toString('latin1').replace(/\0/g, '.'));
fs.writev(fd, [Buffer.from('12'), Buffer.from('34')], 0, (e, n, bufs) => {
  console.log('writev', e, n, bufs.length);
  fs.readv(fd, [Buffer.alloc(3), Buffer.alloc(3)], 0, (e2, n2, bufs2) => {
    console.log('readv', e2, n2, bufs2.map(String));
    fs.closeSync(fd);
    fs.rmSync(root, { recursive: true });
  });
});
