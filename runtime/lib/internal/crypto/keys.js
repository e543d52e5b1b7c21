'use strict';
// KeyObject for secret (symmetric) keys: crypto.createSecretKey and the
// KeyObject inputs that createHmac, hkdf and pbkdf2 accept. The key bytes
// are kept in a private copy, never shared with the caller's buffer.

const { codes } = require('internal/errors');
const { toBuffer, isView, isAnyArrayBuffer, decodeString, normalizeEncoding, encodeBytes } = require('internal/crypto/util');
const { timingSafeEqual } = internalBinding('crypto');

const kKeyType = Symbol('kKeyType');
const kKeyData = Symbol('kKeyData');

class KeyObject {
  constructor(type, handle) {
    if (type !== 'secret' && type !== 'public' && type !== 'private') {
      throw new codes.ERR_INVALID_ARG_VALUE('type', type);
    }
    if (handle === null || typeof handle !== 'object') {
      throw new codes.ERR_INVALID_ARG_TYPE('handle', 'object', handle);
    }
    this[kKeyType] = type;
    Object.defineProperty(this, kKeyData, { value: handle.data, enumerable: false });
  }

  get type() {
    return this[kKeyType];
  }

  equals(otherKeyObject) {
    if (!(otherKeyObject instanceof KeyObject)) {
      throw new codes.ERR_INVALID_ARG_TYPE('otherKeyObject', 'KeyObject', otherKeyObject);
    }
    const a = this[kKeyData];
    const b = otherKeyObject[kKeyData];
    return otherKeyObject.type === this.type && a.byteLength === b.byteLength && timingSafeEqual(a, b);
  }
}

Object.defineProperty(KeyObject.prototype, Symbol.toStringTag, { value: 'KeyObject', configurable: true });

class SecretKeyObject extends KeyObject {
  constructor(handle) {
    super('secret', handle);
  }

  get symmetricKeySize() {
    return this[kKeyData].byteLength;
  }

  get asymmetricKeyType() {
    return undefined;
  }

  export(options) {
    if (options !== undefined && (options === null || typeof options !== 'object')) {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'object', options);
    }
    const format = options && options.format;
    if (format === 'jwk') return { kty: 'oct', k: encodeBytes(this[kKeyData], 'base64url') };
    if (format !== undefined && format !== 'buffer') {
      throw new codes.ERR_INVALID_ARG_VALUE('options.format', format, "must be one of: undefined, 'buffer', 'jwk'");
    }
    return toBuffer(this[kKeyData].slice(0));
  }
}

function createSecretKey(key, encoding) {
  let bytes;
  if (typeof key === 'string') {
    bytes = decodeString(key, normalizeEncoding(encoding) || 'utf8');
  } else if (isView(key)) {
    bytes = new Uint8Array(key.buffer, key.byteOffset, key.byteLength);
  } else if (isAnyArrayBuffer(key)) {
    bytes = new Uint8Array(key);
  } else {
    throw new codes.ERR_INVALID_ARG_TYPE('key', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], key);
  }
  return new SecretKeyObject({ data: bytes.slice().buffer });
}

// The bytes of a secret KeyObject, for the functions that take one as key.
function secretKeyBytes(key) {
  return key instanceof KeyObject && key.type === 'secret' ? new Uint8Array(key[kKeyData]) : undefined;
}

module.exports = { KeyObject, SecretKeyObject, createSecretKey, secretKeyBytes };
