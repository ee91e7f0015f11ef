module.exports = { kind: typeof module + ' cjs' };
