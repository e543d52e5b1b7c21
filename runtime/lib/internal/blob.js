'use strict';

// Blob and File (the web's immutable byte containers) and the registry
// behind `blob:nodedata:` object URLs. A Blob copies its sources once into
// a single byte array; slices share that array, which is safe because no
// API can change a Blob's bytes.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_THIS,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { FastBuffer } = require('internal/buffer');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kNewBlob = Symbol('kNewBlob');

let utilInspect;
function inspect(value, options) {
  if (utilInspect === undefined)
    utilInspect = require('util').inspect;
  return utilInspect(value, options);
}

// Type strings outside printable ASCII are dropped; others are lowercased.
function normalizeType(type) {
  type = `${type}`;
  return /[^\u0020-\u007E]/.test(type) ? '' : type.toLowerCase();
}

function encodeText(string, endings) {
  if (endings === 'native')
    string = string.replace(/\r?\n|\r/g, '\n');
  // Required lazily: buffer.js loads this file while it is being set up.
  return require('buffer').Buffer.from(string, 'utf8');
}

function relativeIndex(value, size) {
  value = Math.trunc(+value) || 0;
  if (value < 0)
    return Math.max(size + value, 0);
  return Math.min(value, size);
}

class Blob {
  #bytes;
  #type;

  constructor(sources = [], options) {
    if (sources === kNewBlob) {
      // Internal construction by slice(): `options` is [bytes, type].
      this.#bytes = options[0];
      this.#type = options[1];
      return;
    }
    if (sources === null || typeof sources === 'string' ||
        typeof sources[Symbol.iterator] !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('sources', 'a sequence', sources);
    }
    if (options !== undefined && options !== null &&
        typeof options !== 'object' && typeof options !== 'function')
      throw new ERR_INVALID_ARG_TYPE('options', 'a dictionary', options);
    const { endings = 'transparent', type = '' } = options ?? {};
    if (endings !== 'transparent' && endings !== 'native')
      throw new ERR_INVALID_ARG_VALUE('options.endings', endings);
    const parts = [];
    let length = 0;
    for (const source of sources) {
      const bytes = Blob.#partBytes(source, endings);
      parts.push(bytes);
      length += bytes.byteLength;
    }
    const bytes = new Uint8Array(length);
    let offset = 0;
    for (const part of parts) {
      bytes.set(part, offset);
      offset += part.byteLength;
    }
    this.#bytes = bytes;
    this.#type = normalizeType(type);
  }

