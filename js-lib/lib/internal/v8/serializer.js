'use strict';

// node's v8.Serializer / v8.DefaultSerializer in JavaScript.

const { ValueWriter } = require('internal/v8/value_writer');
const { LATEST_VERSION, Tag } = require('internal/v8/wire_format');
const { viewTypeName } = require('internal/v8/value_kinds');
const { indexOfView } = require('internal/v8/host_views');
const { invalidArgType } = require('internal/v8/serdes_errors');

const isView = ArrayBuffer.isView;
const arrayBufferByteLength =
  Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;

// Serializer[kReleaseShared]() is releaseBuffer() without the copy into an
// exactly sized ArrayBuffer, for internal callers that only read the bytes.
const kReleaseShared = Symbol('kReleaseShared');

function isArrayBuffer(value) {
  try {
    arrayBufferByteLength.call(value);
    return true;
  } catch {
    return false;
  }
}

function bytesOf(view) {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

class Serializer {
  #writer = new ValueWriter(this);

  writeHeader() {
    this.#writer.writeTag(Tag.VERSION);
    this.#writer.writeVarint(LATEST_VERSION);
  }

  writeValue(value) {
    this.#writer.writeValue(value);
    return true;
  }

  releaseBuffer() {
    return this.#writer.release(true);
  }

  [kReleaseShared]() {
    return this.#writer.release(false);
  }

  transferArrayBuffer(id, arrayBuffer) {
    const transferId = id >>> 0;
    if (!isArrayBuffer(arrayBuffer)) {
      throw invalidArgType('arrayBuffer must be an ArrayBuffer');
    }
    const writer = this.#writer;
    if (writer.transfers === null) writer.transfers = new Map();
    writer.transfers.set(arrayBuffer, transferId);
  }

  writeUint32(value) {
    this.#writer.writeVarint(value >>> 0);
  }

  writeUint64(hi, lo) {
    this.#writer.writeVarint64(hi >>> 0, lo >>> 0);
  }

  writeDouble(value) {
    this.#writer.writeDouble(+value);
  }

  writeRawBytes(source) {
    if (!isView(source)) {
      throw invalidArgType('source must be a TypedArray or a DataView');
    }
    this.#writer.writeBytes(bytesOf(source));
  }

  _setTreatArrayBufferViewsAsHostObjects(value) {
    this.#writer.viewsAsHostObjects = value === true;
  }
}

// Called (not constructed) with the message, like node's binding does.
Serializer.prototype._getDataCloneError = Error;

class DefaultSerializer extends Serializer {
  constructor() {
    super();
    this._setTreatArrayBufferViewsAsHostObjects(true);
  }

  // Only the view's own bytes are written, never the (maybe pooled) buffer.
  _writeHostObject(view) {
    const index = indexOfView(view, viewTypeName(view));
    if (index === -1) {
      const { inspect } = require('util');
      throw new this._getDataCloneError(`Unserializable host object: ${inspect(view)}`);
    }
    this.writeUint32(index);
    this.writeUint32(view.byteLength);
    this.writeRawBytes(bytesOf(view));
  }
}

module.exports = { Serializer, DefaultSerializer, kReleaseShared };
