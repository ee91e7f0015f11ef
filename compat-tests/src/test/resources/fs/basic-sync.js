'use strict';
// Sync forms of fs in a fresh temp dir (argv[2]); paths are printed relative to it.
const fs = require('fs');
const path = require('path');
const root = fs.mkdtempSync(path.join(process.argv[2], 'sync-'));
const rel = (p) => (typeof p === 'string' ? p.split(root).join('<tmp>') : p);
const show = (f) => {
  try {
    const r = f();
    console.log('ok', rel(r));
  } catch (e) {
    console.log(e.code, e.name, rel(e.message), e.errno, e.syscall, rel(e.path), rel(e.dest));
  }
};
const f = path.join(root, 'a.txt');

console.log(path.basename(root).startsWith('sync-'), path.basename(root).length);
fs.writeFileSync(f, 'hello world\n');
console.log(JSON.stringify(fs.readFileSync(f, 'utf8')), fs.readFileSync(f));
console.log(fs.readFileSync(f, { encoding: 'hex' }));
fs.appendFileSync(f, Buffer.from('more'));
fs.appendFileSync(f, '!', 'utf8');
console.log(JSON.stringify(fs.readFileSync(f).toString()));
fs.writeFileSync(f, 'caf\u00e9', 'latin1');
console.log(fs.readFileSync(f));
fs.writeFileSync(f, new Uint8Array([65, 66, 67]), { mode: 0o600 });
console.log(fs.readFileSync(f, 'utf8'), (fs.statSync(f).mode & 0o777).toString(8));
show(() => fs.writeFileSync(f, 'x', { flag: 'wx' }));

// fds: open flags, read/write forms, positions.
let fd = fs.openSync(f, 'r+');
console.log(typeof fd, fd > 2);
const buf = Buffer.alloc(8, 0x2e);
console.log(fs.readSync(fd, buf, 2, 2, 1), buf.toString());
console.log(fs.readSync(fd, buf, { offset: 0, length: 3, position: 0 }), buf.toString());
console.log(fs.readSync(fd, buf), buf.toString());
console.log(fs.writeSync(fd, 'xyz', 1), fs.readFileSync(f, 'utf8'));
console.log(fs.writeSync(fd, Buffer.from('0123456789'), 2, 3, 0), fs.readFileSync(f, 'utf8'));
console.log(fs.writeSync(fd, Buffer.from('QQ'), { offset: 0, length: 2, position: 4 }), fs.readFileSync(f, 'utf8'));
console.log(fs.readSync(fd, buf, 0, 0, 0));
fs.ftruncateSync(fd, 2);
console.log(fs.fstatSync(fd).size, fs.readFileSync(fd, 'utf8'));
fs.fsyncSync(fd);
fs.fdatasyncSync(fd);
fs.fchmodSync(fd, 0o640);
console.log((fs.fstatSync(fd).mode & 0o777).toString(8));
fs.closeSync(fd);
show(() => fs.closeSync(fd));

fd = fs.openSync(f, 'a');
fs.writeSync(fd, 'tail');
fs.closeSync(fd);
fd = fs.openSync(f, 'a+');
console.log(fs.readFileSync(fd, 'utf8'));
fs.closeSync(fd);
fd = fs.openSync(f, fs.constants.O_RDONLY);
console.log(fs.readFileSync(fd, 'utf8'));
fs.closeSync(fd);
fd = fs.openSync(f, 'w');
console.log(fs.fstatSync(fd).size);
fs.writeFileSync(fd, 'via fd');
fs.closeSync(fd);
console.log(fs.readFileSync(f, 'utf8'));
show(() => fs.openSync(f, 'wx'));

// Paths as Buffers and file: URLs.
console.log(fs.readFileSync(Buffer.from(f), 'utf8'), fs.readFileSync(new URL('file://' + f), 'utf8'));
console.log(fs.existsSync(f), fs.existsSync(f + '.no'), fs.existsSync(), fs.existsSync('a\0b'));

// Directories.
console.log(rel(fs.mkdirSync(path.join(root, 'x/y/z'), { recursive: true })));
console.log(fs.mkdirSync(path.join(root, 'x/y/z'), { recursive: true }));
console.log(fs.mkdirSync(path.join(root, 'm')));
show(() => fs.mkdirSync(path.join(root, 'm')));
show(() => fs.mkdirSync(path.join(f, 'sub'), { recursive: true }));
fs.writeFileSync(path.join(root, 'x/y/file'), '');
console.log(fs.readdirSync(root).sort());
console.log(fs.readdirSync(path.join(root, 'x'), { recursive: true }).sort());
for (const d of fs.readdirSync(root, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
  console.log(d.name, d.isFile(), d.isDirectory(), d.isSymbolicLink(), rel(d.parentPath), d instanceof fs.Dirent);
}
console.log(fs.readdirSync(root, 'buffer').length, Buffer.isBuffer(fs.readdirSync(root, 'buffer')[0]));
show(() => fs.rmdirSync(path.join(root, 'x')));
fs.rmdirSync(path.join(root, 'm'));

// Links, rename, copy, access.
fs.symlinkSync('a.txt', path.join(root, 'link'));
console.log(fs.readlinkSync(path.join(root, 'link')), fs.lstatSync(path.join(root, 'link')).isSymbolicLink());
console.log(fs.statSync(path.join(root, 'link')).isFile());
console.log(rel(fs.realpathSync(path.join(root, 'x/../link'))), rel(fs.realpathSync.native(path.join(root, 'link'))));
fs.linkSync(f, path.join(root, 'hard'));
console.log(fs.statSync(f).nlink);
fs.renameSync(path.join(root, 'hard'), path.join(root, 'hard2'));
console.log(fs.existsSync(path.join(root, 'hard')), fs.existsSync(path.join(root, 'hard2')));
fs.copyFileSync(f, path.join(root, 'copy'));
console.log(fs.readFileSync(path.join(root, 'copy'), 'utf8'));
show(() => fs.copyFileSync(f, path.join(root, 'copy'), fs.constants.COPYFILE_EXCL));
fs.chmodSync(path.join(root, 'copy'), '755');
console.log((fs.statSync(path.join(root, 'copy')).mode & 0o777).toString(8));
show(() => fs.accessSync(path.join(root, 'copy'), fs.constants.R_OK | fs.constants.X_OK));
show(() => fs.accessSync(path.join(root, 'nope')));
fs.truncateSync(path.join(root, 'copy'), 3);
console.log(fs.readFileSync(path.join(root, 'copy'), 'utf8'));
fs.truncateSync(path.join(root, 'copy'));
console.log(fs.statSync(path.join(root, 'copy')).size);
fs.utimesSync(f, 1000, new Date(2000000));
const st = fs.statSync(f);
console.log(st.atimeMs, st.mtimeMs, st.atime.toISOString(), st.mtime.getTime());
fs.unlinkSync(path.join(root, 'link'));
show(() => fs.unlinkSync(path.join(root, 'link')));

// rm.
show(() => fs.rmSync(path.join(root, 'x')));
show(() => fs.rmSync(path.join(root, 'nope'), { force: true }));
fs.rmSync(path.join(root, 'x'), { recursive: true });
fs.rmSync(path.join(root, 'copy'));
console.log(fs.readdirSync(root).sort());
fs.rmSync(root, { recursive: true, force: true });
console.log(fs.existsSync(root));
