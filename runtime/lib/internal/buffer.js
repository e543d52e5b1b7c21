'use strict';

// The machinery under the public `buffer` module: the FastBuffer class every
// Buffer really is, the numeric read/write methods with node's range and
// bounds errors, and the per-encoding string methods (utf8Write, hexSlice, ...)
// that wrap internalBinding('buffer').

const binding = internalBinding('buffer');
const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');

// Errors that node raises from C++ carry a code but a free-form message and
// no "[CODE]" in their name; these reproduce them exactly.
function nativeError(Ctor, code, message) {
  const err = new Ctor(message);
  err.code = code;
  return err;
}

function stringTooLong() {
  return nativeError(Error, 'ERR_STRING_TOO_LONG',
                     'Cannot create a string longer than 0x1fffffe8 ' +
                     'characters');
}

function indexOutOfRange() {
  return nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
}

// A Buffer is a Uint8Array whose prototype carries the Buffer methods. The
// public `Buffer` function cannot be a class (it must be callable without
// `new`), so instances are made by this subclass and share its prototype.
class FastBuffer extends Uint8Array {
  // The explicit constructor keeps V8 from treating the arguments as a spread
  // of an unknown length, which is measurably faster on the hot paths.
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}

// Scratch views used to move the bytes of floats and doubles in and out.
const float32Array = new Float32Array(1);
const uInt8Float32Array = new Uint8Array(float32Array.buffer);
const float64Array = new Float64Array(1);
const uInt8Float64Array = new Uint8Array(float64Array.buffer);
float32Array[0] = -1; // 0xbf800000: the first byte tells the host order.
const bigEndian = uInt8Float32Array[3] === 0;

function validateNumber(value, name) {
  if (typeof value !== 'number')
    throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
}

// Throws the error node reports for an offset that is not usable: the type
// error first, then "an integer", then the allowed range (or the bare
// out-of-bounds error when the buffer is too short for even one value).
function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    validateNumber(value, type || 'offset');
    throw new ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);
  }
  if (length < 0)
    throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE(type || 'offset',
                             `>= ${type ? 1 : 0} and <= ${length}`, value);
}

function checkBounds(buf, offset, byteLength1) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + byteLength1] === undefined)
    boundsError(offset, buf.length - (byteLength1 + 1));
}

// byteLength1 is the width minus one, as in checkBounds. The message for
// widths above three bytes uses powers of two like node's.
function checkInt(value, min, max, buf, offset, byteLength1) {
  if (value > max || value < min) {
    const n = typeof min === 'bigint' ? 'n' : '';
    const bits = (byteLength1 + 1) * 8;
    let range;
    if (byteLength1 > 3) {
      if (min === 0 || min === 0n)
        range = `>= 0${n} and < 2${n} ** ${bits}${n}`;
      else
        range = `>= -(2${n} ** ${bits - 1}${n}) and < 2${n} ** ${bits - 1}${n}`;
    } else {
      range = `>= ${min}${n} and <= ${max}${n}`;
    }
    throw new ERR_OUT_OF_RANGE('value', range, value);
  }
  checkBounds(buf, offset, byteLength1);
}

// ---- Unsigned and signed integers of 1 to 6 bytes. ----

// Reads `width` bytes as an unsigned little-endian number. Widths above 4
// cannot use bit operations (they are 32-bit), so they multiply instead.
function readLE(buf, offset, width) {
  validateNumber(offset, 'offset');
  const last = buf[offset + width - 1];
  if (buf[offset] === undefined || last === undefined)
    boundsError(offset, buf.length - width);
  let val = 0;
  let mul = 1;
  for (let i = 0; i < width; i++) {
    val += buf[offset + i] * mul;
    mul *= 0x100;
  }
  return val;
}

function readBE(buf, offset, width) {
  validateNumber(offset, 'offset');
  const last = buf[offset + width - 1];
  if (buf[offset] === undefined || last === undefined)
    boundsError(offset, buf.length - width);
  let val = 0;
  for (let i = 0; i < width; i++)
    val = val * 0x100 + buf[offset + i];
  return val;
}

// Turns an unsigned value of `width` bytes into its two's complement meaning.
function toSigned(val, width) {
  const half = 2 ** (width * 8 - 1);
  return val >= half ? val - half * 2 : val;
}

