__exportStar(require('./interop.cjs'), exports);
exports.own = 'own';
function __exportStar(m, e) { for (const k in m) e[k] = m[k]; }
