'use strict';
// v8: heap statistics, flags and V8's serializer. Heap snapshots and
// profiles come with the profiling work.
const binding = internalBinding('v8');
const { validateString } = require('internal/validators');

function toBuffer(u8) {
  return Buffer.from(u8.buffer, u8.byteOffset, u8.length);
}

module.exports = {
  getHeapStatistics: () => binding.heapStatistics(),
  getHeapSpaceStatistics: () => binding.heapSpaceStatistics(),
  getHeapCodeStatistics: () => ({ code_and_metadata_size: 0, bytecode_and_metadata_size: 0, external_script_source_size: 0, cpu_profiler_metadata_size: 0 }),
  setFlagsFromString(flags) {
    validateString(flags, 'flags');
    binding.setFlagsFromString(flags);
  },
  cachedDataVersionTag: () => binding.cachedDataVersionTag(),
  serialize: (value) => toBuffer(binding.serialize(value)),
  deserialize(buffer) {
    if (!ArrayBuffer.isView(buffer)) {
      const { codes } = require('internal/errors');
      throw new codes.ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
    }
    return binding.deserialize(buffer);
  },
  isStringOneByteRepresentation: (s) => /^[\x00-\xff]*$/.test(s),
};
Object.defineProperty(module.exports, 'promiseHooks', {
  configurable: true,
  enumerable: true,
  get() {
    return require('internal/promise_hooks');
  },
});
