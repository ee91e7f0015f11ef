'use strict';
// Callback forms: results, errors, and that callbacks run later (after sync code and nextTicks).
const fs = require('fs');
const path = require('path');
const root = fs.mkdtempSync(path.join(process.argv[2], 'cb-'));
const rel = (p) => (typeof p === 'string' ? p.split(root).join('<tmp>') : p);
const err = (e) => (e ? [e.code, e.name, rel(e.message), e.errno, e.syscall, rel(e.path)].join(' | ') : e);
const f = path.join(root, 'a.txt');

const steps = [
  (next) => fs.writeFile(f, 'hello', (e) => { console.log('writeFile', e); next(); }),
  (next) => fs.appendFile(f, ' world', (e) => { console.log('appendFile', e); next(); }),
  (next) => fs.readFile(f, 'utf8', (e, s) => { console.log('readFile', e, s); next(); }),
  (next) => fs.readFile(f, (e, b) => { console.log('readFile buffer', e, b); next(); }),
  (next) => fs.readFile(path.join(root, 'nope'), (e, b) => { console.log('readFile missing', err(e), b); next(); }),
  (next) => fs.readFile(root, (e, b) => { console.log('readFile dir', err(e), b); next(); }),
  (next) => fs.open(f, 'r+', (e, fd) => {
    console.log('open', e, typeof fd);
    const b = Buffer.alloc(5);
    fs.read(fd, b, 0, 5, 6, (e2, n, buf) => {
      console.log('read', e2, n, buf.toString(), buf === b);
      fs.read(fd, { buffer: Buffer.alloc(3), position: 0 }, (e3, n3, buf3) => {
        console.log('read options', e3, n3, buf3.toString());
        fs.write(fd, 'HE', 0, (e4, w, s) => {
          console.log('write string', e4, w, s);
          fs.write(fd, Buffer.from('LLO'), 0, 3, 2, (e5, w5, b5) => {
            console.log('write buffer', e5, w5, b5.toString());
            fs.fstat(fd, (e6, st) => {
              console.log('fstat', e6, st.size, st.isFile());
              fs.ftruncate(fd, 5, (e7) => {
                console.log('ftruncate', e7);
                fs.fsync(fd, (e8) => {
                  console.log('fsync', e8);
                  fs.close(fd, (e9) => { console.log('close', e9); next(); });
                });
              });
            });
          });
        });
      });
    });
  }),
  (next) => fs.readFile(f, 'utf8', (e, s) => { console.log('after writes', s); next(); }),
  (next) => fs.open(path.join(root, 'nope'), (e, fd) => { console.log('open missing', err(e), fd); next(); }),
  (next) => fs.stat(f, (e, st) => { console.log('stat', e, st.size, st instanceof fs.Stats); next(); }),
  (next) => fs.lstat(path.join(root, 'nope'), (e) => { console.log('lstat missing', err(e)); next(); }),
  (next) => fs.stat(f, { bigint: true }, (e, st) => { console.log('stat bigint', typeof st.size, st.size); next(); }),
  (next) => fs.access(f, fs.constants.W_OK, (e) => { console.log('access', e); next(); }),
  (next) => fs.exists(f, (x) => { console.log('exists', x); next(); }),
  (next) => fs.exists(path.join(root, 'nope'), (x) => { console.log('exists missing', x); next(); }),
  (next) => fs.mkdir(path.join(root, 'd/e'), { recursive: true }, (e, first) => { console.log('mkdir -p', e, rel(first)); next(); }),
  (next) => fs.mkdir(path.join(root, 'd'), (e) => { console.log('mkdir exists', err(e)); next(); }),
  (next) => fs.mkdtemp(path.join(root, 't-'), (e, d) => { console.log('mkdtemp', e, rel(d).length); next(); }),
  (next) => fs.readdir(root, (e, names) => { console.log('readdir', e, names.length); next(); }),
  (next) => fs.readdir(root, { withFileTypes: true }, (e, ents) => {
    console.log('readdir types', e, ents.map((d) => d.name + ':' + d.isDirectory()).sort().join(' ').replace(/t-\w+/, 't-X'));
    next();
  }),
  (next) => fs.readdir(f, (e) => { console.log('readdir file', err(e)); next(); }),
  (next) => fs.symlink(f, path.join(root, 'ln'), (e) => { console.log('symlink', e); next(); }),
  (next) => fs.readlink(path.join(root, 'ln'), (e, t) => { console.log('readlink', e, rel(t)); next(); }),
  (next) => fs.realpath(path.join(root, 'ln'), (e, t) => { console.log('realpath', e, rel(t)); next(); }),
  (next) => fs.realpath.native(path.join(root, 'ln'), (e, t) => { console.log('realpath.native', e, rel(t)); next(); }),
  (next) => fs.rename(path.join(root, 'ln'), path.join(root, 'ln2'), (e) => { console.log('rename', e); next(); }),
  (next) => fs.rename(path.join(root, 'ln'), path.join(root, 'ln3'), (e) => {
    console.log('rename missing', err(e), rel(e.dest));
    next();
  }),
  (next) => fs.unlink(path.join(root, 'ln2'), (e) => { console.log('unlink', e); next(); }),
  (next) => fs.copyFile(f, path.join(root, 'c'), (e) => { console.log('copyFile', e); next(); }),
  (next) => fs.copyFile(f, path.join(root, 'c'), fs.constants.COPYFILE_EXCL, (e) => { console.log('copyFile excl', err(e)); next(); }),
  (next) => fs.chmod(path.join(root, 'c'), 0o600, (e) => { console.log('chmod', e, (fs.statSync(path.join(root, 'c')).mode & 0o777).toString(8)); next(); }),
  (next) => fs.truncate(path.join(root, 'c'), 2, (e) => { console.log('truncate', e, fs.readFileSync(path.join(root, 'c'), 'utf8')); next(); }),
  (next) => fs.utimes(path.join(root, 'c'), 5, 6, (e) => { console.log('utimes', e, fs.statSync(path.join(root, 'c')).mtimeMs); next(); }),
  (next) => fs.rmdir(path.join(root, 'd'), (e) => { console.log('rmdir non-empty', err(e)); next(); }),
  (next) => fs.rm(path.join(root, 'd'), (e) => { console.log('rm dir', err(e)); next(); }),
  (next) => fs.rm(path.join(root, 'nope'), { force: true }, (e) => { console.log('rm force', e); next(); }),
  (next) => fs.rm(root, { recursive: true }, (e) => { console.log('rm -r', e, fs.existsSync(root)); next(); }),
];

let order = [];
fs.stat(__filename, () => order.push('callback'));
process.nextTick(() => order.push('tick'));
Promise.resolve().then(() => order.push('microtask'));
order.push('sync');
setTimeout(() => {
  console.log(order.join(' '));
  let i = 0;
  const next = () => { if (i < steps.length) steps[i++](next); };
  next();
}, 50);
