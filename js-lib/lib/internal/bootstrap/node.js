// The first JS gnode runs. Evaluated as a script whose value is a function of the Java `Bindings`; it sets up
// the built-in module system, then `process` and the globals, and returns the entry points the Java loop calls.
(function bootstrap(bindings) {
  'use strict';

  const modulesBinding = bindings.get('modules');

  function internalBinding(name) {
    const binding = bindings.get(name);
    if (binding == null) throw new Error(`gnode: no internal binding '${name}'`);
    return binding;
  }

  // ---- Built-in modules: js-lib files (`node/x`, `internal/x`) and files of pinned WebJars (`vendor:pkg/file`).
  const builtinCache = new Map();
  const WRAPPER_PARAMS = 'exports, require, module, __filename, __dirname, internalBinding';
  // Bare names that WebJar code requires, served by gnode's own modules.
  const VENDOR_ALIASES = {
    'process': 'node/process', 'process/': 'node/process', 'buffer': 'node/buffer', 'buffer/': 'node/buffer',
    'events': 'node/events', 'events/': 'node/events', 'string_decoder': 'node/string_decoder',
    'string_decoder/': 'node/string_decoder', 'abort-controller': 'internal/abort_controller',
    'util': 'node/util', 'util/': 'node/util', 'safe-buffer': 'node/buffer', 'inherits': 'internal/inherits',
    'base64-js': 'vendor:base64-js/index.js', 'ieee754': 'vendor:ieee754/index.js',
  };

  function normalizeSegments(path) {
    const out = [];
    for (const part of path.split('/')) {
      if (part === '..') out.pop();
      else if (part !== '.' && part !== '') out.push(part);
    }
    return out.join('/');
  }

  // Turns a request made from built-in `parentId` into a built-in id, or null when it names no built-in.
  function resolveBuiltinRequest(request, parentId) {
    if (request.startsWith('./') || request.startsWith('../')) {
      const slash = parentId.lastIndexOf('/');
      const base = parentId.slice(0, slash + 1);
      let joined;
      if (base.startsWith('vendor:')) {
        joined = 'vendor:' + normalizeSegments(base.slice(7) + request);
        return joined.endsWith('.js') || joined.endsWith('.json') ? joined : joined + '.js';
      }
      joined = normalizeSegments(base + request);
      return joined.endsWith('.js') ? joined.slice(0, -3) : joined;
    }
    if (request.startsWith('internal/') || request.startsWith('vendor:')) return request;
    if (parentId.startsWith('vendor:') && VENDOR_ALIASES[request] !== undefined) return VENDOR_ALIASES[request];
    if (request.startsWith('node:')) request = request.slice(5);
    return 'node/' + request;
  }

  function builtinSource(id) {
    if (id.startsWith('vendor:')) {
      const rest = id.slice(7);
      const slash = rest.indexOf('/');
      const source = modulesBinding.vendorSource(rest.slice(0, slash), rest.slice(slash + 1));
      return loadBuiltin('internal/bootstrap/vendor_patches').patchVendorSource(id, source);
    }
    return modulesBinding.builtinSource(id);
  }

  function loadBuiltin(id) {
    const cached = builtinCache.get(id);
    if (cached !== undefined) return cached.exports;
    const source = builtinSource(id);
    if (source == null) return undefined;
    const module = { id, exports: {}, loaded: false };
    builtinCache.set(id, module);
    const filename = id.startsWith('vendor:') ? 'node:internal/deps/' + id.slice(7) : 'node:' + id;
    if (id.endsWith('.json')) {
      module.exports = JSON.parse(source);
    } else {
      const fn = modulesBinding.compileFunction(source, filename, WRAPPER_PARAMS);
      // Built-ins often require lazily inside hot functions: resolve each request once per module.
      const resolved = new Map();
      const require = (request) => {
        const known = resolved.get(request);
        if (known !== undefined) {
          const entry = builtinCache.get(known);
          if (entry !== undefined) return entry.exports;
        }
        const target = resolveBuiltinRequest(request, id);
        resolved.set(request, target);
        const exports = loadBuiltin(target);
        if (exports === undefined) {
          throw new Error(`gnode: built-in '${id}' requires '${request}', which gnode does not have (${target})`);
        }
        return exports;
      };
      try {
        fn.call(module.exports, module.exports, require, module, filename, 'node:internal', internalBinding);
      } catch (err) {
        builtinCache.delete(id);
        throw err;
      }
    }
    module.loaded = true;
    return module.exports;
  }

  function requireFromBuiltin(request, parentId) {
    const id = resolveBuiltinRequest(request, parentId);
    const exports = loadBuiltin(id);
    if (exports === undefined) {
      throw new Error(`gnode: built-in '${parentId}' requires '${request}', which gnode does not have (${id})`);
    }
    return exports;
  }

  // The loader object other internals use (`require('internal/bootstrap/realm')`).
  const realm = {
    internalBinding,
    loadBuiltin,
    requireBuiltin: (request) => requireFromBuiltin(request, 'internal/bootstrap/node'),
    builtinExists: (id) => builtinCache.has(id) || builtinSource(id) != null,
    bindings,
  };
  builtinCache.set('internal/bootstrap/realm', { id: 'internal/bootstrap/realm', exports: realm, loaded: true });

  return realm.requireBuiltin('internal/bootstrap/setup').setup();
})
