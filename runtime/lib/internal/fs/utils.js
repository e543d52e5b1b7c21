'use strict';
// What fs, its callback forms and fs/promises share: argument checks with
// node's messages, flag and mode parsing, Stats, Dirent, and the bridge to
// Buffer (which may not be loaded: the binding speaks Uint8Array).

const binding = internalBinding('fs');
const { codes } = require('internal/errors');
const pathModule = require('path');

const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE } = codes;
const constants = Object.freeze({ ...binding.constants });
const {
  O_APPEND, O_CREAT, O_EXCL, O_RDONLY, O_RDWR, O_SYNC, O_TRUNC, O_WRONLY,
  S_IFMT, S_IFREG, S_IFDIR, S_IFCHR, S_IFBLK, S_IFIFO, S_IFLNK, S_IFSOCK,
  UV_DIRENT_UNKNOWN, UV_DIRENT_FILE, UV_DIRENT_DIR, UV_DIRENT_LINK, UV_DIRENT_FIFO,
  UV_DIRENT_SOCKET, UV_DIRENT_CHAR, UV_DIRENT_BLOCK,
} = constants;

// Buffer lives in another module that may not exist yet; its lazy global
// throws until then.
function getBuffer() {
  try {
    return globalThis.Buffer;
  } catch {
    return undefined;
  }
}

function toBuffer(u8) {
  const B = getBuffer();
  return B ? B.from(u8.buffer, u8.byteOffset, u8.length) : u8;
}

const kEncodings = new Map([
  ['utf8', 'utf8'], ['utf-8', 'utf8'], ['latin1', 'latin1'], ['binary', 'latin1'],
  ['ascii', 'ascii'], ['ucs2', 'utf16le'], ['ucs-2', 'utf16le'], ['utf16le', 'utf16le'],
  ['utf-16le', 'utf16le'], ['hex', 'hex'], ['base64', 'base64'], ['base64url', 'base64url'],
]);

function normalizeEncoding(encoding) {
  if (encoding == null || encoding === 'buffer') return encoding;
  return kEncodings.get(`${encoding}`.toLowerCase());
}

function assertEncoding(encoding) {
  if (encoding && encoding !== 'buffer' && !normalizeEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
  }
}

// Bytes to a string in one of node's encodings.
function decode(u8, encoding) {
  const B = getBuffer();
  if (B) return toBuffer(u8).toString(encoding);
  const enc = normalizeEncoding(encoding);
  if (enc === 'utf8' || enc === 'latin1') return binding.decode(u8, enc);
  if (enc === 'ascii') return binding.decode(u8.map((b) => b & 0x7f), 'latin1');
  if (enc === 'hex') return Array.from(u8, (b) => b.toString(16).padStart(2, '0')).join('');
  if (enc === 'utf16le') {
    let out = '';
    for (let i = 0; i + 1 < u8.length; i += 2) out += String.fromCharCode(u8[i] | (u8[i + 1] << 8));
    return out;
  }
  if (enc === 'base64' || enc === 'base64url') {
    const text = btoa(binding.decode(u8, 'latin1'));
    return enc === 'base64' ? text : text.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }
  return binding.decode(u8, 'utf8');
}

// A string to bytes in one of node's encodings.
function encode(string, encoding) {
  const B = getBuffer();
  if (B) return B.from(string, encoding);
  const enc = normalizeEncoding(encoding) || 'utf8';
  if (enc === 'utf8' || enc === 'latin1') return binding.encodeString(string, enc);
  if (enc === 'ascii') return binding.encodeString(string, 'latin1');
  if (enc === 'hex') {
    const out = new Uint8Array(string.length >> 1);
    for (let i = 0; i < out.length; i++) {
      const byte = parseInt(string.substr(i * 2, 2), 16);
      if (Number.isNaN(byte)) return out.subarray(0, i);
      out[i] = byte;
    }
    return out;
  }
  if (enc === 'utf16le') {
    const out = new Uint8Array(string.length * 2);
    for (let i = 0; i < string.length; i++) {
      const c = string.charCodeAt(i);
      out[i * 2] = c & 0xff;
      out[i * 2 + 1] = c >> 8;
    }
    return out;
  }
  const raw = atob(string.replace(/-/g, '+').replace(/_/g, '/').replace(/[^A-Za-z0-9+/]/g, ''));
  return binding.encodeString(raw, 'latin1');
}