function readUInt8(offset = 0) {
  validateNumber(offset, 'offset');
  const val = this[offset];
  if (val === undefined)
    boundsError(offset, this.length - 1);
  return val;
}

function readInt8(offset = 0) {
  validateNumber(offset, 'offset');
  const val = this[offset];
  if (val === undefined)
    boundsError(offset, this.length - 1);
  return val | (val & 0x80) * 0x1fffffe;
}

function readUInt16LE(offset = 0) {
  validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 1];
  if (first === undefined || last === undefined)
    boundsError(offset, this.length - 2);
  return first + last * 0x100;
}

function readUInt16BE(offset = 0) {
  validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 1];
  if (first === undefined || last === undefined)
    boundsError(offset, this.length - 2);
  return first * 0x100 + last;
}

function readInt16LE(offset = 0) {
  const val = readUInt16LE.call(this, offset);
  return val | (val & 0x8000) * 0x1fffe;
}

function readInt16BE(offset = 0) {
  const val = readUInt16BE.call(this, offset);
  return val | (val & 0x8000) * 0x1fffe;
}

function readUInt32LE(offset = 0) {
  validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined)
    boundsError(offset, this.length - 4);
  return first + this[offset + 1] * 0x100 + this[offset + 2] * 0x10000 +
    last * 0x1000000;
}

function readUInt32BE(offset = 0) {
  validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined)
    boundsError(offset, this.length - 4);
  return first * 0x1000000 + this[offset + 1] * 0x10000 +
    this[offset + 2] * 0x100 + last;
}

function readInt32LE(offset = 0) {
  return readUInt32LE.call(this, offset) | 0;
}

function readInt32BE(offset = 0) {
  return readUInt32BE.call(this, offset) | 0;
}

function readUInt24LE(offset = 0) { return readLE(this, offset, 3); }
function readUInt24BE(offset = 0) { return readBE(this, offset, 3); }
function readUInt40LE(offset = 0) { return readLE(this, offset, 5); }
function readUInt40BE(offset = 0) { return readBE(this, offset, 5); }
function readUInt48LE(offset = 0) { return readLE(this, offset, 6); }
function readUInt48BE(offset = 0) { return readBE(this, offset, 6); }

// readUIntLE(offset, byteLength) and friends dispatch on the width; an
// offset is required here, unlike the fixed-width readers.
function variableWidth(fns, name) {
  return {
    [name](offset, byteLength) {
      if (offset === undefined)
        throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
      const fn = fns[byteLength];
      if (typeof byteLength !== 'number' || fn === undefined)
        boundsError(byteLength, 6, 'byteLength');
      return fn.call(this, offset);
    },
  }[name];
}

const readUIntLE = variableWidth({
  1: readUInt8, 2: readUInt16LE, 3: readUInt24LE, 4: readUInt32LE,
  5: readUInt40LE, 6: readUInt48LE,
}, 'readUIntLE');
const readUIntBE = variableWidth({
  1: readUInt8, 2: readUInt16BE, 3: readUInt24BE, 4: readUInt32BE,
  5: readUInt40BE, 6: readUInt48BE,
}, 'readUIntBE');
const readIntLE = variableWidth({
  1: readInt8, 2: readInt16LE, 3(o) { return toSigned(readLE(this, o, 3), 3); },
  4: readInt32LE, 5(o) { return toSigned(readLE(this, o, 5), 5); },
  6(o) { return toSigned(readLE(this, o, 6), 6); },
}, 'readIntLE');
const readIntBE = variableWidth({
  1: readInt8, 2: readInt16BE, 3(o) { return toSigned(readBE(this, o, 3), 3); },
  4: readInt32BE, 5(o) { return toSigned(readBE(this, o, 5), 5); },
  6(o) { return toSigned(readBE(this, o, 6), 6); },
}, 'readIntBE');

// Writes the low `width` bytes of an integral value already range-checked.
function writeLE(buf, value, offset, width) {
  for (let i = 0; i < width; i++) {
    buf[offset + i] = value; // The Uint8Array store keeps the low byte.
    value = Math.floor(value / 0x100);
  }
  return offset + width;
}

function writeBE(buf, value, offset, width) {
  for (let i = width - 1; i >= 0; i--) {
    buf[offset + i] = value;
    value = Math.floor(value / 0x100);
  }
  return offset + width;
}

