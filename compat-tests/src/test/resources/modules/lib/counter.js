globalThis.__counter = (globalThis.__counter || 0) + 1;
exports.count = globalThis.__counter;
