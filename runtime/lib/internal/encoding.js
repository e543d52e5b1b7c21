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
const kShownFlags = Symbol('flags');
const kShownHandle = Symbol('handle');
// Only shown by util.inspect(decoder, { showHidden: true }), as node's.
class Converter {}

// The WHATWG Encoding Standard's labels: [encoding, labels].
const labelTable = [
  ['utf-8', [
    'unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf8', 'utf-8', 'x-unicode20utf8'
  ]],
  ['ibm866', ['866', 'cp866', 'csibm866', 'ibm866']],
  ['iso-8859-2', [
    'csisolatin2', 'iso-8859-2', 'iso-ir-101', 'iso8859-2', 'iso88592', 'iso_8859-2',
    'iso_8859-2:1987', 'l2', 'latin2'
  ]],
  ['iso-8859-3', [
    'csisolatin3', 'iso-8859-3', 'iso-ir-109', 'iso8859-3', 'iso88593', 'iso_8859-3',
    'iso_8859-3:1988', 'l3', 'latin3'
  ]],
  ['iso-8859-4', [
    'csisolatin4', 'iso-8859-4', 'iso-ir-110', 'iso8859-4', 'iso88594', 'iso_8859-4',
    'iso_8859-4:1988', 'l4', 'latin4'
  ]],
  ['iso-8859-5', [
    'csisolatincyrillic', 'cyrillic', 'iso-8859-5', 'iso-ir-144', 'iso8859-5', 'iso88595',
    'iso_8859-5', 'iso_8859-5:1988'
  ]],
  ['iso-8859-6', [
    'arabic', 'asmo-708', 'csiso88596e', 'csiso88596i', 'csisolatinarabic', 'ecma-114',
    'iso-8859-6', 'iso-8859-6-e', 'iso-8859-6-i', 'iso-ir-127', 'iso8859-6', 'iso88596',
    'iso_8859-6', 'iso_8859-6:1987'
  ]],
  ['iso-8859-7', [
    'csisolatingreek', 'ecma-118', 'elot_928', 'greek', 'greek8', 'iso-8859-7', 'iso-ir-126',
    'iso8859-7', 'iso88597', 'iso_8859-7', 'iso_8859-7:1987', 'sun_eu_greek'
  ]],
  ['iso-8859-8', [
    'csiso88598e', 'csisolatinhebrew', 'hebrew', 'iso-8859-8', 'iso-8859-8-e', 'iso-ir-138',
    'iso8859-8', 'iso88598', 'iso_8859-8', 'iso_8859-8:1988', 'visual'
  ]],
  ['iso-8859-8-i', ['csiso88598i', 'iso-8859-8-i', 'logical']],
  ['iso-8859-10', [
    'csisolatin6', 'iso-8859-10', 'iso-ir-157', 'iso8859-10', 'iso885910', 'l6', 'latin6'
  ]],
  ['iso-8859-13', ['iso-8859-13', 'iso8859-13', 'iso885913']],
  ['iso-8859-14', ['iso-8859-14', 'iso8859-14', 'iso885914']],
  ['iso-8859-15', ['csisolatin9', 'iso-8859-15', 'iso8859-15', 'iso885915', 'iso_8859-15', 'l9']],
  ['iso-8859-16', ['iso-8859-16']],
  ['koi8-r', ['cskoi8r', 'koi', 'koi8', 'koi8-r', 'koi8_r']],
  ['koi8-u', ['koi8-ru', 'koi8-u']],
  ['macintosh', ['csmacintosh', 'mac', 'macintosh', 'x-mac-roman']],
  ['windows-874', ['dos-874', 'iso-8859-11', 'iso8859-11', 'iso885911', 'tis-620', 'windows-874']],
  ['windows-1250', ['cp1250', 'windows-1250', 'x-cp1250']],
  ['windows-1251', ['cp1251', 'windows-1251', 'x-cp1251']],
  ['windows-1252', [
    'ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819', 'iso-8859-1',
    'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1',
    'us-ascii', 'windows-1252', 'x-cp1252'
  ]],
  ['windows-1253', ['cp1253', 'windows-1253', 'x-cp1253']],
  ['windows-1254', [
    'cp1254', 'csisolatin5', 'iso-8859-9', 'iso-ir-148', 'iso8859-9', 'iso88599', 'iso_8859-9',
    'iso_8859-9:1989', 'l5', 'latin5', 'windows-1254', 'x-cp1254'
  ]],
  ['windows-1255', ['cp1255', 'windows-1255', 'x-cp1255']],
  ['windows-1256', ['cp1256', 'windows-1256', 'x-cp1256']],
  ['windows-1257', ['cp1257', 'windows-1257', 'x-cp1257']],
  ['windows-1258', ['cp1258', 'windows-1258', 'x-cp1258']],
  ['x-mac-cyrillic', ['x-mac-cyrillic', 'x-mac-ukrainian']],
  ['gbk', [
    'chinese', 'csgb2312', 'csiso58gb231280', 'gb2312', 'gb_2312', 'gb_2312-80', 'gbk',
    'iso-ir-58', 'x-gbk'
  ]],
  ['gb18030', ['gb18030']],
  ['big5', ['big5', 'big5-hkscs', 'cn-big5', 'csbig5', 'x-x-big5']],
  ['euc-jp', ['cseucpkdfmtjapanese', 'euc-jp', 'x-euc-jp']],
  ['iso-2022-jp', ['csiso2022jp', 'iso-2022-jp']],
  ['shift_jis', [
    'csshiftjis', 'ms932', 'ms_kanji', 'shift-jis', 'shift_jis', 'sjis', 'windows-31j', 'x-sjis'
  ]],
  ['euc-kr', [
    'cseuckr', 'csksc56011987', 'euc-kr', 'iso-ir-149', 'korean', 'ks_c_5601-1987',
    'ks_c_5601-1989', 'ksc5601', 'ksc_5601', 'windows-949'
  ]],
  ['replacement', [
    'csiso2022kr', 'hz-gb-2312', 'iso-2022-cn', 'iso-2022-cn-ext', 'iso-2022-kr', 'replacement'
  ]],
  ['utf-16be', ['unicodefffe', 'utf-16be']],
  ['utf-16le', [
    'csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16le', 'utf-16'
  ]],
  ['x-user-defined', ['x-user-defined']],
];

const labels = new Map();
for (const [encoding, names] of labelTable) {
  for (const name of names) labels.set(name, encoding);
}

// The encodings this TextDecoder can decode; other known labels are
// rejected as not supported.
const decodable = new Set(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252']);

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
  // A detached buffer (transferred away) reads as empty, as in node; its
  // byteLength is 0 and a view on it cannot be made.
  if (types.isAnyArrayBuffer(input)) return input.byteLength === 0 ? new Uint8Array(0) : new Uint8Array(input);
  if (ArrayBuffer.isView(input)) {
    if (input.byteLength === 0) return new Uint8Array(0);
    return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  }
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
    if (enc === undefined || !decodable.has(enc)) throw new ERR_ENCODING_NOT_SUPPORTED(encoding);
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
    if (opts?.showHidden) {
      // What node's decoder keeps under these symbols: its flags (fatal 2,
      // ignoreBOM 4) and the converter, which a UTF-16 decoder has from the
      // start and the others once they decode in streaming mode.
      const state = this[kState];
      obj[kShownFlags] = (state.fatal ? 2 : 0) | (state.ignoreBOM ? 4 : 0);
      obj[kShownHandle] = state.encoding.startsWith('utf-16') || state.streamed ? new Converter() : undefined;
    }
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
