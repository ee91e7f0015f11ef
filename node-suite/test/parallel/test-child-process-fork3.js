'use strict';
// Forking an empty module must not hang the parent.
require('../common');
const { fork } = require('child_process');
const fixtures = require('../common/fixtures');

fork(fixtures.path('empty.js'));
