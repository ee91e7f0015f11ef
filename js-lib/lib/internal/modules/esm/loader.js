'use strict';

// ES modules run on GraalJS's own module implementation; gnode hands it files by absolute path.

const modules = internalBinding('modules');

// require() of an ES module (Node 22+): its namespace, when it has no top-level await.
function requireEsm(filename) {
  return modules.evalModule(filename);
}

function runMainEsm(filename) {
  return modules.evalModule(filename);
}

module.exports = { requireEsm, runMainEsm };
