'use strict';

// process.kill and process.on('SIGxxx'). Signal numbers are Linux's; the native layer does the sending and
// watching.

let signalNumbers = null;

function signals() {
  if (signalNumbers === null) signalNumbers = require('internal/process/signal_numbers');
  return signalNumbers;
}

function kill(pid, sig) {
  const { codes, ErrnoException } = require('internal/errors');
  if (pid != (pid | 0)) throw new codes.ERR_INVALID_ARG_TYPE('pid', 'number', pid);
  let signo;
  if (sig === (sig | 0)) {
    signo = sig;
  } else if (sig === undefined) {
    signo = signals().SIGTERM;
  } else {
    signo = signals()[sig];
    if (signo === undefined) throw new codes.ERR_UNKNOWN_SIGNAL(sig);
  }
  const rc = internalBinding('signals').kill(pid, signo);
  if (rc < 0) throw new ErrnoException(rc, 'kill');
  return true;
}

const watching = new Map();

function onListenerChange(proc, signal, adding) {
  const signo = signals()[signal];
  if (signo === undefined) return;
  const count = proc.listenerCount(signal) + (adding ? 1 : 0);
  const binding = internalBinding('signals');
  if (count > 0 && !watching.has(signal)) {
    const handle = binding.watch(signo, () => proc.emit(signal, signal, signo));
    watching.set(signal, handle);
  } else if (count === 0 && watching.has(signal)) {
    binding.unwatch(watching.get(signal));
    watching.delete(signal);
  }
}

module.exports = { kill, onListenerChange };
