console.log(require('./custom-exports.mjs'));
