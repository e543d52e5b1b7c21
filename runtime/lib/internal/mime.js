'use strict';

// util.MIMEType and util.MIMEParams: the WHATWG MIME Sniffing "parse a MIME
// type" and "serialize a MIME type" algorithms. Parameters are parsed only
// when first used.

const {
  codes: { ERR_INVALID_MIME_SYNTAX },
} = require('internal/errors');

const notTokenChar = /[^!#$%&'*+\-.^_`|~A-Za-z0-9]/;
const notQuotedStringChar = /[^\t\u0020-~\u0080-\u00FF]/;
const httpWhitespace = new Set(['\r', '\n', '\t', ' ']);

// Index of the first character that is not allowed, or -1.
function firstInvalid(str, pattern) {
  const m = pattern.exec(str);
  return m === null ? -1 : m.index;
}

// Lowercases A-Z only (no locale or Unicode case mapping).
function asciiLower(str) {
  return str.replace(/[A-Z]+/g, (s) => s.toLowerCase());
}

function skipWhitespace(str, position) {
  while (position < str.length && httpWhitespace.has(str[position])) position++;
  return position;
}

function trimTrailingWhitespace(str) {
  let end = str.length;
  while (end > 0 && httpWhitespace.has(str[end - 1])) end--;
  return str.slice(0, end);
}

// Parses "type/subtype" and returns [type, subtype, position after the
// subtype and its ';'].
function parseTypeAndSubtype(str) {
  let position = skipWhitespace(str, 0);
  const slash = str.indexOf('/', position);
  const type = slash === -1 ? str.slice(position) : str.slice(position, slash);
  const badType = firstInvalid(type, notTokenChar);
  if (type === '' || badType !== -1 || slash === -1) throw new ERR_INVALID_MIME_SYNTAX('type', str, badType);
  position = slash + 1;
  const semicolon = str.indexOf(';', position);
  const rawSubtype = semicolon === -1 ? str.slice(position) : str.slice(position, semicolon);
  position += rawSubtype.length + (semicolon === -1 ? 0 : 1);
  const subtype = trimTrailingWhitespace(rawSubtype);
  const badSubtype = firstInvalid(subtype, notTokenChar);
  if (subtype === '' || badSubtype !== -1) throw new ERR_INVALID_MIME_SYNTAX('subtype', str, badSubtype);
  return [asciiLower(type), asciiLower(subtype), position];
}

// Collects an HTTP quoted string starting after its opening quote:
// backslash escapes, and an unterminated string runs to the end.
function collectQuoted(str, position) {
  let value = '';
  while (position < str.length) {
    const c = str[position];
    if (c === '"') return [value, position + 1];
    if (c === '\\') {
      if (position + 1 >= str.length) return [`${value}\\`, position + 1];
      value += str[position + 1];
      position += 2;
      continue;
    }
    value += c;
    position++;
  }
  return [value, position];
}

function parseParameters(str, map) {
  const end = trimTrailingWhitespace(str).length;
  let position = 0;
  while (position < end) {
    position = skipWhitespace(str, position);
    let nameEnd = position;
    while (nameEnd < str.length && str[nameEnd] !== ';' && str[nameEnd] !== '=') nameEnd++;
    const name = asciiLower(str.slice(position, nameEnd));
    position = nameEnd;
    if (position < end) {
      const c = str[position++];
      if (c === ';') continue;
    }
    if (position >= end) break;
    let value;
    if (str[position] === '"') {
      [value, position] = collectQuoted(str, position + 1);
    } else {
      const next = str.indexOf(';', position);
      const raw = next === -1 ? str.slice(position) : str.slice(position, next);
      position += raw.length;
      value = trimTrailingWhitespace(raw);
      if (value === '') continue;
    }
    if (name !== '' && firstInvalid(name, notTokenChar) === -1 &&
        firstInvalid(value, notQuotedStringChar) === -1 && !map.has(name)) {
      map.set(name, value);
    }
    position++;
  }
}

function serializeValue(value) {
  if (value.length === 0) return '""';
  if (firstInvalid(value, notTokenChar) === -1) return value;
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

const kUnparsed = Symbol('unparsed');

class MIMEParams {
  #data = new Map();
  #source = null;

  // Parses the source text the first time the parameters are used.
  #ensureParsed() {
    if (this.#source === null) return;
    const source = this.#source;
    this.#source = null;
    parseParameters(source, this.#data);
  }

  static [kUnparsed](instance, source) {
    instance.#source = source;
    return instance;
  }

  delete(name) {
    this.#ensureParsed();
    this.#data.delete(name);
  }

  get(name) {
    this.#ensureParsed();
    return this.#data.has(name) ? this.#data.get(name) : null;
  }

  has(name) {
    this.#ensureParsed();
    return this.#data.has(name);
  }

  set(name, value) {
    this.#ensureParsed();
    name = `${name}`;
    value = `${value}`;
    const badName = firstInvalid(name, notTokenChar);
    if (name.length === 0 || badName !== -1) throw new ERR_INVALID_MIME_SYNTAX('parameter name', name, badName);
    const badValue = firstInvalid(value, notQuotedStringChar);
    if (badValue !== -1) throw new ERR_INVALID_MIME_SYNTAX('parameter value', value, badValue);
    this.#data.set(name, value);
  }

  *entries() {
    this.#ensureParsed();
    yield* this.#data.entries();
  }

  *keys() {
    this.#ensureParsed();
    yield* this.#data.keys();
  }

  *values() {
    this.#ensureParsed();
    yield* this.#data.values();
  }

  toString() {
    this.#ensureParsed();
    const parts = [];
    for (const [key, value] of this.#data) parts.push(`${key}=${serializeValue(value)}`);
    return parts.join(';');
  }
}
const paramsToString = MIMEParams.prototype.toString;
const makeUnparsedParams = MIMEParams[kUnparsed];
delete MIMEParams[kUnparsed];
Object.defineProperty(MIMEParams.prototype, Symbol.iterator, {
  configurable: true, writable: true, value: MIMEParams.prototype.entries,
});
Object.defineProperty(MIMEParams.prototype, 'toJSON', {
  configurable: true, writable: true, value: paramsToString,
});

class MIMEType {
  #type;
  #subtype;
  #parameters;

  constructor(string) {
    string = `${string}`;
    const [type, subtype, position] = parseTypeAndSubtype(string);
    this.#type = type;
    this.#subtype = subtype;
    this.#parameters = makeUnparsedParams(new MIMEParams(), string.slice(position));
  }

  get type() {
    return this.#type;
  }

  set type(v) {
    v = `${v}`;
    const bad = firstInvalid(v, notTokenChar);
    if (v.length === 0 || bad !== -1) throw new ERR_INVALID_MIME_SYNTAX('type', v, bad);
    this.#type = asciiLower(v);
  }

  get subtype() {
    return this.#subtype;
  }

  set subtype(v) {
    v = `${v}`;
    const bad = firstInvalid(v, notTokenChar);
    if (v.length === 0 || bad !== -1) throw new ERR_INVALID_MIME_SYNTAX('subtype', v, bad);
    this.#subtype = asciiLower(v);
  }

  get essence() {
    return `${this.#type}/${this.#subtype}`;
  }

  get params() {
    return this.#parameters;
  }

  toString() {
    const params = paramsToString.call(this.#parameters);
    return `${this.#type}/${this.#subtype}${params.length ? `;${params}` : ''}`;
  }
}
Object.defineProperty(MIMEType.prototype, 'toJSON', {
  configurable: true, writable: true, value: MIMEType.prototype.toString,
});

module.exports = { MIMEParams, MIMEType };
