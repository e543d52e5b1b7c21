'use strict';
// crypto.createHash / createHmac / hash: the state lives in a native handle
// (an EVP_MD_CTX or EVP_MAC_CTX); this side checks arguments, tracks
// finalization and formats the output.

const { codes } = require('internal/errors');
const { validateString } = require('internal/validators');
const {
  binding, isView, formatOutput, toBindingData, getArrayBufferOrView, normalizeEncoding,
} = require('internal/crypto/util');

const LazyTransform = require('internal/streams/lazy_transform');

const kHandle = Symbol('kHandle');
const kState = Symbol('kState');

function validateData(data) {
  if (typeof data !== 'string' && !isView(data)) {
    throw new codes.ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
}

function Hash(algorithm, options) {
  if (!new.target) return new Hash(algorithm, options);
  let handle;
  if (algorithm instanceof Hash) {
    // Used by copy(): the new object takes over a native copy of the state.
    handle = options;
    options = undefined;
  } else {
    validateString(algorithm, 'algorithm');
    handle = binding.hashNew(algorithm);
    if (handle === undefined) throw new Error('Digest method not supported');
  }
  let outputLength;
  if (options != null && typeof options === 'object' && options.outputLength !== undefined) {
    outputLength = options.outputLength;
    if (typeof outputLength !== 'number') {
      throw new codes.ERR_INVALID_ARG_TYPE('options.outputLength', 'number', outputLength);
    }
    if (!Number.isInteger(outputLength)) throw new codes.ERR_OUT_OF_RANGE('options.outputLength', 'an integer', outputLength);
    if (outputLength < 0 || outputLength > 4294967295) {
      throw new codes.ERR_OUT_OF_RANGE('options.outputLength', '>= 0 && <= 4294967295', outputLength);
    }
    // Only extendable-output functions (shake*) take another length.
    const size = binding.digestSize(typeof algorithm === 'string' ? algorithm : '');
    if (size !== -2 && size !== outputLength && !(algorithm instanceof Hash)) {
      const err = new Error('error:030000B2:digital envelope routines::not XOF or invalid length');
      err.code = 'ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH';
      throw err;
    }
  }
  this[kHandle] = handle;
  this[kState] = { finalized: false, outputLength };
  LazyTransform.call(this, options);
}
Object.setPrototypeOf(Hash.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hash, LazyTransform);

// As a stream, a Hash takes data on its writable side and pushes the digest
// (a Buffer) when that side ends.
Hash.prototype._transform = function _transform(chunk, encoding, callback) {
  this.update(chunk, encoding === 'buffer' ? undefined : encoding);
  callback();
};

Hash.prototype._flush = function _flush(callback) {
  this.push(formatOutput(computeDigest(this), 'buffer'));
  callback();
};

Hash.prototype.copy = function copy(options) {
  if (this[kState].finalized) throw new codes.ERR_CRYPTO_HASH_FINALIZED();
  const handle = binding.hashCopy(this[kHandle]);
  const copied = new Hash(this, handle);
  // A copy has the algorithm's default length unless options give one.
  if (options != null && typeof options === 'object' && options.outputLength !== undefined) {
    copied[kState].outputLength = options.outputLength;
  }
  return copied;
};

Hash.prototype.update = function update(data, encoding) {
  if (this[kState].finalized) throw new codes.ERR_CRYPTO_HASH_FINALIZED();
  validateData(data);
  const latin1 = typeof data === 'string' && ['latin1', 'ascii'].includes(normalizeEncoding(encoding));
  if (!binding.hashUpdate(this[kHandle], toBindingData(data, encoding), latin1)) {
    throw new codes.ERR_CRYPTO_HASH_UPDATE_FAILED();
  }
  return this;
};

// The digest is computed once: after the stream side pushed it, one more
// digest() call still returns it (as node, whose handle keeps it).
function computeDigest(hash) {
  const state = hash[kState];
  if (state.digest === undefined) state.digest = binding.hashDigest(hash[kHandle], state.outputLength);
  return state.digest;
}

Hash.prototype.digest = function digest(outputEncoding) {
  const state = this[kState];
  if (state.finalized) throw new codes.ERR_CRYPTO_HASH_FINALIZED();
  state.finalized = true;
  return formatOutput(computeDigest(this), outputEncoding);
};

function Hmac(hmac, key, options) {
  if (!new.target) return new Hmac(hmac, key, options);
  validateString(hmac, 'hmac');
  const keyBytes = require('internal/crypto/keys').secretKeyBytes(key);
  if (keyBytes !== undefined) key = keyBytes;
  const encoding = options != null && typeof options === 'object' ? options.encoding : undefined;
  key = getArrayBufferOrView(key, 'key', encoding,
    ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey']);
  const handle = binding.hmacNew(hmac, key);
  if (handle === undefined) throw new codes.ERR_CRYPTO_INVALID_DIGEST(hmac);
  this[kHandle] = handle;
  this[kState] = { finalized: false };
  LazyTransform.call(this, options);
}
Object.setPrototypeOf(Hmac.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hmac, LazyTransform);
Hmac.prototype._transform = Hash.prototype._transform;
Hmac.prototype._flush = function _flush(callback) {
  this.push(this.digest());
  callback();
};

Hmac.prototype.digest = function digest(outputEncoding) {
  const state = this[kState];
  // A second digest() gives an empty result rather than an error, as node.
  if (state.finalized) return formatOutput(new ArrayBuffer(0), outputEncoding);
  state.finalized = true;
  const ab = binding.hmacDigest(this[kHandle]);
  return formatOutput(ab, outputEncoding);
};

Hmac.prototype.update = function update(data, encoding) {
  if (this[kState].finalized) throw new codes.ERR_CRYPTO_HASH_FINALIZED();
  validateData(data);
  const latin1 = typeof data === 'string' && ['latin1', 'ascii'].includes(normalizeEncoding(encoding));
  if (!binding.hmacUpdate(this[kHandle], toBindingData(data, encoding), latin1)) {
    throw new codes.ERR_CRYPTO_HASH_UPDATE_FAILED();
  }
  return this;
};

// crypto.hash(algorithm, data[, outputEncoding]): a one-shot digest.
function hash(algorithm, input, outputEncoding = 'hex') {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !isView(input)) {
    throw new codes.ERR_INVALID_ARG_TYPE('input', ['string', 'Buffer', 'TypedArray', 'DataView'], input);
  }
  let encoding = outputEncoding;
  if (outputEncoding !== 'buffer') {
    validateString(outputEncoding, 'outputEncoding');
    encoding = normalizeEncoding(outputEncoding);
    if (encoding === undefined || outputEncoding == null) {
      throw new codes.ERR_INVALID_ARG_VALUE('outputEncoding', outputEncoding);
    }
  }
  const handle = binding.hashNew(algorithm);
  if (handle === undefined) throw new Error(`Digest method ${algorithm} is not supported`);
  binding.hashUpdate(handle, input, false);
  return formatOutput(binding.hashDigest(handle), encoding);
}

function getFips() {
  return binding.getFips();
}

function getHashes() {
  return binding.getHashes();
}

module.exports = { Hash, Hmac, hash, getHashes, getFips };