function isUint8Array(value) {
  return value instanceof Uint8Array;
}

function getOptions(options, defaults) {
  if (options == null || typeof options === 'function') return defaults;
  if (typeof options === 'string') {
    defaults = { ...defaults };
    defaults.encoding = options;
    options = defaults;
  } else if (typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  }
  if (options.encoding !== 'buffer') assertEncoding(options.encoding);
  return options;
}

// file: URLs become paths through the url module (its checks give node's
// ERR_INVALID_FILE_URL_* errors).
function toPathIfFileURL(value) {
  if (value == null || typeof value !== 'object' || typeof value.href !== 'string' || value.protocol === undefined) {
    return value;
  }
  return require('internal/url').toPathIfFileURL(value);
}

// A path argument: a string, a Uint8Array (Buffer) or a file: URL, without
// NUL bytes. Strings are returned as given, so errors can show them.
function getValidatedPath(path, name = 'path') {
  path = toPathIfFileURL(path);
  if (typeof path !== 'string' && !isUint8Array(path)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'URL'], path);
  }
  const hasNul = typeof path === 'string' ? path.includes('\u0000') : path.includes(0);
  if (hasNul) {
    throw new ERR_INVALID_ARG_VALUE(name, path, 'must be a string, Uint8Array, or URL without null bytes');
  }
  return path;
}

function validateInt32(value, name, min = -2147483648, max = 2147483647) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

function validateUint32(value, name) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < 0 || value > 4294967295) throw new ERR_OUT_OF_RANGE(name, '>= 0 && <= 4294967295', value);
}

function getValidatedFd(fd, name = 'fd') {
  if (Object.is(fd, -0)) return 0;
  validateInt32(fd, name, 0);
  return fd;
}

function parseFileMode(value, name, def) {
  value ??= def;
  if (typeof value === 'string') {
    if (!/^[0-7]+$/.test(value)) {
      throw new ERR_INVALID_ARG_VALUE(name, value, 'must be a 32-bit unsigned integer or an octal string');
    }
    value = parseInt(value, 8);
  }
  validateUint32(value, name);
  return value;
}

const kFlags = new Map([
  ['r', O_RDONLY], ['rs', O_RDONLY | O_SYNC], ['sr', O_RDONLY | O_SYNC],
  ['r+', O_RDWR], ['rs+', O_RDWR | O_SYNC], ['sr+', O_RDWR | O_SYNC],
  ['w', O_TRUNC | O_CREAT | O_WRONLY], ['wx', O_TRUNC | O_CREAT | O_WRONLY | O_EXCL],
  ['xw', O_TRUNC | O_CREAT | O_WRONLY | O_EXCL],
  ['w+', O_TRUNC | O_CREAT | O_RDWR], ['wx+', O_TRUNC | O_CREAT | O_RDWR | O_EXCL],
  ['xw+', O_TRUNC | O_CREAT | O_RDWR | O_EXCL],
  ['a', O_APPEND | O_CREAT | O_WRONLY], ['ax', O_APPEND | O_CREAT | O_WRONLY | O_EXCL],
  ['xa', O_APPEND | O_CREAT | O_WRONLY | O_EXCL], ['as', O_APPEND | O_CREAT | O_WRONLY | O_SYNC],
  ['sa', O_APPEND | O_CREAT | O_WRONLY | O_SYNC],
  ['a+', O_APPEND | O_CREAT | O_RDWR], ['ax+', O_APPEND | O_CREAT | O_RDWR | O_EXCL],
  ['xa+', O_APPEND | O_CREAT | O_RDWR | O_EXCL], ['as+', O_APPEND | O_CREAT | O_RDWR | O_SYNC],
  ['sa+', O_APPEND | O_CREAT | O_RDWR | O_SYNC],
]);

function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') return flags;
  if (flags == null) return O_RDONLY;
  const value = kFlags.get(flags);
  if (value === undefined) throw new ERR_INVALID_ARG_VALUE(name, flags);
  return value;
}

// Seconds since the epoch, from a Date, a number or a numeric string.
function toUnixTimestamp(time, name = 'time') {
  if (typeof time === 'string' && +time == time) return +time;
  if (Number.isFinite(time)) return time < 0 ? Date.now() / 1000 : time;
  if (time instanceof Date) return time.getTime() / 1000;
  throw new ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time);
}

