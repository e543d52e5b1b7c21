'use strict';
// zlib.constants in node's order (the codec's values come from the C
// headers through the binding), zlib.codes (name <-> number for the zlib
// return codes) and the table of brotli parameter slots.

const binding = internalBinding('zlib');

// Limits of the options, which are node's own rather than zlib's.
const limits = {
  Z_MIN_WINDOWBITS: 8,
  Z_MAX_WINDOWBITS: 15,
  Z_DEFAULT_WINDOWBITS: 15,
  Z_MIN_CHUNK: 64,
  Z_MAX_CHUNK: Infinity,
  Z_DEFAULT_CHUNK: 16 * 1024,
  Z_MIN_MEMLEVEL: 1,
  Z_MAX_MEMLEVEL: 9,
  Z_DEFAULT_MEMLEVEL: 8,
  Z_MIN_LEVEL: -1,
  Z_MAX_LEVEL: 9,
  Z_DEFAULT_LEVEL: -1,
};

const constants = {};
for (const key of Object.keys(binding.constants)) {
  constants[key] = binding.constants[key];
  if (key === 'BROTLI_ENCODE') Object.assign(constants, limits);
}
Object.freeze(constants);

const codes = {
  Z_OK: constants.Z_OK,
  Z_STREAM_END: constants.Z_STREAM_END,
  Z_NEED_DICT: constants.Z_NEED_DICT,
  Z_ERRNO: constants.Z_ERRNO,
  Z_STREAM_ERROR: constants.Z_STREAM_ERROR,
  Z_DATA_ERROR: constants.Z_DATA_ERROR,
  Z_MEM_ERROR: constants.Z_MEM_ERROR,
  Z_BUF_ERROR: constants.Z_BUF_ERROR,
  Z_VERSION_ERROR: constants.Z_VERSION_ERROR,
};
for (const name of Object.keys(codes)) codes[codes[name]] = name;

// One slot per brotli parameter number, encoder and decoder alike.
let maxParam = 0;
for (const key of Object.keys(constants)) {
  if (/^BROTLI_(DECODER_)?PARAM_/.test(key)) maxParam = Math.max(maxParam, constants[key]);
}
const brotliParamNames = new Array(maxParam + 1).fill(null);
for (const key of Object.keys(constants)) {
  if (/^BROTLI_(DECODER_)?PARAM_/.test(key)) brotliParamNames[constants[key]] = key;
}

module.exports = { constants, codes, brotliParamNames };
