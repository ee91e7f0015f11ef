'use strict';
const path = require('path');
const rel = (p) => path.relative(__dirname, p);
console.log('main', require.main === module, module.id, rel(__filename), path.basename(__dirname));
console.log('paths', module.paths[0] === path.join(__dirname, 'node_modules'), module.paths.at(-1));
const a = require('./lib/a');
console.log('circular', a.name, a.sawB, require('./lib/b').sawPartialA);
console.log('json', require('./data.json').value, require('./data') === require('./data.json'));
console.log('dir index', require('./dir').name);
console.log('cjs ext', require('./typed.cjs').kind);
console.log('plain main', require('plain').from, rel(require.resolve('plain')));
console.log('cond require', require('cond').which, require('cond/feature').which, require('cond/sub/x').which);
try { require('cond/private/y'); } catch (e) { console.log(e.code); }
try { require('cond/unlisted'); } catch (e) { console.log(e.code); }
console.log('noindex', require('noindex').name);
console.log('scoped', require('@scope/pkg').name);
console.log('nested lookup', require('./deep/nested/find').plainFrom);
try { require('./nope'); } catch (e) { console.log(e.code, e.message.split('\n')[0], e.requireStack.map(rel)); }
try { require('does-not-exist-pkg'); } catch (e) { console.log(e.code); }
const before = require('./lib/counter').count;
delete require.cache[require.resolve('./lib/counter')];
console.log('cache reload', before, require('./lib/counter').count);
console.log('resolve paths', require.resolve.paths('x')[0] === path.join(__dirname, 'node_modules'), require.resolve.paths('./x').map(rel));
console.log('resolve with paths', rel(require.resolve('plain', { paths: [path.join(__dirname, 'deep')] })));
console.log('builtins', require('fs') === require('node:fs'), require('module').isBuiltin('node:path'), require('module').isBuiltin('nope'));
try { require('node:nope'); } catch (e) { console.log(e.code); }
const { createRequire } = require('module');
const req = createRequire(path.join(__dirname, 'lib', 'x.js'));
console.log('createRequire', req('./b').sawPartialA);
console.log('children', module.children.length > 0, module.loaded);
console.log('wrapper', typeof require('module').wrap('x'));
console.log('exports this', this === module.exports);
