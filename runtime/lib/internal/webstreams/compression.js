'use strict';
// CompressionStream and DecompressionStream: zlib's streams seen through the
// web stream adapters.

const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
const { kType, kState, customInspect, customInspectFor, invalidThis } = require('internal/webstreams/util');
const { newReadableWritablePairFromDuplex } = require('internal/webstreams/adapters');

const formats = ['deflate', 'deflate-raw', 'gzip'];

function makeClass(name, create) {
  class Stream {
    constructor(format) {
      if (!formats.includes(format)) throw new ERR_INVALID_ARG_VALUE('format', format);
      this[kType] = name;
      this[kState] = newReadableWritablePairFromDuplex(create(require('zlib'), format));
    }

    get readable() {
      if (this == null || this[kType] !== name) throw invalidThis(name);
      return this[kState].readable;
    }

    get writable() {
      if (this == null || this[kType] !== name) throw invalidThis(name);
      return this[kState].writable;
    }

    [customInspect](depth, options, inspect) {
    if (this == null || this[kType] !== name) throw invalidThis(name);
      return customInspectFor(name, this, depth, options, inspect, {
        readable: this.readable,
        writable: this.writable,
      });
    }
  }
  Object.defineProperty(Stream, 'name', { value: name });
  Object.defineProperty(Stream.prototype, Symbol.toStringTag, { value: name, configurable: true });
  return Stream;
}

const CompressionStream = makeClass('CompressionStream', (zlib, format) => {
  if (format === 'deflate') return zlib.createDeflate();
  if (format === 'deflate-raw') return zlib.createDeflateRaw();
  return zlib.createGzip();
});

const DecompressionStream = makeClass('DecompressionStream', (zlib, format) => {
  if (format === 'deflate') return zlib.createInflate();
  if (format === 'deflate-raw') return zlib.createInflateRaw();
  return zlib.createGunzip();
});

module.exports = { CompressionStream, DecompressionStream };
