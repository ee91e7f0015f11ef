'use strict';

// One piped stdio end of a child. Node builds a net.Socket for each at spawn; here the socket (a readable-stream
// Duplex, which costs more to build in GraalJS's interpreter than the spawn itself) is built when the program
// first touches it (child.stdout, child.stdio, …) or when the child writes to it. Until then this does what
// Node's untouched socket would do: a readable end is read from the start and closes at EOF, counting towards the
// child's 'close'; stdin is closed at 'exit'. A socket built after that is in the state Node's would be in by then
// (ended, destroyed), without replaying events nobody could have listened to.
const { PipeSocket, UV_EOF } = require('internal/child_process/pipe_socket');

class StdioPipe {
  constructor(handle, index, onClose) {
    this.handle = handle;
    this.readable = index > 0;
    this.writable = index === 0;
    this.onClose = onClose; // the child's maybeClose for readable ends, else null
    this.socket = null;
    this.resumed = false; // flushStdio resumed it
    this.done = false; // closed without a socket
    if (handle === null) {
      this.materialize();
    } else if (this.readable) {
      const rc = handle.readStart((nread, chunk) => this.onread(nread, chunk));
      if (rc < 0) this.materialize()._onread(rc, null);
    }
  }

  onread(nread, chunk) {
    if (this.socket !== null) {
      this.socket._onread(nread, chunk);
    } else if (nread === UV_EOF) {
      this.finish();
    } else {
      // Data, or a read error that Node's socket would raise.
      this.materialize()._onread(nread, chunk);
    }
  }

  // Node's socket, as it would be now.
  materialize() {
    if (this.socket !== null) return this.socket;
    let socket;
    if (this.done) {
      socket = endedSocket(this.readable, this.writable, this.resumed);
    } else {
      socket = new PipeSocket({ handle: this.handle, readable: this.readable, writable: this.writable });
      if (this.onClose !== null) socket.on('close', this.onClose);
      if (this.resumed) socket.resume();
    }
    this.socket = socket;
    return socket;
  }

  // flushStdio after 'exit': Node resumes the socket if it is still readable.
  flush() {
    if (this.socket !== null) {
      if (this.socket.readable) this.socket.resume();
    } else if (!this.done) {
      this.resumed = true;
    }
  }

  // stdin at 'exit'.
  destroy() {
    if (this.socket !== null) {
      this.socket.destroy();
    } else if (!this.done) {
      this.done = true;
      this.handle.close(null);
    }
  }

  finish() {
    if (this.done) return;
    this.done = true;
    const onClose = this.onClose;
    this.handle.close(onClose === null ? null : () => onClose());
  }
}

// A socket whose end and close are behind it: what Node's untouched stdio socket is once the child is gone.
function endedSocket(readable, writable, resumed) {
  const socket = new PipeSocket({ handle: null, readable, writable });
  const r = socket._readableState;
  r.ended = true;
  r.endEmitted = true;
  r.reading = false;
  if (resumed) r.flowing = true;
  // A readable end's write side is ended from construction; stdin was destroyed, not ended, as Node's is at exit.
  const w = socket._writableState;
  r.destroyed = true;
  w.destroyed = true;
  r.closed = true;
  w.closed = true;
  r.closeEmitted = true;
  w.closeEmitted = true;
  return socket;
}

module.exports = { StdioPipe };
