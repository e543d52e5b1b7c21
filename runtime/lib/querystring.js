'use strict';

// The `querystring` module: parsing and formatting of URL query strings
// with node's legacy rules ('+' is a space, repeated keys become arrays,
// percent-decoding that falls back on byte-wise unescaping).

const { encodeStr, hexTable, hexValue } = require('internal/querystring');

// Characters that escape() leaves alone: A-Z a-z 0-9 - . _ ~ ! ' ( ) *.
const noEscape = new Int8Array(128);
for (const ch of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!'()*") {
  noEscape[ch.charCodeAt(0)] = 1;
}

// Decodes %XX escapes (and '+' when asked) into bytes; anything else is
// copied byte-wise, so code units above 0xFF are truncated as in node.
function unescapeBuffer(s, decodeSpaces) {
  // Loaded here: parsing and stringifying do not need buffers.
  const { Buffer } = require('buffer');
  const out = Buffer.allocUnsafe(s.length);
  let outIndex = 0;
  let decoded = false;
  for (let index = 0; index < s.length; index++) {
    const code = s.charCodeAt(index);
    if (code === 43 /* + */ && decodeSpaces) {
      out[outIndex++] = 32;
      continue;
    }
    if (code === 37 /* % */ && index < s.length - 2) {
      const high = hexValue(s.charCodeAt(index + 1));
      const low = high >= 0 ? hexValue(s.charCodeAt(index + 2)) : -1;
      if (low >= 0) {
        out[outIndex++] = high * 16 + low;
        index += 2;
        decoded = true;
        continue;
      }
    }
    out[outIndex++] = code;
  }
  return decoded ? out.slice(0, outIndex) : out;
}

function qsUnescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    return QueryString.unescapeBuffer(s, decodeSpaces).toString();
  }
}

function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') {
      str = String(str);
    } else {
      str += '';
    }
  }
  return encodeStr(str, noEscape, hexTable);
}

function stringifyPrimitive(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && isFinite(v)) return `${v}`;
  if (typeof v === 'bigint') return `${v}`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

