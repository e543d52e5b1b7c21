'use strict';

// WHATWG TextEncoder and TextDecoder (utf-8, utf-16le, utf-16be and the
// windows-1252 labels, which node 20 decodes as ISO-8859-1), in plain
// JavaScript with streaming, `fatal` and `ignoreBOM`.

const {
  codes: {
    ERR_ENCODING_NOT_SUPPORTED,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
    ERR_ENCODING_INVALID_ENCODED_DATA,
  },
} = require('internal/errors');
const {
  validateObject, validateString, kValidateObjectAllowObjectsAndNull,
} = require('internal/validators');
const types = internalBinding('types');

const kEncoder = Symbol('encoder');
const kDecoder = Symbol('decoder');
const kState = Symbol('state');
const customInspect = Symbol.for('nodejs.util.inspect.custom');

const labels = new Map();
function addLabels(encoding, names) {
  for (const name of names) labels.set(name, encoding);
}
addLabels('utf-8', ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8',
                    'x-unicode20utf8']);
addLabels('utf-16be', ['unicodefffe', 'utf-16be']);
addLabels('utf-16le', ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff',
                       'utf-16le', 'utf-16']);
addLabels('windows-1252', ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819',
                           'iso-8859-1', 'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1',
                           'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii', 'windows-1252',
                           'x-cp1252']);

function trimAsciiWhitespace(label) {
  return label.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '');
}

function getEncodingFromLabel(label) {
  return labels.get(label) ?? labels.get(trimAsciiWhitespace(label.toLowerCase()));
}

function getConstructorOf(obj) {
  while (obj) {
    const desc = Object.getOwnPropertyDescriptor(obj, 'constructor');
    if (desc !== undefined && typeof desc.value === 'function' && desc.value.name !== '') {
      return desc.value;
    }
    obj = Object.getPrototypeOf(obj);
  }
  return null;
}

// --- encoding --------------------------------------------------------------

// UTF-8 bytes of a string; lone surrogates become U+FFFD. Stops before a
// character that would not fit in `limit` bytes; returns [bytes, read].
function utf8Encode(str, out, limit) {
  let written = 0;
  let i = 0;
  for (; i < str.length; i++) {
    let code = str.charCodeAt(i);
    let units = 1;
    if (code >= 0xd800 && code <= 0xdfff) {
      const next = str.charCodeAt(i + 1);
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
        units = 2;
      } else {
        code = 0xfffd;
      }
    }
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (written + size > limit) break;
    if (size === 1) {
      out[written++] = code;
    } else if (size === 2) {
      out[written++] = 0xc0 | (code >> 6);
      out[written++] = 0x80 | (code & 0x3f);
    } else if (size === 3) {
      out[written++] = 0xe0 | (code >> 12);
      out[written++] = 0x80 | ((code >> 6) & 0x3f);
      out[written++] = 0x80 | (code & 0x3f);
    } else {
      out[written++] = 0xf0 | (code >> 18);
      out[written++] = 0x80 | ((code >> 12) & 0x3f);
      out[written++] = 0x80 | ((code >> 6) & 0x3f);
      out[written++] = 0x80 | (code & 0x3f);
    }
    i += units - 1;
  }
  return [written, i];
}

function validateEncoder(obj) {
  if (obj == null || obj[kEncoder] !== true) throw new ERR_INVALID_THIS('TextEncoder');
}

class TextEncoder {
  constructor() {
    this[kEncoder] = true;
  }

  get encoding() {
    validateEncoder(this);
    return 'utf-8';
  }

  encode(input = '') {
    validateEncoder(this);
    const str = `${input}`;
    const out = new Uint8Array(str.length * 3);
    const [written] = utf8Encode(str, out, out.length);
    return out.slice(0, written);
  }

  encodeInto(src, dest) {
    validateEncoder(this);
    validateString(src, 'src');
    if (!dest || !require('internal/util/types').isUint8Array(dest)) {
      throw new ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest);
    }
    const [written, read] = utf8Encode(src, dest, dest.length);
    return { read, written };
  }

  [customInspect](depth, opts) {
    validateEncoder(this);
    if (typeof depth === 'number' && depth < 0) return this;
    const ctor = getConstructorOf(this);
    const obj = { __proto__: { constructor: ctor === null ? TextEncoder : ctor } };
    obj.encoding = this.encoding;
    return require('internal/util/inspect').inspect(obj, opts);
  }
}
Object.defineProperties(TextEncoder.prototype, {
  encode: { enumerable: true },
  encodeInto: { enumerable: true },
  encoding: { enumerable: true },
  [customInspect]: { enumerable: false },
  [Symbol.toStringTag]: { configurable: true, value: 'TextEncoder' },
});

