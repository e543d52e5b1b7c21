'use strict';
// Byte plumbing shared by the crypto modules: turning inputs (strings in a
// given encoding, ArrayBuffers, views) into bytes for the binding, and the
// binding's ArrayBuffer results into Buffers (or Uint8Arrays when the
// buffer module is not available) or encoded strings.

const binding = internalBinding('crypto');
const { codes } = require('internal/errors');

// `Buffer` is a lazy global whose module may be missing; look it up once
// it is needed and remember the answer.
let BufferCtor;
function getBuffer() {
  if (BufferCtor === undefined) {
    try {
      BufferCtor = globalThis.Buffer || null;
    } catch {
      BufferCtor = null;
    }
  }
  return BufferCtor;
}

// Wraps an ArrayBuffer result without copying it.
function toBuffer(ab) {
  const B = getBuffer();
  return B ? B.from(ab) : new Uint8Array(ab);
}

function isView(value) {
  return ArrayBuffer.isView(value);
}

function isAnyArrayBuffer(value) {
  return value instanceof ArrayBuffer ||
    (typeof SharedArrayBuffer === 'function' && value instanceof SharedArrayBuffer);
}

// The canonical name of a string encoding, or undefined for an unknown one.
function normalizeEncoding(enc) {
  if (enc == null) return 'utf8';
  switch (String(enc).toLowerCase()) {
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

const b64chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const b64urlChars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const b64lookup = new Int16Array(128).fill(-1);
for (let i = 0; i < 64; i++) b64lookup[b64chars.charCodeAt(i)] = i;
b64lookup[45] = 62; // '-' of base64url
b64lookup[95] = 63; // '_' of base64url

// Decodes as Buffer does: hex stops at the first pair that is not hex, and
// base64 skips characters outside both alphabets and stops at '='.
function decodeString(str, enc) {
  switch (enc) {
    case 'hex': {
      const out = new Uint8Array(str.length >>> 1);
      let n = 0;
      for (; n < out.length; n++) {
        const byte = parseInt(str.substr(n * 2, 2), 16);
        if (Number.isNaN(byte) || !/^[0-9a-fA-F]{2}$/.test(str.substr(n * 2, 2))) break;
        out[n] = byte;
      }
      return out.subarray(0, n);
    }
    case 'base64':
    case 'base64url': {
      const out = new Uint8Array(Math.ceil(str.length * 3 / 4));
      let acc = 0;
      let bits = 0;
      let n = 0;
      for (let i = 0; i < str.length; i++) {
        const c = str.charCodeAt(i);
        if (c === 61) break;
        const v = c < 128 ? b64lookup[c] : -1;
        if (v < 0) continue;
        acc = (acc << 6) | v;
        bits += 6;
        if (bits >= 8) {
          bits -= 8;
          out[n++] = (acc >> bits) & 0xff;
        }
      }
      return out.subarray(0, n);
    }
    case 'utf16le': {
      const out = new Uint8Array(str.length * 2);
      for (let i = 0; i < str.length; i++) {
        const c = str.charCodeAt(i);
        out[i * 2] = c & 0xff;
        out[i * 2 + 1] = c >> 8;
      }
      return out;
    }
    case 'latin1':
    case 'ascii':
      return new Uint8Array(binding.stringToBytes(str, true));
    default:
      return new Uint8Array(binding.stringToBytes(str, false));
  }
}

// Encodes bytes (an ArrayBuffer or a view) as a string.
function encodeBytes(data, enc) {
  const bytes = isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : new Uint8Array(data);
  switch (enc) {
    case 'hex': {
      let s = '';
      for (let i = 0; i < bytes.length; i++) s += (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16);
      return s;
    }
    case 'base64':
    case 'base64url': {
      const chars = enc === 'base64' ? b64chars : b64urlChars;
      let s = '';
      let i = 0;
      for (; i + 2 < bytes.length; i += 3) {
        const v = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
        s += chars[v >> 18] + chars[(v >> 12) & 63] + chars[(v >> 6) & 63] + chars[v & 63];
      }
      const rest = bytes.length - i;
      if (rest > 0) {
        const v = (bytes[i] << 16) | (rest === 2 ? bytes[i + 1] << 8 : 0);
        s += chars[v >> 18] + chars[(v >> 12) & 63];
        s += rest === 2 ? chars[(v >> 6) & 63] : '';
        if (enc === 'base64') s += rest === 2 ? '=' : '==';
      }
      return s;
    }
    case 'latin1':
      return binding.bytesToString(bytes, true);
    case 'ascii': {
      const masked = new Uint8Array(bytes.length);
      for (let i = 0; i < bytes.length; i++) masked[i] = bytes[i] & 0x7f;
      return binding.bytesToString(masked, true);
    }
    case 'utf16le': {
      let s = '';
      for (let i = 0; i + 1 < bytes.length; i += 2) s += String.fromCharCode(bytes[i] | (bytes[i + 1] << 8));
      return s;
    }
    default:
      return binding.bytesToString(bytes, false);
  }
}

// The result of a digest-like call: a Buffer for 'buffer', no encoding or
// an unknown one (as node), else a string.
function formatOutput(ab, encoding) {
  if (encoding === undefined || encoding === 'buffer') return toBuffer(ab);
  const enc = normalizeEncoding(encoding);
  if (enc === undefined) return toBuffer(ab);
  return encodeBytes(ab, enc);
}

// What the binding takes: strings in UTF-8/Latin-1 pass through; other
// encodings are decoded here.
function toBindingData(data, encoding) {
  if (typeof data !== 'string') return data;
  const enc = normalizeEncoding(encoding) || 'utf8';
  if (enc === 'utf8') return data;
  return decodeString(data, enc);
}

// string | ArrayBuffer | ArrayBufferView -> a view over its bytes.
function getArrayBufferOrView(value, name, encoding, types) {
  if (isAnyArrayBuffer(value)) return new Uint8Array(value);
  if (typeof value === 'string') {
    const enc = normalizeEncoding(encoding) || 'utf8';
    return decodeString(value, enc);
  }
  if (!isView(value)) {
    throw new codes.ERR_INVALID_ARG_TYPE(name, types || ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], value);
  }
  return value;
}

// A minimal DOMException for the Web Crypto errors, used until the runtime
// has a global one.
class CryptoDOMException extends Error {
  constructor(message, name) {
    super(message);
    Object.defineProperty(this, 'name', { value: name, configurable: true, writable: true });
  }
  get code() {
    const codesByName = {
      IndexSizeError: 1, NotFoundError: 8, NotSupportedError: 9, InvalidStateError: 11,
      SyntaxError: 12, InvalidAccessError: 15, TypeMismatchError: 17, QuotaExceededError: 22,
      DataError: 0, OperationError: 0,
    };
    return codesByName[this.name] || 0;
  }
}

function domException(message, name) {
  const Ctor = typeof globalThis.DOMException === 'function' ? globalThis.DOMException : CryptoDOMException;
  return new Ctor(message, name);
}

module.exports = {
  binding,
  toBuffer,
  isView,
  isAnyArrayBuffer,
  normalizeEncoding,
  decodeString,
  encodeBytes,
  formatOutput,
  toBindingData,
  getArrayBufferOrView,
  domException,
};
