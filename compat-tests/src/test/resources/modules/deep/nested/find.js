exports.plainFrom = require('plain').from;
