const w = require('path').win32;
const cases = [
  ['normalize', 'C:\\a\\..\\..\\b'], ['normalize', 'C:'], ['normalize', 'C:.'], ['normalize', '\\\\server\\share'], ['normalize', 'a/b/../../..'], ['normalize', '/a/b/'], ['normalize', 'C:\\\\x\\\\'],
  ['join', 'a', '', 'b'], ['join', '\\\\srv', 'share'], ['join', 'C:', 'x'], ['join', '/', 'x'],
  ['dirname', 'C:\\a\\b\\'], ['dirname', 'C:a'], ['dirname', '\\\\srv\\share\\x'], ['dirname', '/a'], ['dirname', ''], ['dirname', 'C:\\'],
  ['basename', 'C:\\a\\b.txt'], ['basename', 'C:'], ['basename', 'C:\\a\\'], ['basename', 'a/b'], ['extname', 'C:\\a.b\\c'], ['extname', '.bashrc'],
  ['isAbsolute', '/x'], ['isAbsolute', '\\\\srv\\s'], ['isAbsolute', 'x'], ['isAbsolute', 'C:'],
  ['relative', 'C:\\a\\b', 'C:\\a\\b'], ['relative', 'C:\\a', 'D:\\b'], ['relative', 'C:\\a\\b\\c', 'C:\\a'], ['relative', 'c:\\A', 'C:\\a\\x'],
  ['resolve', 'C:\\a', '..\\b'], ['resolve', 'C:\\a', 'D:\\b', 'c'], ['resolve', '\\\\srv\\share\\x', '..\\y'],
  ['parse', 'C:\\a\\b.c'], ['parse', 'C:\\'], ['parse', '\\\\srv\\share\\f.txt'], ['parse', 'a.b'], ['parse', 'C:x.y'],
  ['toNamespacedPath', 'C:\\a'], ['toNamespacedPath', '\\\\srv\\s\\x'],
];
for (const [fn, ...args] of cases) { try { console.log(fn, JSON.stringify(args), JSON.stringify(w[fn](...args))); } catch (e) { console.log(fn, 'ERR', e.message); } }