// The built-in escape leaves numbers below 1e21 alone (they need none).
function encodeStringified(v, encode) {
  if (typeof v === 'string') return v.length ? encode(v) : '';
  if (typeof v === 'number' && isFinite(v)) {
    return Math.abs(v) < 1e21 ? `${v}` : encode(`${v}`);
  }
  if (typeof v === 'bigint') return `${v}`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function encodeStringifiedCustom(v, encode) {
  return encode(stringifyPrimitive(v));
}

function stringify(obj, sep, eq, options) {
  sep ||= '&';
  eq ||= '=';
  let encode = QueryString.escape;
  if (options && typeof options.encodeURIComponent === 'function') {
    encode = options.encodeURIComponent;
  }
  const convert = encode === qsEscape ? encodeStringified : encodeStringifiedCustom;
  if (obj === null || typeof obj !== 'object') return '';
  let fields = '';
  for (const k of Object.keys(obj)) {
    const v = obj[k];
    const ks = convert(k, encode) + eq;
    if (Array.isArray(v)) {
      if (v.length === 0) continue;
      for (let j = 0; j < v.length; j++) {
        if (fields) fields += sep;
        fields += ks + convert(v[j], encode);
      }
    } else {
      if (fields) fields += sep;
      fields += ks + convert(v, encode);
    }
  }
  return fields;
}

function charCodes(str) {
  const codes = [];
  for (let i = 0; i < str.length; i++) codes.push(str.charCodeAt(i));
  return codes;
}

function decodeStr(s, decoder) {
  try {
    return decoder(s);
  } catch {
    return QueryString.unescape(s, true);
  }
}

function addKeyVal(obj, key, value, keyEncoded, valEncoded, decode) {
  if (key.length > 0 && keyEncoded) key = decodeStr(key, decode);
  if (value.length > 0 && valEncoded) value = decodeStr(value, decode);
  if (obj[key] === undefined) {
    obj[key] = value;
  } else {
    const current = obj[key];
    if (current.pop) {
      current[current.length] = value;
    } else {
      obj[key] = [current, value];
    }
  }
}

// Splits on `sep` and `eq` in one pass. Separators are matched greedily
// without backtracking, and a string is only percent-decoded when it holds
// a valid %XX escape (with the default decoder), which is what node does
// and what decides its results for malformed input.
function parse(qs, sep, eq, options) {
  // The result has no prototype, so any key is safe.
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return obj;

  const sepCodes = sep ? charCodes(String(sep)) : [38];
  const eqCodes = eq ? charCodes(String(eq)) : [61];
  const sepLen = sepCodes.length;
  const eqLen = eqCodes.length;

  let pairsLeft = 1000;
  if (options && typeof options.maxKeys === 'number') {
    pairsLeft = options.maxKeys > 0 ? options.maxKeys : 0;
  }
  let decode = QueryString.unescape;
  if (options && typeof options.decodeURIComponent === 'function') {
    decode = options.decodeURIComponent;
  }
  const customDecode = decode !== qsUnescape;
  const plus = customDecode ? '%20' : ' ';

  let lastPos = 0;
  let sepIdx = 0;
  let eqIdx = 0;
  let key = '';
  let value = '';
  let keyEncoded = customDecode;
  let valEncoded = customDecode;
  // How much of a '%XX' escape was just seen: 0 none, 1 '%', 2 '%X'.
  let escapeSeen = 0;

  const trackEscape = (code) => {
    if (code === 37) {
      escapeSeen = 1;
      return false;
    }
    if (escapeSeen > 0 && hexValue(code) >= 0) {
      return ++escapeSeen === 3;
    }
    escapeSeen = 0;
    return false;
  };

  for (let i = 0; i < qs.length; i++) {
    const code = qs.charCodeAt(i);
    if (code === sepCodes[sepIdx]) {
      if (++sepIdx !== sepLen) continue;
      const end = i - sepLen + 1;
      if (eqIdx < eqLen) {
        if (lastPos < end) {
          key += qs.slice(lastPos, end);
        } else if (key.length === 0) {
          // Nothing between two separators: no pair, but it counts.
          if (--pairsLeft === 0) return obj;
          lastPos = i + 1;
          sepIdx = eqIdx = 0;
          continue;
        }
      } else if (lastPos < end) {
        value += qs.slice(lastPos, end);
      }
      addKeyVal(obj, key, value, keyEncoded, valEncoded, decode);
      if (--pairsLeft === 0) return obj;
      keyEncoded = valEncoded = customDecode;
      key = value = '';
      escapeSeen = 0;
      lastPos = i + 1;
      sepIdx = eqIdx = 0;
      continue;
    }
    sepIdx = 0;
    if (eqIdx < eqLen) {
      // Still in the key.
      if (code === eqCodes[eqIdx]) {
        if (++eqIdx === eqLen) {
          const end = i - eqLen + 1;
          if (lastPos < end) key += qs.slice(lastPos, end);
          escapeSeen = 0;
          lastPos = i + 1;
        }
        continue;
      }
      eqIdx = 0;
      if (!keyEncoded && trackEscape(code)) {
        keyEncoded = true;
        continue;
      }
      if (!keyEncoded && (code === 37 || escapeSeen > 0)) continue;
      if (code === 43) {
        if (lastPos < i) key += qs.slice(lastPos, i);
        key += plus;
        lastPos = i + 1;
        continue;
      }
    }
    if (code === 43) {
      if (lastPos < i) value += qs.slice(lastPos, i);
      value += plus;
      lastPos = i + 1;
    } else if (!valEncoded && trackEscape(code)) {
      valEncoded = true;
    }
  }

  if (lastPos < qs.length) {
    if (eqIdx < eqLen) {
      key += qs.slice(lastPos);
    } else if (sepIdx < sepLen) {
      value += qs.slice(lastPos);
    }
  } else if (eqIdx === 0 && key.length === 0) {
    return obj;
  }
  addKeyVal(obj, key, value, keyEncoded, valEncoded, decode);
  return obj;
}

const QueryString = module.exports = {
  unescapeBuffer,
  unescape: qsUnescape,
  escape: qsEscape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};
