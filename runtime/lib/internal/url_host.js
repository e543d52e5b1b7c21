'use strict';

// Host parsing and serialization of the WHATWG URL Standard: domains
// (through IDNA in the 'url' binding), IPv4 in all its legacy spellings,
// IPv6, and the opaque hosts of non-special URLs. Also the UTF-8 and
// percent-encoding helpers the URL parser shares.

// Percent-encode sets, as predicates on a code point.
function inC0ControlSet(c) {
  return c < 0x20 || c > 0x7E;
}
function inFragmentSet(c) {
  return inC0ControlSet(c) || c === 0x20 || c === 0x22 || c === 0x3C || c === 0x3E || c === 0x60;
}
function inQuerySet(c) {
  return inC0ControlSet(c) || c === 0x20 || c === 0x22 || c === 0x23 || c === 0x3C || c === 0x3E;
}
function inSpecialQuerySet(c) {
  return inQuerySet(c) || c === 0x27;
}
function inPathSet(c) {
  return inQuerySet(c) || c === 0x3F || c === 0x60 || c === 0x7B || c === 0x7D;
}
function inUserinfoSet(c) {
  return inPathSet(c) || c === 0x2F || c === 0x3A || c === 0x3B || c === 0x3D ||
    c === 0x40 || (c >= 0x5B && c <= 0x5E) || c === 0x7C;
}
function inComponentSet(c) {
  return inUserinfoSet(c) || (c >= 0x24 && c <= 0x26) || c === 0x2B || c === 0x2C;
}
// application/x-www-form-urlencoded keeps only * - . _ and alphanumerics.
function inFormSet(c) {
  return !((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) ||
    c === 0x2A || c === 0x2D || c === 0x2E || c === 0x5F);
}

const hex = [];
for (let i = 0; i < 256; i++) hex.push(`%${i < 16 ? '0' : ''}${i.toString(16).toUpperCase()}`);

// UTF-8 bytes of one code point (lone surrogates become U+FFFD).
function utf8Bytes(cp) {
  if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;
  if (cp < 0x80) return [cp];
  if (cp < 0x800) return [0xC0 | (cp >> 6), 0x80 | (cp & 0x3F)];
  if (cp < 0x10000) return [0xE0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3F), 0x80 | (cp & 0x3F)];
  return [0xF0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3F), 0x80 | ((cp >> 6) & 0x3F),
          0x80 | (cp & 0x3F)];
}

function percentEncodeCodePoint(cp, inSet) {
  if (!inSet(cp)) return cp < 0x10000 ? String.fromCharCode(cp) : String.fromCodePoint(cp);
  let out = '';
  for (const b of utf8Bytes(cp)) out += hex[b];
  return out;
}

// Copies runs that need no escaping in one piece.
function percentEncodeString(str, inSet, spaceAsPlus = false) {
  let out = '';
  let last = 0;
  for (let i = 0; i < str.length; i++) {
    let cp = str.charCodeAt(i);
    let width = 1;
    if (cp < 0x80 && !inSet(cp) && !(spaceAsPlus && cp === 0x20)) continue;
    if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < str.length) {
      const low = str.charCodeAt(i + 1);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        cp = ((cp - 0xD800) << 10) + (low - 0xDC00) + 0x10000;
        width = 2;
      }
    }
    if (!inSet(cp)) {
      i += width - 1;
      continue;
    }
    out += str.slice(last, i);
    if (spaceAsPlus && cp === 0x20) {
      out += '+';
    } else {
      for (const b of utf8Bytes(cp)) out += hex[b];
    }
    i += width - 1;
    last = i + 1;
  }
  if (last === 0) return str;
  return out + str.slice(last);
}

function utf8Encode(str) {
  const bytes = [];
  for (const ch of str) {
    for (const b of utf8Bytes(ch.codePointAt(0))) bytes.push(b);
  }
  return bytes;
}

function hexDigit(c) {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

function percentDecodeBytes(bytes) {
  const out = [];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x25 && i + 2 < bytes.length) {
      const h = hexDigit(bytes[i + 1]);
      const l = hexDigit(bytes[i + 2]);
      if (h >= 0 && l >= 0) {
        out.push(h * 16 + l);
        i += 2;
        continue;
      }
    }
    out.push(b);
  }
  return out;
}