function writeChecked(buf, value, offset, width, signed, le) {
  value = +value;
  const max = signed ? 2 ** (width * 8 - 1) - 1 : 2 ** (width * 8) - 1;
  const min = signed ? -(2 ** (width * 8 - 1)) : 0;
  if (width === 1) {
    validateNumber(offset, 'offset');
    if (value > max || value < min)
      throw new ERR_OUT_OF_RANGE('value', `>= ${min} and <= ${max}`, value);
    if (buf[offset] === undefined)
      boundsError(offset, buf.length - 1);
    buf[offset] = value;
    return offset + 1;
  }
  checkInt(value, min, max, buf, offset, width - 1);
  // Negative values are written through their two's complement so that the
  // byte-by-byte division below sees a non-negative number.
  if (value < 0)
    value = Math.trunc(value) + 2 ** (width * 8);
  return le ? writeLE(buf, value, offset, width) :
    writeBE(buf, value, offset, width);
}

function fixedWriter(width, signed, le, name) {
  return {
    [name](value, offset = 0) {
      return writeChecked(this, value, offset, width, signed, le);
    },
  }[name];
}

const writers = {};
for (const width of [1, 2, 3, 4, 5, 6]) {
  for (const signed of [false, true]) {
    for (const le of [true, false]) {
      const name = `write${signed ? '' : 'U'}Int${width * 8}` +
        (width === 1 ? '' : le ? 'LE' : 'BE');
      writers[name] = fixedWriter(width, signed, le, name);
    }
  }
}

function variableWriter(signed, le, name) {
  return {
    [name](value, offset, byteLength) {
      if (offset === undefined)
        throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
      if (typeof byteLength !== 'number' || !(byteLength >= 1 &&
          byteLength <= 6 && Math.floor(byteLength) === byteLength))
        boundsError(byteLength, 6, 'byteLength');
      return writeChecked(this, value, offset, byteLength, signed, le);
    },
  }[name];
}

// ---- Floats and doubles. ----

function readFloatBytes(buf, offset, scratch, width, le) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + width - 1] === undefined)
    boundsError(offset, buf.length - width);
  // The scratch view holds host order; reverse when the request differs.
  const flip = le === bigEndian;
  for (let i = 0; i < width; i++)
    scratch[flip ? width - 1 - i : i] = buf[offset + i];
}

function writeFloatBytes(buf, offset, scratch, width, le) {
  checkBounds(buf, offset, width - 1);
  const flip = le === bigEndian;
  for (let i = 0; i < width; i++)
    buf[offset + i] = scratch[flip ? width - 1 - i : i];
  return offset + width;
}

function readFloatLE(offset = 0) {
  readFloatBytes(this, offset, uInt8Float32Array, 4, true);
  return float32Array[0];
}
function readFloatBE(offset = 0) {
  readFloatBytes(this, offset, uInt8Float32Array, 4, false);
  return float32Array[0];
}
function readDoubleLE(offset = 0) {
  readFloatBytes(this, offset, uInt8Float64Array, 8, true);
  return float64Array[0];
}
function readDoubleBE(offset = 0) {
  readFloatBytes(this, offset, uInt8Float64Array, 8, false);
  return float64Array[0];
}
function writeFloatLE(value, offset = 0) {
  float32Array[0] = +value;
  return writeFloatBytes(this, offset, uInt8Float32Array, 4, true);
}
function writeFloatBE(value, offset = 0) {
  float32Array[0] = +value;
  return writeFloatBytes(this, offset, uInt8Float32Array, 4, false);
}
function writeDoubleLE(value, offset = 0) {
  float64Array[0] = +value;
  return writeFloatBytes(this, offset, uInt8Float64Array, 8, true);
}
function writeDoubleBE(value, offset = 0) {
  float64Array[0] = +value;
  return writeFloatBytes(this, offset, uInt8Float64Array, 8, false);
}

// ---- 64-bit BigInts. ----

