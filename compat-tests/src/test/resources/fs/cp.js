'use strict';
// fs.cpSync / fs.cp / fs.promises.cp: trees with symlinks, options and Node's cp errors.
const path = require('path');
const fs = require('fs');
const root = fs.mkdtempSync(path.join(process.argv[2], 'cp-'));
fs.mkdirSync(path.join(root, 'src/sub'), { recursive: true });
fs.writeFileSync(path.join(root, 'src/a.txt'), 'a\n');
fs.writeFileSync(path.join(root, 'src/sub/b.txt'), 'b\n');
fs.symlinkSync('a.txt', path.join(root, 'src/ln'));
process.chdir(root);
const t = (f) => {
  try { console.log('ok', f()); } catch (e) { console.log(e.code, e.name, '|', e.message, '|', e.errno, e.syscall, e.path); }
};
t(()=>fs.cpSync('src','dst'));
t(()=>fs.cpSync('src','dst',{recursive:true}));
console.log(fs.readdirSync('dst').sort(), fs.readlinkSync('dst/ln') === path.join(fs.realpathSync(root), 'src/a.txt') || fs.readlinkSync('dst/ln') === path.join(root, 'src/a.txt'), fs.readFileSync('dst/sub/b.txt','utf8'));
t(()=>fs.cpSync('src/a.txt','dst/a.txt',{errorOnExist:true, force:false}));
t(()=>fs.cpSync('src/a.txt','src/a.txt'));
t(()=>fs.cpSync('src','src/sub/x',{recursive:true}));
t(()=>fs.cpSync('src','src/a.txt',{recursive:true}));
t(()=>fs.cpSync('src/a.txt','dst',{recursive:true}));
t(()=>fs.cpSync('nope','x'));
t(()=>fs.cpSync('src/a.txt','new/deep/a.txt'));
t(()=>fs.cpSync('src/a.txt','dst/a2.txt', {filter: (s,d)=>false}));
console.log(fs.existsSync('dst/a2.txt'), fs.existsSync('new/deep/a.txt'));
t(()=>fs.cpSync(1,'x'));
t(()=>fs.cpSync('src','x', {recursive: 1}));
t(()=>fs.cpSync('src','x', {filter: 1}));
t(()=>fs.cpSync('src','dv', {recursive: true, verbatimSymlinks: true}));
console.log(fs.readlinkSync('dv/ln'));
fs.cp('src', 'dst2', { recursive: true }, (e) => {
  console.log('cb', e, fs.readdirSync('dst2').sort());
  fs.promises.cp('src/a.txt', 'p.txt').then(() => {
    console.log('promise', fs.readFileSync('p.txt', 'utf8'));
    process.chdir('/');
    fs.rmSync(root, { recursive: true });
  });
});
