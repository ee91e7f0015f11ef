'use strict';

// One piped stdio end of a child. Node builds a net.Socket for each at spawn; here the socket (a readable-stream
// Duplex, which costs more to build in GraalJS's interpreter than the spawn itself) is built when the program
// first touches it (child.stdout, child.stdio, …) or when the child writes to it. Until then this does what
// Node's untouched socket would do: a readable end is read from the start and closes at EOF, counting towards the
// child's 'close'; stdin is closed at 'exit'. A socket built after that is in the state Node's would be in by then
// (ended, destroyed), without replaying events nobody could have listened to.
// The socket module (and with it the streams stack) loads when a first socket is built: a program that spawns
// and only waits for 'exit'/'close', or uses exec, never needs it.
const { Buffer } = require('buffer');

const UV_EOF = -4095;

function newPipeSocket(options) {
  const { PipeSocket } = require('internal/child_process/pipe_socket');
  return new PipeSocket(options);
}

class StdioPipe {
  constructor(handle, index, onClose) {
    this.handle = handle;
    this.readable = index > 0;
    this.writable = index === 0;
    this.onClose = onClose; // the child's maybeClose for readable ends, else null
    this.socket = null;
    this.resumed = false; // flushStdio resumed it
    this.done = false; // closed without a socket
    this.collector = null; // exec's output collector, while there is no socket
    this.bytesRead = 0;
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
    } else if (this.collector !== null && nread > 0) {
      this.bytesRead += nread;
      this.collector.write(Buffer.from(new ArrayBuffer(chunk), 0, nread));
    } else if (nread === UV_EOF) {
      if (this.collector !== null) this.collector.end();
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
      socket = newPipeSocket({ handle: this.handle, readable: this.readable, writable: this.writable });
      if (this.onClose !== null) socket.on('close', this.onClose);
      if (this.resumed) socket.resume();
    }
    this.socket = socket;
    if (this.collector !== null) this.collector.attach(socket, this.bytesRead);
    return socket;
  }

  // exec/execFile: `onData` gets the output as the 'data' listener of Node's socket would (decoded when `encoding`
  // is set), without a socket unless the program asks for one; then it becomes that socket's 'data' listener.
  collect(encoding, onData) {
    this.collector = new Collector(encoding, onData);
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

class Collector {
  constructor(encoding, onData) {
    this.encoding = encoding;
    this.decoder = encoding ? new (require('string_decoder').StringDecoder)(encoding) : null;
    this.onData = onData;
  }

  write(buffer) {
    if (this.decoder === null) {
      this.onData(buffer);
      return;
    }
    // As a stream with an encoding: a chunk that decodes to nothing yet is no 'data'.
    const text = this.decoder.write(buffer);
    if (text.length > 0) this.onData(text);
  }

  end() {
    if (this.decoder === null) return;
    const rest = this.decoder.end();
    if (rest && rest.length > 0) this.onData(rest);
  }

  // The socket takes over with the same decoder (a split character carries on) and the same listener.
  attach(socket, bytesRead) {
    if (bytesRead > 0) socket.bytesRead = bytesRead;
    if (this.decoder !== null) {
      socket.setEncoding(this.encoding);
      socket._readableState.decoder = this.decoder;
    }
    socket.on('data', this.onData);
  }
}

// A socket whose end and close are behind it: what Node's untouched stdio socket is once the child is gone.
function endedSocket(readable, writable, resumed) {
  const socket = newPipeSocket({ handle: null, readable, writable });
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
