'use strict';

// Runs what the command line asked for: a file, -e/-p code, or a script read from stdin.
const path = require('path');

const binding = internalBinding('process');

function preload() {
  const requires = binding.flag('require');
  if (requires) {
    const { Module } = require('internal/modules/cjs/loader');
    const fake = new Module('internal/preload', null);
    fake.paths = Module._nodeModulePaths(process.cwd());
    fake.filename = path.join(process.cwd(), '[preload]');
    for (const request of requires.split('\u0000')) {
      if (request) Module._load(request, fake, false);
    }
  }
}

function evalScript(name, code, print) {
  const { Module } = require('internal/modules/cjs/loader');
  const inputType = binding.flag('input-type');
  if (inputType === 'module') {
    if (print) {
      const { codes } = require('internal/errors');
      throw new codes.ERR_EVAL_ESM_CANNOT_PRINT();
    }
    require('internal/modules/esm/main').evalMain(code);
    return;
  }
  const module = new Module(name);
  module.filename = path.join(process.cwd(), name);
  module.paths = Module._nodeModulePaths(process.cwd());
  globalThis.module = module;
  globalThis.require = require('internal/modules/cjs/loader').makeRequireFunction(module);
  globalThis.exports = module.exports;
  globalThis.__filename = name;
  globalThis.__dirname = '.';
  const result = internalBinding('modules').evalScript(code, name);
  if (print) {
    const { inspect } = require('util');
    console.log(typeof result === 'string' ? result : inspect(result));
  }
}

function runMain() {
  require('internal/modules/esm/loader').installHost();
  if (binding.mainKind() === 'file') process.argv[1] = path.resolve(binding.main());
  preload();
  // --import: ES modules that load (asynchronously, in order) before the entry point.
  const imports = binding.flag('import');
  if (imports) {
    require('internal/modules/esm/main').preloadImports(imports.split('\u0000').filter(Boolean), runEntryPoint);
  } else {
    runEntryPoint();
  }
}

function runEntryPoint() {
  const kind = binding.mainKind();
  if (kind === 'file') {
    const main = process.argv[1];
    const inputType = binding.flag('input-type');
    if (inputType !== undefined && inputType !== null) {
      const { codes } = require('internal/errors');
      throw new codes.ERR_INPUT_TYPE_NOT_ALLOWED();
    }
    require('internal/modules/esm/main').runEntry(main);
  } else if (kind === 'eval' || kind === 'print') {
    evalScript('[eval]', binding.main(), kind === 'print');
  } else if (kind === 'stdin' && process.argv[1] !== '-' &&
      (binding.flag('interactive') === true || internalBinding('stdio').type(0) === 'tty')) {
    // Node would start its REPL here; gnode has none yet. Say so instead of waiting on the terminal.
    internalBinding('stdio').writeString(2,
      'gnode: the interactive REPL is not implemented; run a script, `-e CODE`, `-p CODE` or `-` (read stdin)\n');
    process.exitCode = 9;
  } else if (kind === 'stdin') {
    let code = '';
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (d) => { code += d; });
    process.stdin.on('end', () => {
      evalScript('[stdin]', code, false);
    });
  }
}

module.exports = { runMain };
