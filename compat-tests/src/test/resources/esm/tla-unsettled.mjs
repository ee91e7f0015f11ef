process.on('exit', (code) => console.log('exit code', code, process.exitCode));
console.log('waiting');
await new Promise(() => {});
