'use strict';
const mode = process.argv[2];
process.on('exit', (code) => console.log('exit event', code));
if (mode === 'exit5') { process.exit(5); }
if (mode === 'exitcode') { process.exitCode = 7; }
if (mode === 'exit-in-timer') { setTimeout(() => { process.exit(2); console.log('not printed'); }, 1); }
if (mode === 'handled') {
  process.on('uncaughtException', (err, origin) => { console.log('handled', err.message, origin); });
  setTimeout(() => console.log('still running'), 1);
  throw new Error('oops');
}
if (mode === 'handler-throws') {
  process.on('uncaughtException', () => { throw new Error('second'); });
  throw new Error('first');
}
if (mode === 'rejection-handled') {
  process.on('unhandledRejection', (reason, p) => console.log('unhandledRejection', reason, p instanceof Promise));
  Promise.reject(9);
}
if (mode === 'rejection-late-catch') {
  const p = Promise.reject(new Error('late'));
  Promise.resolve().then(() => p.catch(() => console.log('caught in time')));
}
if (mode === 'string-exitcode') { process.exitCode = '4'; }
if (mode === 'bad-exitcode') {
  try { process.exitCode = 'abc'; } catch (e) { console.log(e.code); }
}