function readBig64(buf, offset, le, signed) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + 7] === undefined)
    boundsError(offset, buf.length - 8);
  let lo;
  let hi;
  if (le) {
    lo = buf[offset] + buf[offset + 1] * 0x100 + buf[offset + 2] * 0x10000 +
      buf[offset + 3] * 0x1000000;
    hi = buf[offset + 4] + buf[offset + 5] * 0x100 +
      buf[offset + 6] * 0x10000 + buf[offset + 7] * 0x1000000;
  } else {
    hi = buf[offset] * 0x1000000 + buf[offset + 1] * 0x10000 +
      buf[offset + 2] * 0x100 + buf[offset + 3];
    lo = buf[offset + 4] * 0x1000000 + buf[offset + 5] * 0x10000 +
      buf[offset + 6] * 0x100 + buf[offset + 7];
  }
  if (signed)
    hi |= 0;
  return (BigInt(hi) << 32n) + BigInt(lo);
}

function writeBig64(buf, value, offset, le, min, max) {
  checkInt(value, min, max, buf, offset, 7);
  let lo = Number(value & 0xffffffffn);
  let hi = Number(value >> 32n & 0xffffffffn);
  for (let i = 0; i < 4; i++) {
    buf[le ? offset + i : offset + 7 - i] = lo;
    buf[le ? offset + 4 + i : offset + 3 - i] = hi;
    lo >>>= 8;
    hi >>>= 8;
  }
  return offset + 8;
}

const kU64Max = 0xffffffffffffffffn;
const kI64Min = -(2n ** 63n);
const kI64Max = 2n ** 63n - 1n;

function readBigUInt64LE(offset = 0) { return readBig64(this, offset, true, false); }
function readBigUInt64BE(offset = 0) { return readBig64(this, offset, false, false); }
function readBigInt64LE(offset = 0) { return readBig64(this, offset, true, true); }
function readBigInt64BE(offset = 0) { return readBig64(this, offset, false, true); }
function writeBigUInt64LE(value, offset = 0) {
  return writeBig64(this, value, offset, true, 0n, kU64Max);
}
function writeBigUInt64BE(value, offset = 0) {
  return writeBig64(this, value, offset, false, 0n, kU64Max);
}
function writeBigInt64LE(value, offset = 0) {
  return writeBig64(this, value, offset, true, kI64Min, kI64Max);
}
function writeBigInt64BE(value, offset = 0) {
  return writeBig64(this, value, offset, false, kI64Min, kI64Max);
}

// ---- The per-encoding string methods (buf.utf8Write, buf.hexSlice, ...). ----

// node's slice methods take an index range and throw a bare "Index out of
// range" for negative or too-large indices.
function sliceRange(buf, start, end) {
  const len = buf.length;
  start = start === undefined ? 0 : Math.trunc(+start) || 0;
  end = end === undefined ? len : Math.trunc(+end) || 0;
  if (start < 0 || end < 0)
    throw indexOutOfRange();
  if (end < start)
    end = start;
  if (end > len)
    throw indexOutOfRange();
  return end - start;
}

function makeSlice(native) {
  return function(start, end) {
    if (this.length === 0)
      return '';
    if (sliceRange(this, start, end) === 0)
      return '';
    const s = native(this, start === undefined ? 0 : Math.trunc(+start) || 0,
                     end === undefined ? this.length : Math.trunc(+end) || 0);
    if (s === undefined)
      throw stringTooLong();
    return s;
  };
}

function makeWrite(native) {
  return function(string, offset, length) {
    if (typeof string !== 'string')
      throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE',
                        'argument must be a string');
    const len = this.length;
    offset = offset === undefined ? 0 : Math.trunc(+offset) || 0;
    if (offset < 0)
      throw indexOutOfRange();
    if (offset > len)
      throw nativeError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS',
                        '"offset" is outside of buffer bounds');
    let max = len - offset;
    if (length !== undefined) {
      length = Math.trunc(+length) || 0;
      if (length < 0)
        throw indexOutOfRange();
      if (length < max)
        max = length;
    }
    if (max === 0)
      return 0;
    return native(this, string, offset, max);
  };
}