  static #check(value) {
    if (value === null || typeof value !== 'object' || !(#bytes in value))
      throw new ERR_INVALID_THIS('Blob');
  }

  // Turns one constructor part into the bytes it stands for.
  static #partBytes(source, endings) {
    if (source instanceof Blob && #bytes in source)
      return source.#bytes;
    if (ArrayBuffer.isView(source)) {
      return new Uint8Array(source.buffer, source.byteOffset,
                            source.byteLength);
    }
    const tag = Object.prototype.toString.call(source);
    if (tag === '[object ArrayBuffer]' ||
        tag === '[object SharedArrayBuffer]')
      return new Uint8Array(source);
    return encodeText(`${source}`, endings);
  }

  get type() {
    Blob.#check(this);
    return this.#type;
  }

  get size() {
    Blob.#check(this);
    return this.#bytes.byteLength;
  }

  slice(start = 0, end = undefined, contentType = '') {
    Blob.#check(this);
    const size = this.#bytes.byteLength;
    const from = relativeIndex(start, size);
    const to = end === undefined ? size : relativeIndex(end, size);
    const span = Math.max(to - from, 0);
    return new Blob(kNewBlob, [this.#bytes.subarray(from, from + span),
                               normalizeType(contentType)]);
  }

  arrayBuffer() {
    if (this === null || typeof this !== 'object' || !(#bytes in this))
      return Promise.reject(new ERR_INVALID_THIS('Blob'));
    const bytes = this.#bytes;
    return Promise.resolve(bytes.buffer.slice(
      bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  }

  bytes() {
    return this.arrayBuffer().then((ab) => new Uint8Array(ab));
  }

  text() {
    if (this === null || typeof this !== 'object' || !(#bytes in this))
      return Promise.reject(new ERR_INVALID_THIS('Blob'));
    const bytes = this.#bytes;
    const buf = new FastBuffer(bytes.buffer, bytes.byteOffset,
                               bytes.byteLength);
    // UTF-8 decoding as TextDecoder does it: a leading BOM is dropped.
    let text = buf.toString('utf8');
    if (text.charCodeAt(0) === 0xFEFF)
      text = text.slice(1);
    return Promise.resolve(text);
  }

  // A byte stream over a copy of the contents; it needs the WHATWG streams
  // module ('stream/web'), which is loaded on first use.
  stream() {
    Blob.#check(this);
    const { ReadableStream } = require('stream/web');
    const bytes = this.#bytes.slice();
    let offset = 0;
    const chunk = 65536;
    return new ReadableStream({
      type: 'bytes',
      pull(controller) {
        if (offset >= bytes.byteLength) {
          controller.close();
          return;
        }
        const end = Math.min(offset + chunk, bytes.byteLength);
        controller.enqueue(bytes.slice(offset, end));
        offset = end;
        if (offset >= bytes.byteLength)
          controller.close();
      },
    });
  }

  [kInspect](depth, options) {
    // Past the depth limit util.inspect shows just the class name.
    if (depth < 0)
      return `[${this.constructor.name}]`;
    const opts = {
      ...options,
      depth: options.depth == null ? null : options.depth - 1,
    };
    return `Blob ${inspect({ size: this.size, type: this.type }, opts)}`;
  }
}

class File extends Blob {
  #name;
  #lastModified;

  constructor(fileBits, fileName, options = {}) {
    if (arguments.length < 2)
      throw new ERR_MISSING_ARGS('fileBits', 'fileName');
    super(fileBits, options);
    let { lastModified } = options ?? {};
    if (lastModified !== undefined) {
      // Junk that converts to NaN means the epoch, as in node.
      lastModified = +lastModified;
      if (Number.isNaN(lastModified))
        lastModified = 0;
    } else {
      lastModified = Date.now();
    }
    this.#name = `${fileName}`;
    this.#lastModified = lastModified;
  }

  // Like node's, these throw V8's own TypeError on a foreign receiver.
  get name() {
    return this.#name;
  }

  get lastModified() {
    return this.#lastModified;
  }

  [kInspect](depth, options) {
    // Past the depth limit util.inspect shows just the class name.
    if (depth < 0)
      return `[${this.constructor.name}]`;
    const opts = {
      ...options,
      depth: options.depth == null ? null : options.depth - 1,
    };
    return `File ${inspect({
      size: this.size,
      type: this.type,
      name: this.#name,
      lastModified: this.#lastModified,
    }, opts)}`;
  }
}

// node lists the accessors and methods as enumerable on the prototypes.
for (const [klass, names] of [
  [Blob, ['size', 'type', 'slice', 'arrayBuffer', 'bytes', 'text', 'stream']],
  [File, ['name', 'lastModified']],
]) {
  for (const name of names) {
    const desc = Object.getOwnPropertyDescriptor(klass.prototype, name);
    desc.enumerable = true;
    Object.defineProperty(klass.prototype, name, desc);
  }
  Object.defineProperty(klass.prototype, Symbol.toStringTag, {
    __proto__: null, value: klass.name, configurable: true,
  });
}

// ---- blob:nodedata: URLs (URL.createObjectURL and buffer.resolveObjectURL).

const objectURLs = new Map();

function randomId() {
  const hex = [];
  for (let i = 0; i < 32; i++)
    hex.push(Math.floor(Math.random() * 16).toString(16));
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-4${s.slice(13, 16)}-` +
    `${(8 + Math.floor(Math.random() * 4)).toString(16)}${s.slice(17, 20)}-` +
    `${s.slice(20)}`;
}

function createObjectURL(blob) {
  if (!(blob instanceof Blob))
    throw new ERR_INVALID_ARG_TYPE('obj', 'Blob', blob);
  const id = randomId();
  objectURLs.set(id, blob);
  return `blob:nodedata:${id}`;
}

// Returns the id of a blob:nodedata: URL, ignoring query and fragment.
function objectURLId(url) {
  url = `${url}`;
  if (!url.startsWith('blob:'))
    return undefined;
  const path = url.slice(5).split(/[?#]/)[0];
  const split = path.split(':');
  if (split.length !== 2 || split[0] !== 'nodedata')
    return undefined;
  return split[1];
}

function revokeObjectURL(url) {
  const id = objectURLId(url);
  if (id !== undefined)
    objectURLs.delete(id);
}

function resolveObjectURL(url) {
  const id = objectURLId(url);
  if (id === undefined)
    return undefined;
  const blob = objectURLs.get(id);
  return blob === undefined ? undefined : blob.slice(0, blob.size, blob.type);
}

module.exports = {
  Blob,
  File,
  createObjectURL,
  revokeObjectURL,
  resolveObjectURL,
};
