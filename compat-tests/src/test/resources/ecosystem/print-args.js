'use strict';
console.log('child says', process.argv.slice(2).join(' '));
