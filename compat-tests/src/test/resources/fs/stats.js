'use strict';
// Stats and BigIntStats: types, fields, dates, mode checks.
const fs = require('fs');
const path = require('path');
const root = fs.mkdtempSync(path.join(process.argv[2], 'stat-'));
const f = path.join(root, 'f');
fs.writeFileSync(f, '12345');
fs.utimesSync(f, 1700000000.25, 1700000001.5);
fs.symlinkSync('f', path.join(root, 'ln'));

const st = fs.statSync(f);
console.log(st instanceof fs.Stats, st.constructor.name);
const fields = ['dev', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize', 'ino', 'size', 'blocks',
  'atimeMs', 'mtimeMs', 'ctimeMs', 'birthtimeMs'];
console.log(fields.map((k) => k + ':' + typeof st[k]).join(' '));
console.log(st.size, st.nlink, st.atimeMs, st.mtimeMs, (st.mode & 0o170000).toString(8));
console.log(st.atime.toISOString(), st.mtime.toISOString(), st.mtime instanceof Date, st.ctime instanceof Date);
console.log(st.isFile(), st.isDirectory(), st.isSymbolicLink(), st.isFIFO(), st.isSocket(),
  st.isBlockDevice(), st.isCharacterDevice());
console.log(st.uid === process.getuid(), st.gid === process.getgid());
const l = fs.lstatSync(path.join(root, 'ln'));
console.log(l.isSymbolicLink(), l.isFile(), fs.statSync(path.join(root, 'ln')).ino === st.ino);
console.log(fs.statSync(root).isDirectory(), fs.statSync('/dev/null').isCharacterDevice());

const fd = fs.openSync(f, 'r');
const fst = fs.fstatSync(fd);
console.log(fst.ino === st.ino, fst.size);
const big = fs.fstatSync(fd, { bigint: true });
fs.closeSync(fd);
console.log(big.constructor.name, typeof big.size, big.size, typeof big.mode, big.isFile(), big.isDirectory());
console.log(big.atimeMs, big.atimeNs, big.mtimeNs, big.mtime.toISOString());
console.log(fs.statSync(f, { bigint: true }).ino === BigInt(st.ino));
st.mtime = 'replaced';
console.log(st.mtime);
fs.rmSync(root, { recursive: true });
