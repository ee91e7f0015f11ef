'use strict';

// IPC message framing, one framer per channel, byte-compatible with node's:
// - 'json': one JSON text per line ('\n'-terminated, UTF-8);
// - 'advanced': a 4-byte big-endian length, then v8.serialize-format bytes
//   written by ChildProcessSerializer (array buffer views as host objects
//   tagged 0, any other host object as a plain-object copy tagged 1).
//
// framer.writeMessage(value) -> Buffer holding one complete frame.
// framer.parse(chunk, onMessage) takes any slice of the byte stream (a Buffer
// or a plain Uint8Array; frames are read in place, not copied) and calls
// onMessage(message) once per complete frame, in order. Its state is updated
// before each call, so a throw (bad frame or listener) leaves the remaining
// frames buffered for the next parse().
// framer.buffering is true while part of a frame is held.
//
// `json` and `advanced` also give node's own shape of this module
// (initMessageChannel / parseChannelMessages / writeChannelMessage on a
// channel object), for code written against node's child_process internals;
// both write through channel.writeBuffer(req, buffer, handle).

const { Buffer } = require('buffer');
const { DefaultSerializer, kReleaseShared } = require('internal/v8/serializer');
const { DefaultDeserializer } = require('internal/v8/deserializer');
const { JsonFramer } = require('internal/child_process/json_framer');
const { view, concatBytes } = require('internal/bytes');

const ARRAY_BUFFER_VIEW_TAG = 0;
const NOT_ARRAY_BUFFER_VIEW_TAG = 1;
const LENGTH_PLACEHOLDER = new Uint8Array(4);

class ChildProcessSerializer extends DefaultSerializer {
  _writeHostObject(object) {
    if (ArrayBuffer.isView(object)) {
      this.writeUint32(ARRAY_BUFFER_VIEW_TAG);
      return super._writeHostObject(object);
    }
    // Native objects travel as a copy of their own enumerable properties.
    this.writeUint32(NOT_ARRAY_BUFFER_VIEW_TAG);
    this.writeValue({ ...object });
  }
}

class ChildProcessDeserializer extends DefaultDeserializer {
  _readHostObject() {
    const tag = this.readUint32();
    if (tag === ARRAY_BUFFER_VIEW_TAG) return super._readHostObject();
    if (tag !== NOT_ARRAY_BUFFER_VIEW_TAG) {
      throw new Error(`Unknown host object tag ${tag} in IPC message`);
    }
    return this.readValue();
  }
}

class AdvancedFramer {
  constructor() {
    this.head = null; // bytes whose part from `offset` on is unconsumed
    this.offset = 0;
    this.more = null; // chunks received after head, while a frame is incomplete
    this.size = 0; // unconsumed bytes in head and more
  }

  get buffering() {
    return this.size > 0;
  }

  writeMessage(message) {
    const ser = new ChildProcessSerializer();
    ser.writeRawBytes(LENGTH_PLACEHOLDER);
    ser.writeHeader();
    ser.writeValue(message);
    const frame = ser[kReleaseShared]();
    const length = frame.length - 4;
    frame[0] = length >>> 24;
    frame[1] = (length >>> 16) & 0xFF;
    frame[2] = (length >>> 8) & 0xFF;
    frame[3] = length & 0xFF;
    return frame;
  }

  parse(chunk, onMessage) {
    if (chunk.length === 0) return;
    if (this.size === 0) {
      this.head = chunk;
      this.offset = 0;
    } else {
      if (this.more === null) this.more = [];
      this.more.push(chunk);
    }
    this.size += chunk.length;
    while (this.size >= 4) {
      const frameSize = this.frameLength() + 4;
      if (this.size < frameSize) break;
      if (this.more !== null) this.coalesce();
      const start = this.offset + 4;
      const end = this.offset + frameSize;
      const data = this.head;
      this.offset = end;
      this.size -= frameSize;
      if (this.size === 0) this.head = null;
      onMessage(decodeFrame(view(data, start, end)));
    }
  }

  // Big-endian length at the start of the unconsumed bytes (maybe split).
  frameLength() {
    const head = this.head;
    const offset = this.offset;
    if (head.length - offset >= 4) {
      return ((head[offset] << 24) | (head[offset + 1] << 16) |
              (head[offset + 2] << 8) | head[offset + 3]) >>> 0;
    }
    let length = 0;
    let taken = 0;
    for (let i = offset; i < head.length; i++, taken++) length = length * 256 + head[i];
    for (let c = 0; taken < 4; c++) {
      const chunk = this.more[c];
      for (let i = 0; i < chunk.length && taken < 4; i++, taken++) {
        length = length * 256 + chunk[i];
      }
    }
    return length;
  }

  coalesce() {
    const parts = [view(this.head, this.offset, this.head.length), ...this.more];
    this.head = concatBytes(parts);
    this.offset = 0;
    this.more = null;
  }
}

function decodeFrame(bytes) {
  const der = new ChildProcessDeserializer(bytes);
  der.readHeader();
  return der.readValue();
}

function createFramer(serialization) {
  return serialization === 'advanced' ? new AdvancedFramer() : new JsonFramer();
}

const kFramer = Symbol('kFramer');

function channelCodec(serialization) {
  return {
    initMessageChannel(channel) {
      channel[kFramer] = createFramer(serialization);
      channel.buffering = false;
    },

    * parseChannelMessages(channel, readData) {
      const framer = channel[kFramer];
      const messages = [];
      try {
        framer.parse(readData, (message) => messages.push(message));
      } finally {
        channel.buffering = framer.buffering;
      }
      yield* messages;
    },

    writeChannelMessage(channel, req, message, handle) {
      return channel.writeBuffer(req, channel[kFramer].writeMessage(message), handle);
    },
  };
}

module.exports = {
  AdvancedFramer,
  JsonFramer,
  ChildProcessSerializer,
  ChildProcessDeserializer,
  createFramer,
  advanced: channelCodec('advanced'),
  json: channelCodec('json'),
};
