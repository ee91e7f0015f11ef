exports.name = 'a';
const b = require('./b');
exports.sawB = b.name;
