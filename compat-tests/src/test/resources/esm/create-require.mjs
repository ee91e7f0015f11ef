import { createRequire } from 'node:module';
const require = createRequire(import.meta.filename);
console.log(require('./interop.cjs').named, require('exp-pkg'), require.resolve('exp-pkg').endsWith('cjs.cjs'));
