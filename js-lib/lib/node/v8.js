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
  return 0x4f4e4447; // 'GDNO'
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

function getHeapStatistics() {
  const rt = javaRuntime();
  const total = rt ? Number(rt.totalMemory()) : 0;
  const free = rt ? Number(rt.freeMemory()) : 0;
  const max = rt ? Number(rt.maxMemory()) : 0;
  return {
    total_heap_size: total,
    total_heap_size_executable: 0,
    total_physical_size: total,
    total_available_size: Math.max(0, max - (total - free)),
    used_heap_size: total - free,
    heap_size_limit: max,
    malloced_memory: 0,
    peak_malloced_memory: 0,
    does_zap_garbage: 0,
    number_of_native_contexts: 1,
    number_of_detached_contexts: 0,
    total_global_handles_size: 0,
    used_global_handles_size: 0,
    external_memory: 0,
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

// java.lang.Runtime when running on GraalJS with host access, else null.
function javaRuntime() {
  try {
    if (typeof Java !== 'undefined' && typeof Java.type === 'function') { // eslint-disable-line no-undef
      return Java.type('java.lang.Runtime').getRuntime(); // eslint-disable-line no-undef
    }
  } catch {
    // Host class lookup not allowed: report zeros.
  }
  return null;
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
