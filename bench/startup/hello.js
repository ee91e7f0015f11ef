'use strict';
// Case 10 (file form): the runner times a whole process that only prints.
console.log(1);