// --- decoding --------------------------------------------------------------

// Decoders keep the bytes of an incomplete sequence between stream chunks.
// They return decoded text, or null when `fatal` and the input is invalid.

function decodeUtf8(state, bytes, flush, fatal) {
  let out = '';
  let codePoint = state.codePoint;
  let needed = state.needed;
  let seen = state.seen;
  let lower = state.lower;
  let upper = state.upper;
  const push = (cp) => {
    out += String.fromCodePoint(cp);
  };
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (needed === 0) {
      if (byte <= 0x7f) {
        out += String.fromCharCode(byte);
      } else if (byte >= 0xc2 && byte <= 0xdf) {
        needed = 1;
        codePoint = byte & 0x1f;
      } else if (byte >= 0xe0 && byte <= 0xef) {
        if (byte === 0xe0) lower = 0xa0;
        if (byte === 0xed) upper = 0x9f;
        needed = 2;
        codePoint = byte & 0xf;
      } else if (byte >= 0xf0 && byte <= 0xf4) {
        if (byte === 0xf0) lower = 0x90;
        if (byte === 0xf4) upper = 0x8f;
        needed = 3;
        codePoint = byte & 0x7;
      } else {
        if (fatal) return null;
        out += '\ufffd';
      }
      continue;
    }
    if (byte < lower || byte > upper) {
      // The bad byte ends the sequence and is looked at again on its own.
      codePoint = needed = seen = 0;
      lower = 0x80;
      upper = 0xbf;
      if (fatal) return null;
      out += '\ufffd';
      i--;
      continue;
    }
    lower = 0x80;
    upper = 0xbf;
    codePoint = (codePoint << 6) | (byte & 0x3f);
    seen++;
    if (seen === needed) {
      push(codePoint);
      codePoint = needed = seen = 0;
    }
  }
  if (flush && needed !== 0) {
    codePoint = needed = seen = 0;
    lower = 0x80;
    upper = 0xbf;
    if (fatal) return null;
    out += '\ufffd';
  }
  Object.assign(state, { codePoint, needed, seen, lower, upper });
  return out;
}

function decodeUtf16(state, bytes, flush, fatal, bigEndian) {
  let out = '';
  let data = bytes;
  if (state.pending.length !== 0) {
    data = new Uint8Array(state.pending.length + bytes.length);
    data.set(state.pending, 0);
    data.set(bytes, state.pending.length);
  }
  let leadSurrogate = state.leadSurrogate;
  const even = data.length - (data.length % 2);
  for (let i = 0; i < even; i += 2) {
    const unit = bigEndian ? (data[i] << 8) | data[i + 1] : data[i] | (data[i + 1] << 8);
    if (leadSurrogate !== null) {
      if (unit >= 0xdc00 && unit <= 0xdfff) {
        out += String.fromCharCode(leadSurrogate, unit);
        leadSurrogate = null;
        continue;
      }
      leadSurrogate = null;
      if (fatal) return null;
      out += '\ufffd';
    }
    if (unit >= 0xd800 && unit <= 0xdbff) {
      leadSurrogate = unit;
    } else if (unit >= 0xdc00 && unit <= 0xdfff) {
      if (fatal) return null;
      out += '\ufffd';
    } else {
      out += String.fromCharCode(unit);
    }
  }
  state.pending = data.slice(even);
  state.leadSurrogate = leadSurrogate;
  if (flush && (state.pending.length !== 0 || leadSurrogate !== null)) {
    state.pending = new Uint8Array(0);
    state.leadSurrogate = null;
    if (fatal) return null;
    out += '\ufffd';
  }
  return out;
}

function decodeLatin1(bytes) {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    out += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192));
  }
  return out;
}

