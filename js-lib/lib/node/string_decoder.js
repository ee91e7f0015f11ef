'use strict';

module.exports = require('vendor:string_decoder/lib/string_decoder.js');
