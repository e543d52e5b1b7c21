'use strict';

// One table entry per encoding node knows, each with the byte length of a
// string, the writer, the slicer and the searcher that the Buffer methods
// dispatch to. Encoding names are matched case-insensitively, as in node.

const binding = internalBinding('buffer');
const { FastBuffer } = require('internal/buffer');

// The numeric ids shared with runtime/src/buffer.cc.
const ids = binding.encodings;

function base64ByteLength(str, bytes) {
  // Trailing padding carries no data.
  if (str.charCodeAt(bytes - 1) === 0x3D)
    bytes--;
  if (bytes > 1 && str.charCodeAt(bytes - 1) === 0x3D)
    bytes--;
  return (bytes * 3) >>> 2;
}

// Encodings whose search needle must first be decoded to bytes.
function searchDecoded(ops) {
  return function(buf, val, byteOffset, dir) {
    const needle = new FastBuffer(ops.byteLength(val));
    const written = ops.write(needle, val, 0, needle.length);
    return binding.indexOfBuffer(
      buf, written === needle.length ? needle : needle.subarray(0, written),
      byteOffset, ops.id, dir);
  };
}

function searchString(id) {
  return function(buf, val, byteOffset, dir) {
    return binding.indexOfString(buf, val, byteOffset, id, dir);
  };
}

// `slice` returns undefined when V8 refuses a string that long; callers
// turn that into ERR_STRING_TOO_LONG.
const encodingOps = {
  utf8: {
    encoding: 'utf8',
    id: ids.utf8,
    byteLength: binding.byteLengthUtf8,
    write: binding.utf8Write,
    slice: binding.utf8Slice,
    indexOf: searchString(ids.utf8),
  },
  ucs2: {
    encoding: 'ucs2',
    id: ids.ucs2,
    byteLength: (string) => string.length * 2,
    write: binding.ucs2Write,
    slice: binding.ucs2Slice,
    indexOf: searchString(ids.ucs2),
  },
  latin1: {
    encoding: 'latin1',
    id: ids.latin1,
    byteLength: (string) => string.length,
    write: binding.latin1Write,
    slice: binding.latin1Slice,
    indexOf: searchString(ids.latin1),
  },
  ascii: {
    encoding: 'ascii',
    id: ids.ascii,
    byteLength: (string) => string.length,
    // Writing ASCII keeps the low byte of every code unit, like latin1.
    write: binding.latin1Write,
    slice: binding.asciiSlice,
    indexOf: searchString(ids.latin1),
  },
  base64: {
    encoding: 'base64',
    id: ids.base64,
    byteLength: (string) => base64ByteLength(string, string.length),
    write: binding.base64Write,
    slice: binding.base64Slice,
    indexOf: null,
  },
  base64url: {
    encoding: 'base64url',
    id: ids.base64url,
    byteLength: (string) => base64ByteLength(string, string.length),
    write: binding.base64urlWrite,
    slice: binding.base64urlSlice,
    indexOf: null,
  },
  hex: {
    encoding: 'hex',
    id: ids.hex,
    byteLength: (string) => string.length >>> 1,
    write: binding.hexWrite,
    slice: binding.hexSlice,
    indexOf: null,
  },
};
for (const name of ['base64', 'base64url', 'hex'])
  encodingOps[name].indexOf = searchDecoded(encodingOps[name]);

const aliases = new Map([
  ['utf8', 'utf8'], ['utf-8', 'utf8'],
  ['ucs2', 'ucs2'], ['ucs-2', 'ucs2'], ['utf16le', 'ucs2'],
  ['utf-16le', 'ucs2'],
  ['latin1', 'latin1'], ['binary', 'latin1'],
  ['base64', 'base64'], ['base64url', 'base64url'],
  ['hex', 'hex'], ['ascii', 'ascii'],
]);

// Returns the canonical name ('utf8', 'ucs2', 'latin1', ...) or undefined.
// A missing encoding means utf8.
function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8')
    return 'utf8';
  if (typeof enc !== 'string')
    return undefined;
  return aliases.get(enc) || aliases.get(enc.toLowerCase());
}

function getEncodingOps(encoding) {
  // The common lowercase spellings skip the map lookups.
  switch (encoding) {
    case 'utf8': case 'utf-8': return encodingOps.utf8;
    case 'base64': return encodingOps.base64;
    case 'hex': return encodingOps.hex;
    case 'latin1': case 'binary': return encodingOps.latin1;
    case 'ascii': return encodingOps.ascii;
    case 'ucs2': case 'utf16le': return encodingOps.ucs2;
    case 'base64url': return encodingOps.base64url;
  }
  encoding += '';
  const name = aliases.get(encoding) || aliases.get(encoding.toLowerCase());
  return name === undefined ? undefined : encodingOps[name];
}

module.exports = {
  encodingOps,
  getEncodingOps,
  normalizeEncoding,
  base64ByteLength,
};
