'use strict';

// node's v8.Deserializer / v8.DefaultDeserializer in JavaScript.

const { Buffer } = require('buffer');
const { ValueReader } = require('internal/v8/value_reader');
const { Kind, kindOf } = require('internal/v8/value_kinds');
const { viewConstructorOf } = require('internal/v8/host_views');
const { invalidArgType } = require('internal/v8/serdes_errors');

class Deserializer {
  #reader;

  constructor(buffer) {
    if (!ArrayBuffer.isView(buffer)) {
      throw invalidArgType('buffer must be a TypedArray or a DataView');
    }
    this.buffer = buffer;
    this.#reader = new ValueReader(
      this, new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength));
  }

  readHeader() {
    this.#reader.readHeader();
    return true;
  }

  readValue() {
    return this.#reader.readValue();
  }

  getWireFormatVersion() {
    return this.#reader.version;
  }

  transferArrayBuffer(id, arrayBuffer) {
    const transferId = id >>> 0;
    const kind = typeof arrayBuffer === 'object' && arrayBuffer !== null ?
      kindOf(arrayBuffer) : -1;
    if (kind !== Kind.ARRAY_BUFFER && kind !== Kind.SHARED_ARRAY_BUFFER) {
      throw invalidArgType('arrayBuffer must be an ArrayBuffer or SharedArrayBuffer');
    }
    const reader = this.#reader;
    if (reader.transfers === null) reader.transfers = new Map();
    reader.transfers.set(transferId, arrayBuffer);
  }

  readUint32() {
    const value = this.#reader.readVarintOrUndefined();
    if (value === undefined) throw new Error('ReadUint32() failed');
    return value;
  }

  readUint64() {
    const value = this.#reader.readVarint64();
    if (value === undefined) throw new Error('ReadUint64() failed');
    return value;
  }

  readDouble() {
    const value = this.#reader.readDoubleOrUndefined();
    if (value === undefined) throw new Error('ReadDouble() failed');
    return value;
  }

  // Offset of the bytes inside `this.buffer`.
  _readRawBytes(length) {
    const size = Math.trunc(+length);
    const offset = size >= 0 ? this.#reader.takeBytes(size) : -1;
    if (offset < 0) throw new Error('ReadRawBytes() failed');
    return offset;
  }

  readRawBytes(length) {
    const offset = this._readRawBytes(length);
    return Buffer.from(this.buffer.buffer, this.buffer.byteOffset + offset, length);
  }
}

class DefaultDeserializer extends Deserializer {
  _readHostObject() {
    const typeIndex = this.readUint32();
    const Ctor = viewConstructorOf(typeIndex);
    const byteLength = this.readUint32();
    const byteOffset = this._readRawBytes(byteLength);
    const elementSize = (Ctor && Ctor.BYTES_PER_ELEMENT) || 1;
    const offset = this.buffer.byteOffset + byteOffset;
    if (Ctor === Buffer) return Buffer.from(this.buffer.buffer, offset, byteLength);
    if (offset % elementSize === 0) {
      return new Ctor(this.buffer.buffer, offset, byteLength / elementSize);
    }
    // Misaligned for the element type: copy into fresh memory first.
    const copy = new Uint8Array(byteLength);
    copy.set(new Uint8Array(this.buffer.buffer, offset, byteLength));
    return new Ctor(copy.buffer, 0, byteLength / elementSize);
  }
}

module.exports = { Deserializer, DefaultDeserializer };
