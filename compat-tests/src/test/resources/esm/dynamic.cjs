import('./lib.mjs').then((ns) => console.log('relative', ns.value));
import('exp-pkg').then((ns) => console.log('package', ns.default));
import('node:path').then((ns) => console.log('builtin', typeof ns.default.join));
