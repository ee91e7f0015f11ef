const ns = require('./lib.mjs');
console.log('sync', ns.value, ns.counter());
try {
  require('./tla-order.mjs');
} catch (err) {
  console.log(err.code);
}