// Stats: mode tests shared by the number and bigint forms.
class StatsBase {
  isDirectory() { return this._checkModeProperty(S_IFDIR); }
  isFile() { return this._checkModeProperty(S_IFREG); }
  isBlockDevice() { return this._checkModeProperty(S_IFBLK); }
  isCharacterDevice() { return this._checkModeProperty(S_IFCHR); }
  isSymbolicLink() { return this._checkModeProperty(S_IFLNK); }
  isFIFO() { return this._checkModeProperty(S_IFIFO); }
  isSocket() { return this._checkModeProperty(S_IFSOCK); }
}

function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  Object.assign(this, { dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, atimeMs, mtimeMs, ctimeMs, birthtimeMs });
  this.atime = new Date(Math.round(atimeMs));
  this.mtime = new Date(Math.round(mtimeMs));
  this.ctime = new Date(Math.round(ctimeMs));
  this.birthtime = new Date(Math.round(birthtimeMs));
}
Object.setPrototypeOf(Stats.prototype, StatsBase.prototype);
Stats.prototype._checkModeProperty = function(property) {
  return (this.mode & S_IFMT) === property;
};

function BigIntStats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, atimeNs, mtimeNs, ctimeNs, birthtimeNs) {
  Object.assign(this, { dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks });
  this.atimeMs = atimeNs / 1000000n;
  this.mtimeMs = mtimeNs / 1000000n;
  this.ctimeMs = ctimeNs / 1000000n;
  this.birthtimeMs = birthtimeNs / 1000000n;
  Object.assign(this, { atimeNs, mtimeNs, ctimeNs, birthtimeNs });
  this.atime = new Date(Number(this.atimeMs));
  this.mtime = new Date(Number(this.mtimeMs));
  this.ctime = new Date(Number(this.ctimeMs));
  this.birthtime = new Date(Number(this.birthtimeMs));
}
Object.setPrototypeOf(BigIntStats.prototype, StatsBase.prototype);
BigIntStats.prototype._checkModeProperty = function(property) {
  return (this.mode & BigInt(S_IFMT)) === BigInt(property);
};

// The binding's flat array (see runtime/src/fs.cc) to a Stats object.
function getStatsFromBinding(a) {
  if (a === undefined) return undefined;
  if (a instanceof BigInt64Array) {
    const ns = (i) => a[i] * 1000000000n + a[i + 1];
    return new BigIntStats(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], ns(10), ns(12), ns(14), ns(16));
  }
  const ms = (i) => a[i] * 1e3 + a[i + 1] / 1e6;
  return new Stats(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], ms(10), ms(12), ms(14), ms(16));
}

const kType = Symbol('type');

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = type;
  }
  isDirectory() { return this[kType] === UV_DIRENT_DIR; }
  isFile() { return this[kType] === UV_DIRENT_FILE; }
  isBlockDevice() { return this[kType] === UV_DIRENT_BLOCK; }
  isCharacterDevice() { return this[kType] === UV_DIRENT_CHAR; }
  isSymbolicLink() { return this[kType] === UV_DIRENT_LINK; }
  isFIFO() { return this[kType] === UV_DIRENT_FIFO; }
  isSocket() { return this[kType] === UV_DIRENT_SOCKET; }
}

// A Dirent's type from lstat's mode, for file systems whose readdir does not
// report types.
function direntTypeFromMode(mode) {
  switch (mode & S_IFMT) {
    case S_IFREG: return UV_DIRENT_FILE;
    case S_IFDIR: return UV_DIRENT_DIR;
    case S_IFLNK: return UV_DIRENT_LINK;
    case S_IFIFO: return UV_DIRENT_FIFO;
    case S_IFSOCK: return UV_DIRENT_SOCKET;
    case S_IFCHR: return UV_DIRENT_CHAR;
    case S_IFBLK: return UV_DIRENT_BLOCK;
    default: return UV_DIRENT_UNKNOWN;
  }
}

