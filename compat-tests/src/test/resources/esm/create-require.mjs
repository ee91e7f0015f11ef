import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const fromPath = createRequire(import.meta.filename);
console.log(require('./interop.cjs').named, fromPath('exp-pkg'), require.resolve('exp-pkg').endsWith('cjs.cjs'));
