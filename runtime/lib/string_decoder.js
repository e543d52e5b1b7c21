'use strict';

// The `string_decoder` module: decodes a stream of byte chunks into
// strings without splitting multi-byte characters across chunks. A
// character cut by a chunk boundary waits in a 4-byte buffer until its
// remaining bytes arrive; the rules follow node's decoder exactly
// (including how invalid UTF-8 around a boundary turns into U+FFFD).

const { Buffer } = require('buffer');
const {
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_THIS,
  ERR_UNKNOWN_ENCODING,
} = require('internal/errors').codes;

// Layout of the state buffer (node shows it when a decoder is inspected):
// four bytes of the incomplete character, the number of bytes it still
// misses, the number of bytes buffered, and the encoding's number.
const kIncompleteStart = 0;
const kIncompleteEnd = 4;
const kMissingBytes = 4;
const kBufferedBytes = 5;
const kEncodingField = 6;
const kNumFields = 7;

const kNativeDecoder = Symbol('kNativeDecoder');

// Node's numbering of encodings.
const encodingNumbers = {
  ascii: 0, utf8: 1, base64: 2, utf16le: 3, latin1: 4, hex: 5, base64url: 7,
};

function normalizeEncoding(enc) {
  if (enc === undefined || enc === null || enc === '') return 'utf8';
  const lower = `${enc}`.toLowerCase();
  switch (lower) {
    case 'utf8': case 'utf-8': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'base64': return 'base64';
    case 'base64url': return 'base64url';
    case 'hex': return 'hex';
    case 'ascii': return 'ascii';
    default: return undefined;
  }
}

// The Buffer decoders agree with node's output for complete input.
function bytesToString(bytes, encoding) {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString(encoding);
}

function StringDecoder(encoding) {
  const normalized = normalizeEncoding(encoding);
  if (normalized === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  this.encoding = normalized;
  this[kNativeDecoder] = Buffer.alloc(kNumFields);
  this[kNativeDecoder][kEncodingField] = encodingNumbers[normalized];
}

function stateOf(decoder) {
  const state = decoder?.[kNativeDecoder];
  if (state === undefined) throw new ERR_INVALID_THIS('StringDecoder');
  return state;
}

function incomplete(state) {
  return state.subarray(kIncompleteStart, kIncompleteStart + state[kBufferedBytes]);
}

// How many bytes at the end of `data` start a character that is not
// complete yet, and how many it misses; [0, 0] when nothing is cut.
function trailingPartial(encoding, data) {
  const n = data.length;
  if (encoding === 'utf8') {
    let buffered = 0;
    for (let i = n - 1; i >= 0; i--) {
      buffered++;
      const byte = data[i];
      if ((byte & 0xC0) === 0x80) {
        // A continuation byte: keep looking for the lead byte, but never
        // further back than a character can reach.
        if (buffered >= 4 || i === 0) return [0, 0];
        continue;
      }
      let length;
      if ((byte & 0xE0) === 0xC0) length = 2;
      else if ((byte & 0xF0) === 0xE0) length = 3;
      else if ((byte & 0xF8) === 0xF0) length = 4;
      else return [0, 0];
      if (buffered >= length) return [0, 0];
      return [buffered, length - buffered];
    }
    return [0, 0];
  }
  if (encoding === 'utf16le') {
    if (n % 2 === 1) return [1, 1];
    // A high surrogate waits for its low half.
    if ((data[n - 1] & 0xFC) === 0xD8) return [2, 2];
    return [0, 0];
  }
  if (encoding === 'base64' || encoding === 'base64url') {
    const rest = n % 3;
    return rest > 0 ? [rest, 3 - rest] : [0, 0];
  }
  return [0, 0];
}

function decode(decoder, data) {
  const state = stateOf(decoder);
  const encoding = decoder.encoding;
  let prepend = '';
  let offset = 0;

  if (state[kMissingBytes] > 0) {
    let missing = state[kMissingBytes];
    if (encoding === 'utf8') {
      // A byte that cannot continue the waiting character ends it: what
      // was buffered becomes U+FFFD and the byte starts something new.
      for (let i = 0; i < data.length && i < missing; i++) {
        if ((data[i] & 0xC0) !== 0x80) {
          state.set(data.subarray(0, i), state[kBufferedBytes]);
          state[kBufferedBytes] += i;
          offset = i;
          missing = 0;
          break;
        }
      }
    }
    const found = Math.min(data.length - offset, missing);
    state.set(data.subarray(offset, offset + found), state[kBufferedBytes]);
    offset += found;
    state[kMissingBytes] = missing - found;
    state[kBufferedBytes] += found;
    if (state[kMissingBytes] === 0) {
      prepend = bytesToString(incomplete(state), encoding);
      state[kBufferedBytes] = 0;
    }
  }

  let rest = data.subarray(offset);
  if (rest.length === 0) return prepend;
  const [buffered, missing] = trailingPartial(encoding, rest);
  if (buffered > 0) {
    state.set(rest.subarray(rest.length - buffered), kIncompleteStart);
    state[kBufferedBytes] = buffered;
    state[kMissingBytes] = missing;
    rest = rest.subarray(0, rest.length - buffered);
  }
  return prepend + (rest.length > 0 ? bytesToString(rest, encoding) : '');
}

function flush(decoder) {
  const state = stateOf(decoder);
  const encoding = decoder.encoding;
  // A lone byte of UTF-16 is dropped, as node does.
  if (encoding === 'utf16le' && state[kBufferedBytes] % 2 === 1) {
    state[kMissingBytes]--;
    state[kBufferedBytes]--;
  }
  if (state[kBufferedBytes] === 0) return '';
  const out = bytesToString(incomplete(state), encoding);
  state[kMissingBytes] = 0;
  state[kBufferedBytes] = 0;
  return out;
}

function checkChunk(buf) {
  if (!ArrayBuffer.isView(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
  }
  if (buf instanceof Uint8Array) return buf;
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  const data = checkChunk(buf);
  stateOf(this);
  return decode(this, data);
};

StringDecoder.prototype.end = function end(buf) {
  let ret = '';
  if (buf !== undefined) ret = this.write(buf);
  if (this[kNativeDecoder][kBufferedBytes] > 0) ret += flush(this);
  return ret;
};

// Kept for compatibility with old readable-stream code.
StringDecoder.prototype.text = function text(buf, offset) {
  const state = stateOf(this);
  state[kMissingBytes] = 0;
  state[kBufferedBytes] = 0;
  return this.write(buf.slice(offset));
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    configurable: true,
    enumerable: true,
    get() {
      return stateOf(this).subarray(kIncompleteStart, kIncompleteEnd);
    },
  },
  lastNeed: {
    configurable: true,
    enumerable: true,
    get() {
      return stateOf(this)[kMissingBytes];
    },
  },
  lastTotal: {
    configurable: true,
    enumerable: true,
    get() {
      const state = stateOf(this);
      return state[kBufferedBytes] + state[kMissingBytes];
    },
  },
});

module.exports = { StringDecoder };
