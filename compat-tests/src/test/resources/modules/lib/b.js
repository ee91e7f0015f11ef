const a = require('./a');
exports.name = 'b';
exports.sawPartialA = JSON.stringify(a);