function freshState() {
  return {
    codePoint: 0, needed: 0, seen: 0, lower: 0x80, upper: 0xbf,
    pending: new Uint8Array(0), leadSurrogate: null, bomSeen: false,
  };
}

function validateDecoder(obj) {
  if (obj == null || obj[kDecoder] !== true) throw new ERR_INVALID_THIS('TextDecoder');
}

// node checks the input in native code, whose messages differ from the
// JavaScript ERR_INVALID_ARG_TYPE ones (no "Received ..." part) and depend
// on which native decoder runs.
function nativeTypeError(message) {
  const err = new TypeError(message);
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

function toBytes(input, decoderKind) {
  if (types.isAnyArrayBuffer(input)) return new Uint8Array(input);
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  if (decoderKind === 'utf8-fast') {
    throw nativeTypeError('The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.');
  }
  if (decoderKind === 'latin1') {
    throw nativeTypeError('The "input" argument must be an instance of ArrayBuffer, SharedArrayBuffer, or ArrayBufferView.');
  }
  throw nativeTypeError('The "input" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.');
}

class TextDecoder {
  constructor(encoding = 'utf-8', options = {}) {
    encoding = `${encoding}`;
    validateObject(options, 'options', kValidateObjectAllowObjectsAndNull);
    const enc = getEncodingFromLabel(encoding);
    if (enc === undefined) throw new ERR_ENCODING_NOT_SUPPORTED(encoding);
    this[kDecoder] = true;
    this[kState] = {
      encoding: enc,
      fatal: Boolean(options?.fatal),
      ignoreBOM: Boolean(options?.ignoreBOM),
      streamed: false,
      stream: freshState(),
    };
  }

  decode(input = new Uint8Array(0), options = {}) {
    validateDecoder(this);
    const self = this[kState];
    // Like node, a UTF-8 decoder leaves its one-shot path for good once it
    // is used in streaming mode.
    if (options?.stream) self.streamed = true;
    const kind = self.encoding === 'windows-1252' ? 'latin1' :
      (self.encoding === 'utf-8' && !self.streamed ? 'utf8-fast' : 'converter');
    const bytes = toBytes(input, kind);
    validateObject(options, 'options', kValidateObjectAllowObjectsAndNull);
    const flush = !(options !== null && options.stream);
    const state = self.stream;
    let result;
    if (self.encoding === 'utf-8') {
      result = decodeUtf8(state, bytes, flush, self.fatal);
    } else if (self.encoding === 'windows-1252') {
      result = decodeLatin1(bytes);
    } else {
      result = decodeUtf16(state, bytes, flush, self.fatal, self.encoding === 'utf-16be');
    }
    if (result === null) {
      self.stream = freshState();
      throw new ERR_ENCODING_INVALID_ENCODED_DATA(self.encoding, undefined);
    }
    // A BOM at the very start of a stream is dropped unless ignoreBOM.
    if (result.length > 0 && !state.bomSeen) {
      if (!self.ignoreBOM && self.encoding !== 'windows-1252' && result[0] === '\ufeff') {
        result = result.slice(1);
      }
      state.bomSeen = true;
    }
    if (flush) self.stream = freshState();
    return result;
  }

  get encoding() {
    validateDecoder(this);
    return this[kState].encoding;
  }

  get fatal() {
    validateDecoder(this);
    return this[kState].fatal;
  }

  get ignoreBOM() {
    validateDecoder(this);
    return this[kState].ignoreBOM;
  }

  [customInspect](depth, opts) {
    validateDecoder(this);
    if (typeof depth === 'number' && depth < 0) return this;
    const constructor = getConstructorOf(this) || TextDecoder;
    const obj = { __proto__: { constructor } };
    obj.encoding = this.encoding;
    obj.fatal = this.fatal;
    obj.ignoreBOM = this.ignoreBOM;
    return `${constructor.name} ${require('internal/util/inspect').inspect(obj)}`;
  }
}
Object.defineProperties(TextDecoder.prototype, {
  decode: { enumerable: true },
  encoding: { enumerable: true },
  fatal: { enumerable: true },
  ignoreBOM: { enumerable: true },
  [customInspect]: { enumerable: false },
  [Symbol.toStringTag]: { configurable: true, value: 'TextDecoder' },
});

module.exports = { getEncodingFromLabel, TextDecoder, TextEncoder };
