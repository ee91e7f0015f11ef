'use strict';

// node:util/types — the public subset of internal/util/types.

const internal = require('internal/util/types');

for (const key of Object.keys(internal)) exports[key] = internal[key];
