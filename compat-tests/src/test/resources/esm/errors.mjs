const attempts = ['./missing.mjs', 'no-such-pkg', './dir', 'exp-pkg/hidden', 'node:no-such-builtin', './notes.txt'];
for (const specifier of attempts) {
  try {
    await import(specifier);
    console.log(specifier, 'loaded');
  } catch (err) {
    console.log(specifier, err.code, err.message.replaceAll(import.meta.dirname, '<dir>'));
  }
}