// UTF-8 decoding with replacement characters for ill-formed sequences,
// one U+FFFD per maximal subpart as the Encoding Standard requires.
function utf8Decode(bytes) {
  let out = '';
  let i = 0;
  const n = bytes.length;
  if (n >= 3 && bytes[0] === 0xEF && bytes[1] === 0xBB && bytes[2] === 0xBF) i = 3;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      out += String.fromCharCode(b);
      i++;
      continue;
    }
    let need;
    let cp;
    let lower = 0x80;
    let upper = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) {
      need = 1;
      cp = b & 0x1F;
    } else if (b >= 0xE0 && b <= 0xEF) {
      need = 2;
      cp = b & 0x0F;
      if (b === 0xE0) lower = 0xA0;
      if (b === 0xED) upper = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
      need = 3;
      cp = b & 0x07;
      if (b === 0xF0) lower = 0x90;
      if (b === 0xF4) upper = 0x8F;
    } else {
      out += '\uFFFD';
      i++;
      continue;
    }
    let j = i + 1;
    let ok = true;
    for (let k = 0; k < need; k++, j++) {
      const c = bytes[j];
      if (j >= n || c < lower || c > upper) {
        ok = false;
        break;
      }
      lower = 0x80;
      upper = 0xBF;
      cp = (cp << 6) | (c & 0x3F);
    }
    if (!ok) {
      out += '\uFFFD';
      i = j;
      continue;
    }
    out += String.fromCodePoint(cp);
    i = j;
  }
  return out;
}

function percentDecodeString(str) {
  return utf8Decode(percentDecodeBytes(utf8Encode(str)));
}

// Replaces lone surrogates with U+FFFD (WebIDL USVString).
function toUSVString(value) {
  const str = `${value}`;
  let i = 0;
  while (i < str.length && (str.charCodeAt(i) & 0xF800) !== 0xD800) i++;
  if (i === str.length) return str;
  let out = '';
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < str.length) {
      const d = str.charCodeAt(i + 1);
      if (d >= 0xDC00 && d <= 0xDFFF) {
        out += str[i] + str[i + 1];
        i++;
        continue;
      }
    }
    out += c >= 0xD800 && c <= 0xDFFF ? '\uFFFD' : str[i];
  }
  return out;
}

const forbiddenHost = new Set([0x00, 0x09, 0x0A, 0x0D, 0x20, 0x23, 0x2F, 0x3A, 0x3C, 0x3E, 0x3F,
                               0x40, 0x5B, 0x5C, 0x5D, 0x5E, 0x7C]);

function isForbiddenDomainCodePoint(c) {
  return forbiddenHost.has(c) || c <= 0x1F || c === 0x25 || c === 0x7F;
}

// IPv4 number: decimal, 0x-prefixed hex or 0-prefixed octal.
function parseIPv4Number(input) {
  if (input === '') return NaN;
  let radix = 10;
  if (input.length >= 2 && input[0] === '0' && (input[1] === 'x' || input[1] === 'X')) {
    input = input.slice(2);
    radix = 16;
  } else if (input.length >= 2 && input[0] === '0') {
    input = input.slice(1);
    radix = 8;
  }
  if (input === '') return 0;
  const valid = radix === 10 ? /^[0-9]+$/ : radix === 16 ? /^[0-9a-fA-F]+$/ : /^[0-7]+$/;
  if (!valid.test(input)) return NaN;
  return parseInt(input, radix);
}

function endsInANumber(input) {
  // Every IPv4 number starts with a digit: most names end with a label
  // that does not, which settles it without splitting.
  let end = input.length;
  if (end > 0 && input.charCodeAt(end - 1) === 0x2E) end--;
  const start = input.lastIndexOf('.', end - 1) + 1;
  if (start >= end || !isDigitCode(input.charCodeAt(start))) {
    if (start < end || end === input.length) return false;
  }
  const parts = input.split('.');
  if (parts[parts.length - 1] === '') {
    if (parts.length === 1) return false;
    parts.pop();
  }
  const last = parts[parts.length - 1];
  if (last !== '' && /^[0-9]+$/.test(last)) return true;
  return !Number.isNaN(parseIPv4Number(last));
}

// Returns the serialized address, or null on failure.
function parseIPv4(input) {
  const parts = input.split('.');
  if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
  if (parts.length > 4) return null;
  const numbers = [];
  for (const part of parts) {
    const n = parseIPv4Number(part);
    if (Number.isNaN(n)) return null;
    numbers.push(n);
  }
  for (let i = 0; i < numbers.length - 1; i++) {
    if (numbers[i] > 255) return null;
  }
  const last = numbers[numbers.length - 1];
  if (last >= 256 ** (5 - numbers.length)) return null;
  let ipv4 = last;
  for (let i = 0; i < numbers.length - 1; i++) ipv4 += numbers[i] * 256 ** (3 - i);
  const out = [];
  for (let i = 0; i < 4; i++) {
    out.unshift(String(ipv4 % 256));
    ipv4 = Math.floor(ipv4 / 256);
  }
  return out.join('.');
}

function isHexCode(c) {
  return hexDigit(c) >= 0;
}

function isDigitCode(c) {
  return c >= 0x30 && c <= 0x39;
}

