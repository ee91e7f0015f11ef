'use strict';
// Relative paths resolve against process.cwd(), and results keep the caller's spelling (mkdir -p, mkdtemp).
const fs = require('fs');
const path = require('path');
const root = fs.mkdtempSync(path.join(process.argv[2], 'rel-'));
process.chdir(root);
console.log(fs.mkdirSync('q1/q2', { recursive: true }), fs.mkdirSync('q1/q2/q3/', { recursive: true }));
console.log(fs.mkdirSync('./q1/../q1/x', { recursive: true }), fs.mkdirSync(path.join(root, 'abs/x'), { recursive: true }) === path.join(root, 'abs'));
const d = fs.mkdtempSync('pre-');
console.log(d.length, d.startsWith('pre-'), fs.statSync(d).isDirectory());
fs.writeFileSync('f.txt', 'relative');
console.log(fs.readFileSync('./q1/../f.txt', 'utf8'), fs.existsSync('f.txt'), fs.realpathSync('f.txt') === path.join(fs.realpathSync(root), 'f.txt'));
try { fs.statSync('nope'); } catch (e) { console.log(e.message, e.path); }
fs.symlinkSync('f.txt', 'ln');
console.log(fs.readlinkSync('ln'), fs.readFileSync('ln', 'utf8'));
console.log(fs.readdirSync('.').filter((n) => n !== d).sort());
fs.mkdir('m/n', { recursive: true }, (e, first) => {
  console.log('callback', e, first);
  process.chdir('/');
  fs.rmSync(root, { recursive: true });
});
