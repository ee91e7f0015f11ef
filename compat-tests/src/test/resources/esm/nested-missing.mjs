for (const target of ['./imports-missing.mjs', './imports-missing-file.mjs']) {
  try {
    await import(target);
  } catch (err) {
    console.log(err.code, err.message.replaceAll(import.meta.dirname, '<dir>'));
  }
}
