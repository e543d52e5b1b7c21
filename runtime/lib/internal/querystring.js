'use strict';

// Percent-encoding helpers shared by querystring, url and URLSearchParams.

const { ERR_INVALID_URI } = require('internal/errors').codes;

const hexTable = new Array(256);
for (let i = 0; i < 256; i++) {
  hexTable[i] = `%${i < 16 ? '0' : ''}${i.toString(16).toUpperCase()}`;
}

function hexValue(code) {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 70) return code - 55;
  if (code >= 97 && code <= 102) return code - 87;
  return -1;
}

// Percent-encodes a string as UTF-8, keeping the characters of `keep`.
// A lone surrogate cannot be encoded: node throws ERR_INVALID_URI.
function encodeStr(str, keep, table) {
  let out = '';
  let last = 0;
  for (let i = 0; i < str.length; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      if (keep[c] === 1) continue;
      out += str.slice(last, i) + table[c];
      last = i + 1;
      continue;
    }
    out += str.slice(last, i);
    if (c < 0x800) {
      out += table[0xC0 | (c >> 6)] + table[0x80 | (c & 0x3F)];
    } else if (c < 0xD800 || c >= 0xE000) {
      out += table[0xE0 | (c >> 12)] + table[0x80 | ((c >> 6) & 0x3F)] +
        table[0x80 | (c & 0x3F)];
    } else {
      // A surrogate pair makes one four-byte sequence. Like node, the
      // next code unit is taken as the low half without checking it; only
      // a surrogate at the very end is an error.
      i++;
      if (i >= str.length) throw new ERR_INVALID_URI();
      const c2 = str.charCodeAt(i) & 0x3FF;
      c = 0x10000 + (((c & 0x3FF) << 10) | c2);
      out += table[0xF0 | (c >> 18)] + table[0x80 | ((c >> 12) & 0x3F)] +
        table[0x80 | ((c >> 6) & 0x3F)] + table[0x80 | (c & 0x3F)];
    }
    last = i + 1;
  }
  if (last === 0) return str;
  if (last < str.length) return out + str.slice(last);
  return out;
}

module.exports = { encodeStr, hexTable, hexValue };