// The slicers bypass the JS checks where the caller has already clamped the
// range; `fast` holds those raw binding entry points for buffer.js.
const fast = {
  utf8Slice: binding.utf8Slice,
  latin1Slice: binding.latin1Slice,
  asciiSlice: binding.asciiSlice,
  ucs2Slice: binding.ucs2Slice,
  hexSlice: binding.hexSlice,
  base64Slice: binding.base64Slice,
  base64urlSlice: binding.base64urlSlice,
  utf8Write: binding.utf8Write,
  latin1Write: binding.latin1Write,
  asciiWrite: binding.latin1Write,
  ucs2Write: binding.ucs2Write,
  hexWrite: binding.hexWrite,
  base64Write: binding.base64Write,
  base64urlWrite: binding.base64urlWrite,
};

function addBufferPrototypeMethods(proto) {
  const methods = {
    readBigUInt64LE, readBigUInt64BE, readBigUint64LE: readBigUInt64LE,
    readBigUint64BE: readBigUInt64BE, readBigInt64LE, readBigInt64BE,
    writeBigUInt64LE, writeBigUInt64BE, writeBigUint64LE: writeBigUInt64LE,
    writeBigUint64BE: writeBigUInt64BE, writeBigInt64LE, writeBigInt64BE,
    readUIntLE, readUInt32LE, readUInt16LE, readUInt8, readUIntBE,
    readUInt32BE, readUInt16BE, readUintLE: readUIntLE,
    readUint32LE: readUInt32LE, readUint16LE: readUInt16LE,
    readUint8: readUInt8, readUintBE: readUIntBE, readUint32BE: readUInt32BE,
    readUint16BE: readUInt16BE, readIntLE, readInt32LE, readInt16LE, readInt8,
    readIntBE, readInt32BE, readInt16BE,
    writeUIntLE: variableWriter(false, true, 'writeUIntLE'),
    writeUIntBE: variableWriter(false, false, 'writeUIntBE'),
    writeIntLE: variableWriter(true, true, 'writeIntLE'),
    writeIntBE: variableWriter(true, false, 'writeIntBE'),
    readFloatLE, readFloatBE, readDoubleLE, readDoubleBE,
    writeFloatLE, writeFloatBE, writeDoubleLE, writeDoubleBE,
    asciiSlice: makeSlice(binding.asciiSlice),
    base64Slice: makeSlice(binding.base64Slice),
    base64urlSlice: makeSlice(binding.base64urlSlice),
    latin1Slice: makeSlice(binding.latin1Slice),
    hexSlice: makeSlice(binding.hexSlice),
    ucs2Slice: makeSlice(binding.ucs2Slice),
    utf8Slice: makeSlice(binding.utf8Slice),
    asciiWrite: makeWrite(binding.latin1Write),
    base64Write: makeWrite(binding.base64Write),
    base64urlWrite: makeWrite(binding.base64urlWrite),
    latin1Write: makeWrite(binding.latin1Write),
    hexWrite: makeWrite(binding.hexWrite),
    ucs2Write: makeWrite(binding.ucs2Write),
    utf8Write: makeWrite(binding.utf8Write),
  };
  for (const name of ['writeUInt8', 'writeUInt16LE', 'writeUInt16BE',
    'writeUInt24LE', 'writeUInt24BE', 'writeUInt32LE', 'writeUInt32BE',
    'writeUInt40LE', 'writeUInt40BE', 'writeUInt48LE', 'writeUInt48BE',
    'writeInt8', 'writeInt16LE', 'writeInt16BE', 'writeInt24LE',
    'writeInt24BE', 'writeInt32LE', 'writeInt32BE', 'writeInt40LE',
    'writeInt40BE', 'writeInt48LE', 'writeInt48BE']) {
    methods[name] = writers[name];
  }
  for (const name of ['writeUInt8', 'writeUInt16LE', 'writeUInt16BE',
    'writeUInt32LE', 'writeUInt32BE']) {
    methods[name.replace('UInt', 'Uint')] = writers[name];
  }
  methods.writeUintLE = methods.writeUIntLE;
  methods.writeUintBE = methods.writeUIntBE;
  for (const name of Object.keys(methods)) {
    // The 24/40/48-bit fixed widths are not part of node's public surface;
    // they only serve the variable-width methods.
    if (/Int(24|40|48)/.test(name))
      continue;
    Object.defineProperty(proto, name, {
      __proto__: null, value: methods[name], writable: true,
      enumerable: true, configurable: true,
    });
  }
}

module.exports = {
  nativeError,
  stringTooLong,
  FastBuffer,
  addBufferPrototypeMethods,
  fast,
  validateNumber,
};
