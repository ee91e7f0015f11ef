'use strict';
const path = require('path');
console.log(path.relative(process.cwd(), path.resolve('a/b', '../c')), path.isAbsolute(path.resolve('x')), path.join('/a', 'b', '../c', ''), path.normalize('/a//b/./c/..'), path.relative('/a/b/c', '/a/d'));
console.log(path.basename('/x/y.txt', '.txt'), path.extname('a.b.c'), path.dirname('/a/b/'), path.parse('/home/u/f.txt'));
console.log(path.format({ dir: '/x', name: 'f', ext: 'js' }), path.format({ root: '/', base: 'f.txt' }), path.toNamespacedPath('/a'));
for (const f of [() => path.join(1), () => path.resolve('a', null), () => path.basename('a', 1), () => path.format(null), () => path.relative(1, 'a'), () => path.dirname({})]) {
  try { f(); } catch (e) { console.log(e.code, e.message); }
}
console.log(path.posix === path, path.sep, path.delimiter, require('path/posix') === path, require('node:path/win32') === path.win32);
const w = path.win32;
console.log(w.join('C:\\a', 'b', '..', 'c'), w.normalize('C:/x//y\\..\\z'), w.isAbsolute('C:\\x'), w.isAbsolute('C:x'), w.basename('C:\\a\\b.txt', '.txt'), w.dirname('C:\\a\\b'), w.extname('a\\b.js'));
console.log(w.parse('C:\\dir\\f.txt'), w.parse('f.txt'), w.resolve('C:\\a', 'b'), w.relative('C:\\a\\b', 'C:\\a\\c\\d'), w.sep, w.delimiter, w.toNamespacedPath('C:\\a'));
console.log(path.matchesGlob('/a/b/c.js', '/a/**/*.js'), path.matchesGlob('a/b.js', '*.js'), path.matchesGlob('x.ts', '*.{js,ts}'), path.matchesGlob('ab', 'a?'), path.matchesGlob('a/x/y/z.md', 'a/**'));
console.log(w.normalize(''), w.normalize('\\\\srv\\share\\x\\..\\y'), w.dirname('C:\\'), w.dirname('a'), w.join(''), w.format({dir:'C:\\x', base:'f'}));
