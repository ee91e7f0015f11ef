import path from 'node:path';
import { join } from 'path';
import { value, counter } from './lib.mjs';
import cjs, { named, other } from './interop.cjs';
import * as cjsNs from './interop.cjs';
import data from './data.json' with { type: 'json' };
import exp from 'exp-pkg';
import sub from 'exp-pkg/sub';
import feature from 'exp-pkg/feature/one';
import legacy from 'legacy-pkg';
import own from '#own';
console.log('builtin', typeof path.join, join === path.join);
console.log('lib', value, counter());
console.log('cjs', JSON.stringify(cjs), named, other, cjsNs.default === cjs);
console.log('json', data.name);
console.log('pkg', exp, sub, feature, legacy.kind, own);
console.log('meta', import.meta.url === 'file://' + import.meta.filename,
  import.meta.dirname === path.dirname(import.meta.filename), path.basename(import.meta.filename));
console.log('resolve', import.meta.resolve('./lib.mjs') === 'file://' + path.join(import.meta.dirname, 'lib.mjs'),
  import.meta.resolve('node:path'), import.meta.resolve('path'));
