'use strict';

// The `v8` built-in: the serialization API (V8's wire format, written in JS)
// plus harmless shapes of the heap/flag functions, which have no V8 to ask.

const { Serializer, DefaultSerializer } = require('internal/v8/serializer');
const { Deserializer, DefaultDeserializer } = require('internal/v8/deserializer');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

const NOT_ONE_BYTE = /[^\u0000-\u00ff]/;

function serialize(value) {
  const ser = new DefaultSerializer();
  ser.writeHeader();
  ser.writeValue(value);
  return ser.releaseBuffer();
}

function deserialize(buffer) {
  const der = new DefaultDeserializer(buffer);
  der.readHeader();
  return der.readValue();
}

// A fixed tag: there is no V8 code cache whose version could change.
function cachedDataVersionTag() {
  return 0x474e4f44;
}

function setFlagsFromString(flags) {
  if (typeof flags !== 'string') throw new ERR_INVALID_ARG_TYPE('flags', 'string', flags);
  // V8 flags mean nothing to this engine.
}

// Whether V8 would store (and serialize) the string as one-byte: gnode
// decides by content, as its serializer does.
function isStringOneByteRepresentation(content) {
  if (typeof content !== 'string') throw new ERR_INVALID_ARG_TYPE('content', 'string', content);
  return !NOT_ONE_BYTE.test(content);
}

// Figures from process.memoryUsage() (the JVM heap) where gnode has it.
function memoryUsage() {
  try {
    if (typeof process === 'object' && typeof process.memoryUsage === 'function') {
      return process.memoryUsage();
    }
  } catch {
    // Not available this early or in this embedding: report zeros.
  }
  return null;
}

function getHeapStatistics() {
  const usage = memoryUsage();
  const total = usage ? usage.heapTotal : 0;
  const used = usage ? usage.heapUsed : 0;
  return {
    total_heap_size: total,
    total_heap_size_executable: 0,
    total_physical_size: total,
    total_available_size: Math.max(0, total - used),
    used_heap_size: used,
    heap_size_limit: total,
    malloced_memory: 0,
    peak_malloced_memory: 0,
    does_zap_garbage: 0,
    number_of_native_contexts: 1,
    number_of_detached_contexts: 0,
    total_global_handles_size: 0,
    used_global_handles_size: 0,
    external_memory: usage ? usage.external : 0,
  };
}

function getHeapSpaceStatistics() {
  return [];
}

function getHeapCodeStatistics() {
  return {
    code_and_metadata_size: 0,
    bytecode_and_metadata_size: 0,
    external_script_source_size: 0,
    cpu_profiler_metadata_size: 0,
  };
}

module.exports = {
  cachedDataVersionTag,
  getHeapStatistics,
  getHeapSpaceStatistics,
  getHeapCodeStatistics,
  setFlagsFromString,
  isStringOneByteRepresentation,
  Serializer,
  Deserializer,
  DefaultSerializer,
  DefaultDeserializer,
  serialize,
  deserialize,
};
