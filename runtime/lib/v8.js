'use strict';
// v8: heap statistics, flags and V8's serializer. Heap snapshots and
// profiles come with the profiling work.
const binding = internalBinding('v8');
const { validateString } = require('internal/validators');

function toBuffer(u8) {
  return Buffer.from(u8.buffer, u8.byteOffset, u8.length);
}

// A heap snapshot (V8's .heapsnapshot JSON, which DevTools' Memory panel
// loads) written to `path`, by default Heap.<date>.<time>.<pid>.0.<seq>
// .heapsnapshot in the cwd; returns the file name.
function writeHeapSnapshot(path, options) {
  if (path !== undefined) {
    path = require('internal/fs/utils').getValidatedPath(path);
    if (typeof path !== 'string') path = Buffer.from(path).toString();
  }
  if (options !== undefined) require('internal/validators').validateObject(options, 'options');
  return internalBinding('heap_utils').writeHeapSnapshot(path);
}

// The same snapshot as a Readable stream of its JSON.
function getHeapSnapshot(options) {
  if (options !== undefined) require('internal/validators').validateObject(options, 'options');
  const { Readable } = require('stream');
  const chunks = internalBinding('heap_utils').buildHeapSnapshot();
  let next = 0;
  return new Readable({
    read() {
      this.push(next < chunks.length ? Buffer.from(chunks[next].buffer) : null);
      if (next < chunks.length) chunks[next++] = null;
    },
  });
}

module.exports = {
  writeHeapSnapshot,
  getHeapSnapshot,
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
  // Write the coverage gathered so far (NODE_V8_COVERAGE) and restart the
  // counts; stop gathering. Both do nothing without NODE_V8_COVERAGE.
  takeCoverage: () => internalBinding('profiler').takeCoverage(),
  stopCoverage: () => internalBinding('profiler').stopCoverage(),
};
Object.defineProperty(module.exports, 'promiseHooks', {
  configurable: true,
  enumerable: true,
  get() {
    return require('internal/promise_hooks');
  },
});