// Returns the eight 16-bit pieces, or null on failure.
function parseIPv6(input) {
  const address = [0, 0, 0, 0, 0, 0, 0, 0];
  let pieceIndex = 0;
  let compress = null;
  let p = 0;
  const cp = (i) => (i < input.length ? input.charCodeAt(i) : NaN);

  if (cp(p) === 0x3A) {
    if (cp(p + 1) !== 0x3A) return null;
    p += 2;
    compress = ++pieceIndex;
  }
  while (p < input.length) {
    if (pieceIndex === 8) return null;
    if (cp(p) === 0x3A) {
      if (compress !== null) return null;
      p++;
      compress = ++pieceIndex;
      continue;
    }
    let value = 0;
    let length = 0;
    while (length < 4 && isHexCode(cp(p))) {
      value = value * 16 + hexDigit(cp(p));
      p++;
      length++;
    }
    if (cp(p) === 0x2E) {
      // An embedded IPv4 address fills the last two pieces.
      if (length === 0) return null;
      p -= length;
      if (pieceIndex > 6) return null;
      let numbersSeen = 0;
      while (p < input.length) {
        let piece = null;
        if (numbersSeen > 0) {
          if (cp(p) === 0x2E && numbersSeen < 4) p++;
          else return null;
        }
        if (!isDigitCode(cp(p))) return null;
        while (isDigitCode(cp(p))) {
          const number = cp(p) - 0x30;
          if (piece === null) piece = number;
          else if (piece === 0) return null;
          else piece = piece * 10 + number;
          if (piece > 255) return null;
          p++;
        }
        address[pieceIndex] = address[pieceIndex] * 0x100 + piece;
        numbersSeen++;
        if (numbersSeen === 2 || numbersSeen === 4) pieceIndex++;
      }
      if (numbersSeen !== 4) return null;
      break;
    } else if (cp(p) === 0x3A) {
      p++;
      if (p >= input.length) return null;
    } else if (p < input.length) {
      return null;
    }
    address[pieceIndex++] = value;
  }
  if (compress !== null) {
    let swaps = pieceIndex - compress;
    pieceIndex = 7;
    while (pieceIndex !== 0 && swaps > 0) {
      const tmp = address[compress + swaps - 1];
      address[compress + swaps - 1] = address[pieceIndex];
      address[pieceIndex] = tmp;
      pieceIndex--;
      swaps--;
    }
  } else if (pieceIndex !== 8) {
    return null;
  }
  return address;
}

function serializeIPv6(address) {
  // The first longest run of two or more zero pieces becomes '::'.
  let compress = null;
  let best = 1;
  for (let i = 0; i < 8;) {
    if (address[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && address[j] === 0) j++;
    if (j - i > best) {
      best = j - i;
      compress = i;
    }
    i = j;
  }
  let out = '';
  for (let i = 0; i < 8; i++) {
    if (compress !== null && i >= compress && i < compress + best) {
      if (i === compress) out += i === 0 ? '::' : ':';
      continue;
    }
    out += address[i].toString(16);
    if (i !== 7) out += ':';
  }
  return out;
}

// ASCII without any label starting with 'xn--' (in any case).
function isPlainASCIIDomain(domain) {
  for (let i = 0; i < domain.length; i++) {
    const c = domain.charCodeAt(i);
    if (c >= 0x80) return false;
    if ((c === 0x78 || c === 0x58) && (i === 0 || domain.charCodeAt(i - 1) === 0x2E) &&
        (domain.charCodeAt(i + 1) | 0x20) === 0x6E && domain.charCodeAt(i + 2) === 0x2D &&
        domain.charCodeAt(i + 3) === 0x2D) {
      return false;
    }
  }
  return true;
}

let binding;
function idna() {
  binding ??= internalBinding('url');
  return binding;
}

// Domain to ASCII with the URL Standard's (non-strict) UTS #46 options;
// null on failure. Plain ASCII names without punycode labels only need
// lowercasing, which avoids calling into ICU for the common case.
function domainToASCII(domain) {
  if (isPlainASCIIDomain(domain)) return domain.toLowerCase();
  const result = idna().toASCII(domain);
  if (result === undefined || result === '') return null;
  return result;
}

// Parses a host; returns its serialization or null on failure.
function parseHost(input, isOpaque) {
  if (input.charCodeAt(0) === 0x5B) {
    if (input.charCodeAt(input.length - 1) !== 0x5D) return null;
    const address = parseIPv6(input.slice(1, -1));
    return address === null ? null : `[${serializeIPv6(address)}]`;
  }
  if (isOpaque) {
    for (let i = 0; i < input.length; i++) {
      if (forbiddenHost.has(input.charCodeAt(i))) return null;
    }
    return percentEncodeString(input, inC0ControlSet);
  }
  const domain = input.includes('%') ? percentDecodeString(input) : input;
  const ascii = domainToASCII(domain);
  if (ascii === null) return null;
  for (let i = 0; i < ascii.length; i++) {
    if (isForbiddenDomainCodePoint(ascii.charCodeAt(i))) return null;
  }
  if (endsInANumber(ascii)) return parseIPv4(ascii);
  return ascii;
}

module.exports = {
  inC0ControlSet,
  inFragmentSet,
  inQuerySet,
  inSpecialQuerySet,
  inPathSet,
  inUserinfoSet,
  inComponentSet,
  inFormSet,
  percentEncodeCodePoint,
  percentEncodeString,
  percentDecodeBytes,
  utf8Encode,
  utf8Decode,
  toUSVString,
  parseHost,
  idna,
};
