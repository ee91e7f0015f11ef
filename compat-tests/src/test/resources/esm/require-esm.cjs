const ns = require('./lib.mjs');
console.log('sync', ns.value, ns.counter());
const withDefault = require('./default-export.mjs');
console.log('interop', withDefault.__esModule, withDefault.default, Object.keys(withDefault).join(','),
  require('util').types.isModuleNamespaceObject(withDefault), require('./default-export.mjs') === withDefault);
try {
  require('./tla-order.mjs');
} catch (err) {
  console.log(err.code);
}