// node's internal getDirents/getDirent, which its tests reach with
// --expose-internals: Dirents from readdir's [names, types], an unknown type
// found with lstat (asynchronously when a callback is given). A string or
// Buffer parent joins a string or Buffer name as node's join() does.
function joinDirentPath(parent, name) {
  const B = getBuffer();
  if (typeof parent === 'string' && typeof name === 'string') return pathModule.join(parent, name);
  if (typeof parent === 'string' && name instanceof Uint8Array) {
    return B.concat([B.from(pathModule.join(parent, pathModule.sep)), name]);
  }
  if (parent instanceof Uint8Array && name instanceof Uint8Array) return B.concat([parent, B.from(pathModule.sep), name]);
  throw new codes.ERR_INVALID_ARG_TYPE('path', ['string', 'Buffer'], parent);
}

function getDirent(path, name, type, callback) {
  if (typeof callback !== 'function') {
    if (type !== UV_DIRENT_UNKNOWN) return new Dirent(name, type, path);
    const mode = require('fs').lstatSync(joinDirentPath(path, name)).mode;
    return new Dirent(name, direntTypeFromMode(mode), path);
  }
  if (type !== UV_DIRENT_UNKNOWN) {
    callback(null, new Dirent(name, type, path));
    return;
  }
  let full;
  try {
    full = joinDirentPath(path, name);
  } catch (err) {
    callback(err);
    return;
  }
  require('fs').lstat(full, (err, stats) => {
    if (err) callback(err);
    else callback(null, new Dirent(name, direntTypeFromMode(stats.mode), path));
  });
}

function getDirents(path, { 0: names, 1: types }, callback) {
  if (typeof callback !== 'function') {
    for (let i = 0; i < names.length; i++) names[i] = getDirent(path, names[i], types[i]);
    return names;
  }
  let pending = 0;
  let done = false;
  const finish = (err) => {
    if (done) return;
    if (err || pending === 0) {
      done = true;
      callback(err || null, err ? undefined : names);
    }
  };
  for (let i = 0; i < names.length && !done; i++) {
    if (types[i] !== UV_DIRENT_UNKNOWN) {
      names[i] = new Dirent(names[i], types[i], path);
      continue;
    }
    pending++;
    getDirent(path, names[i], types[i], (err, dirent) => {
      pending--;
      if (!err) names[i] = dirent;
      finish(err);
    });
  }
  if (pending === 0) finish();
}

// readdir's names in the requested encoding ('buffer' gives Buffers).
function encodeNames(names, encoding) {
  if (!encoding || (normalizeEncoding(encoding) === 'utf8' && typeof names[0] === 'string')) return names;
  return names.map((name) => {
    const bytes = typeof name === 'string' ? binding.encodeString(name, 'utf8') : name;
    return encoding === 'buffer' ? toBuffer(bytes) : decode(bytes, encoding);
  });
}

// Whether names must come from the binding as raw bytes to be encoded.
function wantsBytes(encoding) {
  return encoding != null && normalizeEncoding(encoding) !== 'utf8';
}

// A path's string form for joins (a Buffer path is utf8).
function pathToString(path) {
  return typeof path === 'string' ? path : binding.decode(path, 'utf8');
}

// parent + '/' + name as bytes: rm -r walks trees by raw names so that names
// that are not valid UTF-8 are removed too.
function joinBytes(parent, name) {
  const head = typeof parent === 'string' ? binding.encodeString(parent, 'utf8') : parent;
  const out = new Uint8Array(head.length + 1 + name.length);
  out.set(head, 0);
  out[head.length] = 0x2f;
  out.set(name, head.length + 1);
  return out;
}

// ERR_FS_EISDIR, node's SystemError for rm on a directory without
// `recursive`.
function eisdirError(path) {
  const errno = -internalBinding('uv').UV_EISDIR;
  return new codes.ERR_FS_EISDIR({ code: 'EISDIR', message: 'is a directory', path, syscall: 'rm', errno });
}

function fileTooLargeError(size) {
  return new codes.ERR_FS_FILE_TOO_LARGE(size);
}

function validateOffsetLengthRead(offset, length, bufferLength) {
  if (offset < 0) throw new ERR_OUT_OF_RANGE('offset', '>= 0', offset);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  if (offset + length > bufferLength) throw new ERR_OUT_OF_RANGE('length', `<= ${bufferLength - offset}`, length);
}

