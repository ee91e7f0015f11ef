exports.named = 'named-export';
module.exports.other = 42;
