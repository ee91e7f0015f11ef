'use strict';

// The IPC channel of fork() and stdio 'ipc': a socketpair end read and written through a native stream, framed
// like Node's (one JSON text per line, or length-prefixed v8-serialized values), so real node and gnode talk.
// A forked child sets this up before its main script: only what the 'json' path needs is loaded here, the rest
// (Buffer, the V8 serializer, validators, errors) when used.
const { JsonFramer } = require('internal/child_process/json_framer');
const { continueTick } = require('internal/process/task_queues');

function createFramer(serialization) {
  if (serialization !== 'advanced') return new JsonFramer();
  const { AdvancedFramer } = require('internal/child_process/serialization');
  return new AdvancedFramer();
}

function errors() {
  return require('internal/errors');
}

// Node reports backpressure once this much is queued on the channel.
const kChannelHighWaterMark = 65536 * 2;

class Channel {
  constructor(handle, target) {
    this.handle = handle;
    this.target = target;
    this.refed = true;
    this.refCount = 0;
    this.closed = false;
  }

  get fd() {
    return this.handle === null ? -1 : this.handle.fd();
  }

  get writeQueueSize() {
    return this.handle === null ? 0 : this.handle.writeQueueSize();
  }

  ref() {
    this.refed = true;
    if (this.handle) this.handle.ref();
  }

  unref() {
    this.refed = false;
    if (this.handle) this.handle.unref();
  }

  // The child's channel is kept alive by its 'message'/'disconnect' listeners, as in Node.
  refCounted() {
    if (++this.refCount === 1) this.ref();
  }

  unrefCounted() {
    if (--this.refCount === 0) this.unref();
  }
}

function validateMessage(message) {
  if (message === undefined) throw new (errors().codes.ERR_MISSING_ARGS)('message');
  if (message !== null && typeof message !== 'string' && typeof message !== 'object' &&
      typeof message !== 'number' && typeof message !== 'boolean') {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)('message', ['string', 'object', 'number', 'boolean'], message);
  }
}

// Installs send/disconnect/channel/connected on `target` (a ChildProcess, or `process` in a forked child).
function setupChannel(target, handle, serialization) {
  const channel = new Channel(handle, target);
  const framer = createFramer(serialization);
  target.channel = channel;
  target._channel = channel;
  target.connected = true;
  let disconnectEmitted = false;

  function emitMessage(message) {
    if (message !== null && typeof message === 'object' && typeof message.cmd === 'string' &&
        message.cmd.startsWith('NODE_')) {
      target.emit('internalMessage', message);
      return;
    }
    target.emit('message', message);
  }

  // Node emits each message in a tick of its own. One tick that emits a read's messages in order does the same:
  // ticks the listeners queue run after the rest, microtasks after all ticks, and if a listener throws, the rest
  // go back to the front of the tick queue, where their own ticks would have stood.
  function emitMessages(messages, from) {
    let i = from;
    try {
      while (i < messages.length) emitMessage(messages[i++]);
    } finally {
      if (i < messages.length) continueTick(emitMessages, messages, i);
    }
  }

  // Frames cut from one read; queued even when a later frame is malformed and the parse throws.
  function deliver(parse) {
    const messages = [];
    try {
      parse((message) => messages.push(message));
    } finally {
      if (messages.length > 0) process.nextTick(emitMessages, messages, 0);
    }
  }

  // 'json' lines are cut and decoded natively (text holds whole lines); 'advanced' frames are cut here.
  const textFraming = typeof framer.parseLines === 'function';
  if (textFraming) {
    handle.readStartLines((nread, text) => {
      if (nread > 0) deliver((onMessage) => framer.parseLines(text, onMessage));
      else if (nread < 0) finishDisconnect(); // EOF, or ECONNRESET and the like: the other side went away
    });
  } else {
    handle.readStart((nread, chunk) => {
      if (nread > 0) {
        const bytes = require('buffer').Buffer.from(new ArrayBuffer(chunk), 0, nread);
        deliver((onMessage) => framer.parse(bytes, onMessage));
      } else if (nread < 0) {
        finishDisconnect();
      }
    });
  }

  function finishDisconnect() {
    if (channel.closed) return;
    channel.closed = true;
    target.connected = false;
    const h = channel.handle;
    channel.handle = null;
    if (h !== null) {
      h.readStop();
      h.close(null);
    }
    target.channel = null;
    target._channel = null;
    if (!disconnectEmitted) {
      disconnectEmitted = true;
      process.nextTick(() => target.emit('disconnect'));
    }
    if (typeof target._onChannelClosed === 'function') target._onChannelClosed();
  }

  target.send = function send(message, handle, options, callback) {
    if (typeof handle === 'function') {
      callback = handle;
      handle = undefined;
      options = undefined;
    } else if (typeof options === 'function') {
      callback = options;
      options = undefined;
    } else if (options !== undefined) {
      require('internal/validators').validateObject(options, 'options');
    }
    validateMessage(message);
    if (handle !== undefined && handle !== null) {
      const err = new (errors().codes.ERR_INVALID_HANDLE_TYPE)();
      err.message = 'gnode cannot send handles over IPC yet (net/dgram are not implemented)';
      throw err;
    }
    if (!target.connected || channel.handle === null) {
      const err = new (errors().codes.ERR_IPC_CHANNEL_CLOSED)();
      if (typeof callback === 'function') process.nextTick(callback, err);
      else process.nextTick(() => target.emit('error', err));
      return false;
    }
    let frame;
    try {
      frame = textFraming ? framer.writeText(message) : framer.writeMessage(message);
    } catch (err) {
      if (typeof callback === 'function') process.nextTick(callback, err);
      else throw err;
      return false;
    }
    // As in Node, a queued write completes with callback(null) whatever its status: a broken channel shows as
    // 'disconnect'. Without a callback the completion needs no call into JS.
    const done = typeof callback === 'function' ? () => callback(null) : null;
    const rc = textFraming ?
      channel.handle.writeUtf8String(frame, done) :
      channel.handle.writeBuffer(frame.buffer, frame.byteOffset, frame.byteLength, done);
    if (rc < 0) {
      const err = new (errors().ErrnoException)(rc, 'write');
      if (typeof callback === 'function') process.nextTick(callback, err);
      else process.nextTick(() => target.emit('error', err));
      return false;
    }
    // rc is what is still queued on the channel.
    return rc < kChannelHighWaterMark;
  };

  target.disconnect = function disconnect() {
    if (!target.connected) {
      target.emit('error', new (errors().codes.ERR_IPC_DISCONNECTED)());
      return;
    }
    // Node stops accepting sends at once and closes the channel once queued messages are written.
    target.connected = false;
    if (channel.handle.writeQueueSize() > 0) {
      // An empty write completes after every queued one, in order.
      channel.handle.writeUtf8String('', finishDisconnect);
    } else {
      process.nextTick(finishDisconnect);
    }
  };

  return channel;
}

// In a process started with NODE_CHANNEL_FD: `process` talks to its parent.
function setupChildChannel(fd, serialization) {
  const handle = internalBinding('pipe_wrap').open(fd);
  if (handle === null) return;
  const channel = setupChannel(process, handle, serialization || 'json');
  // The channel does not keep the child alive until someone listens for messages or the disconnect.
  channel.unref();
  process.on('newListener', (name) => {
    if (name === 'message' || name === 'disconnect') channel.refCounted();
  });
  process.on('removeListener', (name) => {
    if (name === 'message' || name === 'disconnect') channel.unrefCounted();
  });
}

module.exports = { setupChannel, setupChildChannel, kChannelHighWaterMark };
