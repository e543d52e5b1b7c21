'use strict';

// Buffer.prototype's string, search, compare, copy, fill and inspection
// methods. buffer.js calls install() once with the helpers it owns.

const binding = internalBinding('buffer');
const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_BUFFER_SIZE,
    ERR_OUT_OF_RANGE,
    ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');
const { FastBuffer, nativeError, stringTooLong } = require('internal/buffer');
const {
  encodingOps,
  getEncodingOps,
  normalizeEncoding,
} = require('internal/buffer_encodings');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const typedArrayFill = Object.getPrototypeOf(Uint8Array.prototype).fill;

function install(Buffer, helpers) {
  const {
    isUint8Array, validateOffset, copyActual, getInspectMaxBytes,
  } = helpers;
  const proto = Buffer.prototype;

  function define(name, fn) {
    Object.defineProperty(proto, name, {
      __proto__: null, value: fn, writable: true, enumerable: true,
      configurable: true,
    });
  }

  // For backwards compatibility with the pre-Uint8Array Buffer.
  for (const [name, key] of [['parent', 'buffer'], ['offset', 'byteOffset']]) {
    Object.defineProperty(proto, name, {
      __proto__: null, enumerable: true, configurable: true,
      get() {
        if (!(this instanceof Buffer))
          return undefined;
        return this[key];
      },
    });
  }

  const utf8Slice = encodingOps.utf8.slice;

  function toString(encoding, start, end) {
    let s;
    if (arguments.length === 0) {
      s = utf8Slice(this, 0, this.length);
      if (s === undefined)
        throw stringTooLong();
      return s;
    }
    const len = this.length;
    if (start <= 0)
      start = 0;
    else if (start >= len)
      return '';
    else
      start |= 0;
    if (end === undefined || end > len)
      end = len;
    else
      end |= 0;
    if (end <= start)
      return '';
    if (encoding === undefined) {
      s = utf8Slice(this, start, end);
    } else {
      const ops = getEncodingOps(encoding);
      if (ops === undefined)
        throw new ERR_UNKNOWN_ENCODING(encoding);
      s = ops.slice(this, start, end);
    }
    if (s === undefined)
      throw stringTooLong();
    return s;
  }
  define('toString', toString);
  define('toLocaleString', toString);

  define('equals', function equals(otherBuffer) {
    if (!isUint8Array(otherBuffer)) {
      throw new ERR_INVALID_ARG_TYPE(
        'otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
    }
    if (this === otherBuffer)
      return true;
    const len = this.byteLength;
    if (len !== otherBuffer.byteLength)
      return false;
    return len === 0 || binding.compare(this, otherBuffer) === 0;
  });

  define('compare', function compare(target, targetStart, targetEnd,
                                     sourceStart, sourceEnd) {
    if (!isUint8Array(target))
      throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
    if (arguments.length === 1)
      return binding.compare(this, target);
    if (targetStart === undefined)
      targetStart = 0;
    else
      validateOffset(targetStart, 'targetStart');
    if (targetEnd === undefined)
      targetEnd = target.length;
    else
      validateOffset(targetEnd, 'targetEnd', 0, target.length);
    if (sourceStart === undefined)
      sourceStart = 0;
    else
      validateOffset(sourceStart, 'sourceStart');
    if (sourceEnd === undefined)
      sourceEnd = this.length;
    else
      validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
    if (sourceStart >= sourceEnd)
      return (targetStart >= targetEnd ? 0 : -1);
    if (targetStart >= targetEnd)
      return 1;
    if (sourceStart > this.length) {
      throw nativeError(RangeError, 'ERR_OUT_OF_RANGE',
                        'The value of "sourceStart" is out of range.');
    }
    if (targetStart > target.length) {
      throw nativeError(RangeError, 'ERR_OUT_OF_RANGE',
                        'The value of "targetStart" is out of range.');
    }
    return binding.compareOffset(this, target, targetStart, sourceStart,
                                 targetEnd, sourceEnd);
  });

  // The shared body of indexOf, lastIndexOf and includes; dir is true for a
  // forward search.
  function bidirectionalIndexOf(buffer, val, byteOffset, encoding, dir) {
    if (!ArrayBuffer.isView(buffer))
      throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
    if (typeof byteOffset === 'string') {
      encoding = byteOffset;
      byteOffset = undefined;
    } else if (byteOffset > 0x7fffffff) {
      byteOffset = 0x7fffffff;
    } else if (byteOffset < -0x80000000) {
      byteOffset = -0x80000000;
    }
    // Values like null and [] become 0; undefined, "foo" and {} become NaN,
    // which means the whole buffer.
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset))
      byteOffset = dir ? 0 : (buffer.length || buffer.byteLength);
    if (typeof val === 'number')
      return binding.indexOfNumber(buffer, val >>> 0, byteOffset, dir);
    const ops = encoding === undefined ? encodingOps.utf8 :
      getEncodingOps(encoding);
    if (typeof val === 'string') {
      if (ops === undefined)
        throw new ERR_UNKNOWN_ENCODING(encoding);
      return ops.indexOf(buffer, val, byteOffset, dir);
    }
    if (isUint8Array(val)) {
      const id = ops === undefined ? encodingOps.utf8.id : ops.id;
      return binding.indexOfBuffer(buffer, val, byteOffset, id, dir);
    }
    throw new ERR_INVALID_ARG_TYPE(
      'value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
  }

  define('indexOf', function indexOf(val, byteOffset, encoding) {
    return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
  });
  define('lastIndexOf', function lastIndexOf(val, byteOffset, encoding) {
    return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
  });
  define('includes', function includes(val, byteOffset, encoding) {
    return this.indexOf(val, byteOffset, encoding) !== -1;
  });

  function _fill(buf, value, offset, end, encoding) {
    let id;
    if (typeof value === 'string') {
      if (offset === undefined || typeof offset === 'string') {
        encoding = offset;
        offset = 0;
        end = buf.length;
      } else if (typeof end === 'string') {
        encoding = end;
        end = buf.length;
      }
      const normalized = normalizeEncoding(encoding);
      if (normalized === undefined) {
        if (typeof encoding !== 'string')
          throw new ERR_INVALID_ARG_TYPE('encoding', 'string', encoding);
        throw new ERR_UNKNOWN_ENCODING(encoding);
      }
      id = encodingOps[normalized].id;
      if (value.length === 0) {
        // An empty string fills with zeroes.
        value = 0;
      } else if (value.length === 1) {
        // Single-byte fills take the faster numeric path.
        if (normalized === 'utf8') {
          const code = value.charCodeAt(0);
          if (code < 128)
            value = code;
        } else if (normalized === 'latin1') {
          value = value.charCodeAt(0);
        }
      }
    }
    if (offset === undefined) {
      offset = 0;
      end = buf.length;
    } else {
      validateOffset(offset, 'offset');
      if (end === undefined)
        end = buf.length;
      else
        validateOffset(end, 'end', 0, buf.length);
      if (offset >= end)
        return buf;
    }
    if (typeof value === 'number') {
      if (offset > end || end > buf.byteLength)
        throw new ERR_BUFFER_OUT_OF_BOUNDS();
      typedArrayFill.call(buf, value, offset, end);
    } else {
      const res = binding.fill(buf, value, offset, end, id);
      if (res !== undefined) {
        if (res === -1)
          throw new ERR_INVALID_ARG_VALUE('value', value);
        throw new ERR_BUFFER_OUT_OF_BOUNDS();
      }
    }
    return buf;
  }

  define('fill', function fill(value, offset, end, encoding) {
    return _fill(this, value, offset, end, encoding);
  });

  define('write', function write(string, offset, length, encoding) {
    if (offset === undefined)
      return this.utf8Write(string, 0, this.length);
    if (length === undefined && typeof offset === 'string') {
      encoding = offset;
      length = this.length;
      offset = 0;
    } else {
      validateOffset(offset, 'offset', 0, this.length);
      const remaining = this.length - offset;
      if (length === undefined) {
        length = remaining;
      } else if (typeof length === 'string') {
        encoding = length;
        length = remaining;
      } else {
        validateOffset(length, 'length', 0, this.length);
        if (length > remaining)
          length = remaining;
      }
    }
    if (!encoding || encoding === 'utf8')
      return this.utf8Write(string, offset, length);
    const ops = getEncodingOps(encoding);
    if (ops === undefined)
      throw new ERR_UNKNOWN_ENCODING(encoding);
    if (typeof string !== 'string') {
      throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE',
                        'argument must be a string');
    }
    if (length === 0)
      return 0;
    return ops.write(this, string, offset, length);
  });

  define('toJSON', function toJSON() {
    const data = new Array(this.length);
    for (let i = 0; i < this.length; ++i)
      data[i] = this[i];
    return { type: 'Buffer', data };
  });

  // Math.trunc keeps offsets beyond the int32 range intact.
  function adjustOffset(offset, length) {
    offset = Math.trunc(offset);
    if (offset === 0)
      return 0;
    if (offset < 0) {
      offset += length;
      return offset > 0 ? offset : 0;
    }
    if (offset < length)
      return offset;
    return Number.isNaN(offset) ? 0 : length;
  }

  define('slice', function slice(start, end) {
    const srcLength = this.length;
    start = adjustOffset(start, srcLength);
    end = end !== undefined ? adjustOffset(end, srcLength) : srcLength;
    const newLength = end > start ? end - start : 0;
    return new FastBuffer(this.buffer, this.byteOffset + start, newLength);
  });

  // Small buffers swap faster in JS than through a binding call.
  function defineSwap(bits, nativeSwap, threshold) {
    const width = bits / 8;
    define(`swap${bits}`, {
      [`swap${bits}`]() {
        const len = this.length;
        if (len % width !== 0)
          throw new ERR_INVALID_BUFFER_SIZE(`${bits}-bits`);
        if (len >= threshold) {
          nativeSwap(this);
          return this;
        }
        for (let i = 0; i < len; i += width) {
          for (let a = i, b = i + width - 1; a < b; a++, b--) {
            const t = this[a];
            this[a] = this[b];
            this[b] = t;
          }
        }
        return this;
      },
    }[`swap${bits}`]);
  }
  defineSwap(16, binding.swap16, 128);
  defineSwap(32, binding.swap32, 192);
  defineSwap(64, binding.swap64, 192);

  function toInteger(n, defaultVal) {
    n = +n;
    if (!Number.isNaN(n) && n >= Number.MIN_SAFE_INTEGER &&
        n <= Number.MAX_SAFE_INTEGER)
      return ((n % 1) === 0 ? n : Math.floor(n));
    return defaultVal;
  }

  define('copy', function copy(target, targetStart, sourceStart, sourceEnd) {
    const source = this;
    if (!isUint8Array(source))
      throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
    if (!isUint8Array(target))
      throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
    if (targetStart === undefined) {
      targetStart = 0;
    } else {
      targetStart = toInteger(targetStart, 0);
      if (targetStart < 0)
        throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
    }
    if (sourceStart === undefined) {
      sourceStart = 0;
    } else {
      sourceStart = toInteger(sourceStart, 0);
      if (sourceStart < 0 || sourceStart > source.length) {
        throw new ERR_OUT_OF_RANGE(
          'sourceStart', `>= 0 && <= ${source.length}`, sourceStart);
      }
    }
    if (sourceEnd === undefined) {
      sourceEnd = source.length;
    } else {
      sourceEnd = toInteger(sourceEnd, 0);
      if (sourceEnd < 0)
        throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
    }
    if (targetStart >= target.length || sourceStart >= sourceEnd)
      return 0;
    return copyActual(source, target, targetStart, sourceStart, sourceEnd);
  });

  let utilInspect;
  function inspect(recurseTimes, ctx) {
    const max = getInspectMaxBytes();
    const actualMax = Math.min(max, this.length);
    const remaining = this.length - max;
    let str = actualMax > 0 ?
      binding.hexSlice(this, 0, actualMax).replace(/(.{2})/g, '$1 ').trim() :
      '';
    if (remaining > 0)
      str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
    // Own non-index properties (e.g. `buf.foo = 1`) are shown after the bytes.
    if (ctx) {
      const keys = binding.getOwnNonIndexProperties(this, !ctx.showHidden);
      if (keys.length > 0) {
        const obj = { __proto__: null };
        for (const key of keys)
          obj[key] = this[key];
        if (utilInspect === undefined)
          utilInspect = require('util').inspect;
        if (this.length !== 0)
          str += ', ';
        // Drop the '[Object: null prototype] {' prefix and the ' }' suffix.
        str += utilInspect(obj, {
          ...ctx, breakLength: Infinity, compact: true,
        }).slice(27, -2);
      }
    }
    return `<${this.constructor.name} ${str}>`;
  }
  define(customInspectSymbol, inspect);
  define('inspect', inspect);

  return { _fill };
}

module.exports = { install };