function validateOffsetLengthWrite(offset, length, byteLength) {
  if (offset > byteLength) throw new ERR_OUT_OF_RANGE('offset', `<= ${byteLength}`, offset);
  if (length > byteLength - offset) throw new ERR_OUT_OF_RANGE('length', `<= ${byteLength - offset}`, length);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  validateInt32(length, 'length', 0);
}

const kMaxFileLength = 2 ** 31 - 1;

// mkdtemp() templates ending in X behave differently across platforms;
// node warns once per process.
let nonPortableTemplateWarned = false;
function warnOnNonPortableTemplate(template) {
  if (nonPortableTemplateWarned) return;
  const last = typeof template === 'string' ? template[template.length - 1] : template[template.length - 1] === 0x58 && 'X';
  if (last !== 'X') return;
  nonPortableTemplateWarned = true;
  process.emitWarning('mkdtemp() templates ending with X are not portable. For details see: https://nodejs.org/api/fs.html');
}

// rm() and rmdir() options, with node's defaults and checks; the retry
// settings are validated though removal never needs to retry on POSIX.
const defaultRmdirOptions = { retryDelay: 100, maxRetries: 0, recursive: false };
const defaultRmOptions = { recursive: false, force: false, retryDelay: 100, maxRetries: 0 };

function validateRmdirOptions(options, defaults = defaultRmdirOptions) {
  if (options === undefined) return { ...defaults };
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
  }
  options = { ...defaults, ...options };
  if (typeof options.recursive !== 'boolean') {
    throw new ERR_INVALID_ARG_TYPE('options.recursive', 'boolean', options.recursive);
  }
  validateInt32(options.retryDelay, 'options.retryDelay', 0);
  validateUint32(options.maxRetries, 'options.maxRetries');
  return options;
}

function validateRmOptions(options) {
  options = validateRmdirOptions(options, defaultRmOptions);
  if (typeof options.force !== 'boolean') throw new ERR_INVALID_ARG_TYPE('options.force', 'boolean', options.force);
  return options;
}

// The synchronous check rmSync() makes before removing anything: a
// directory needs `recursive`; with `expectDir`, false means "not a
// directory" (rmdir's recursive form then falls back to a plain rmdir).
function validateRmOptionsSync(path, options, expectDir) {
  options = validateRmOptions(options);
  if (!options.force || expectDir || !options.recursive) {
    const st = binding.lstat(path, false, !options.force);
    const isDir = st !== undefined && (st[1] & S_IFMT) === S_IFDIR;
    if (expectDir && !isDir) return false;
    if (isDir && !options.recursive) throw eisdirError(path);
  }
  return options;
}

let recursiveRmdirWarned = false;
function emitRecursiveRmdirWarning() {
  if (recursiveRmdirWarned) return;
  recursiveRmdirWarned = true;
  process.emitWarning(
    'In future versions of Node.js, fs.rmdir(path, { recursive: true }) will be removed. Use fs.rm(path, { recursive: true }) instead',
    'DeprecationWarning', 'DEP0147');
}

// The request object of an fs/promises call: settles its promise when the
// binding completes. A class of its own so that getActiveResourcesInfo()
// names it as node does.
// oncomplete is the instance's own closure: callers (node's tests) wrap it
// and call it unbound.
class FSReqPromise {
  constructor(resolve, reject) {
    this.oncomplete = (err, value) => {
      if (err) reject(err);
      else resolve(value);
    };
  }
}

module.exports = {
  FSReqPromise,
  getDirent,
  getDirents,
  binding,
  constants,
  pathModule,
  getBuffer,
  toBuffer,
  decode,
  encode,
  isUint8Array,
  normalizeEncoding,
  assertEncoding,
  getOptions,
  getValidatedPath,
  getValidatedFd,
  validateInt32,
  validateUint32,
  parseFileMode,
  stringToFlags,
  toUnixTimestamp,
  Stats,
  BigIntStats,
  getStatsFromBinding,
  Dirent,
  kType,
  direntTypeFromMode,
  encodeNames,
  pathToString,
  joinBytes,
  wantsBytes,
  eisdirError,
  fileTooLargeError,
  kMaxFileLength,
  emitRecursiveRmdirWarning,
  warnOnNonPortableTemplate,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validateRmdirOptions,
  validateRmOptions,
  validateRmOptionsSync,
};
