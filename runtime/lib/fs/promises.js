'use strict';
// fs/promises (also fs.promises): every operation runs on libuv's thread
// pool through internalBinding('fs') with a request object that settles a
// promise. The callback forms of the composite operations in fs.js
// (readFile, writeFile, rm, readdir -r) reuse the functions here.

const EventEmitter = require('events');
const {
  binding, constants, pathModule, toBuffer, decode, encode, getOptions,
  getValidatedPath, parseFileMode, stringToFlags, toUnixTimestamp,
  getStatsFromBinding, Dirent, direntTypeFromMode, encodeNames, pathToString, eisdirError,
  validateInt32, fileTooLargeError, kMaxFileLength, emitRecursiveRmdirWarning,
} = require('internal/fs/utils');
const { validateBoolean } = require('internal/validators');
const { codes } = require('internal/errors');

const { S_IFMT, S_IFREG, S_IFDIR, UV_DIRENT_DIR, UV_DIRENT_LINK, UV_DIRENT_UNKNOWN } = constants;
const { ERR_INVALID_ARG_TYPE } = codes;

// Node reads files in pieces of this size so that one big file does not
// hold a thread-pool thread for long.
const kReadChunk = 512 * 1024;

// Calls binding[method](...args) in its async form.
function call(method, ...args) {
  return new Promise((resolve, reject) => {
    binding[method](...args, {
      oncomplete(err, value) {
        if (err) reject(err);
        else resolve(value);
      },
    });
  });
}

const kFd = Symbol('kFd');
const kClosePromise = Symbol('kClosePromise');

function closedError(syscall) {
  const err = new Error('file closed');
  err.code = 'EBADF';
  err.syscall = syscall;
  return err;
}

class FileHandle extends EventEmitter {
  constructor(fd) {
    super();
    this[kFd] = fd;
    this[kClosePromise] = null;
  }

  get fd() {
    return this[kFd];
  }

  #check(syscall) {
    if (this[kFd] === -1) throw closedError(syscall);
    return this[kFd];
  }

  async read(buffer, offset, length, position) {
    const fd = this.#check('read');
    if (buffer == null || !ArrayBuffer.isView(buffer)) {
      // read([options])
      const options = buffer ?? {};
      buffer = options.buffer ?? toBuffer(new Uint8Array(16384));
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = options);
    } else if (offset !== null && typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
    }
    offset ??= 0;
    length ??= buffer.byteLength - offset;
    validateInt32(offset, 'offset', 0);
    validateInt32(length, 'length', 0, buffer.byteLength - offset);
    if (length === 0) return { bytesRead: 0, buffer };
    const bytesRead = await call('read', fd, bytesOf(buffer), offset, length, position ?? -1);
    return { bytesRead, buffer };
  }

  async write(data, offsetOrPosition, lengthOrEncoding, position) {
    const fd = this.#check('write');
    if (ArrayBuffer.isView(data)) {
      let offset = offsetOrPosition;
      let length = lengthOrEncoding;
      if (offset !== null && typeof offset === 'object') ({ offset = 0, length, position = null } = offset);
      offset ??= 0;
      length ??= data.byteLength - offset;
      validateInt32(offset, 'offset', 0);
      validateInt32(length, 'length', 0, data.byteLength - offset);
      const bytesWritten = await call('writeBuffer', fd, bytesOf(data), offset, length, position ?? null);
      return { bytesWritten, buffer: data };
    }
    if (typeof data !== 'string') throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
    const bytes = encode(data, lengthOrEncoding ?? 'utf8');
    const bytesWritten = await call('writeBuffer', fd, bytes, 0, bytes.byteLength, offsetOrPosition ?? null);
    return { bytesWritten, buffer: data };
  }

  async readFile(options) {
    this.#check('read');
    return readFileHandle(this[kFd], getOptions(options, { flag: 'r' }));
  }

  async writeFile(data, options) {
    this.#check('write');
    options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
    return writeAll(this[kFd], dataBytes(data, options.encoding));
  }

  appendFile(data, options) {
    return this.writeFile(data, options);
  }

  async stat(options) {
    const fd = this.#check('fstat');
    return getStatsFromBinding(await call('fstat', fd, options?.bigint === true));
  }

  async truncate(len = 0) {
    await call('ftruncate', this.#check('ftruncate'), Math.max(0, len));
  }

  async sync() {
    await call('fsync', this.#check('fsync'));
  }

  async datasync() {
    await call('fdatasync', this.#check('fdatasync'));
  }

  async chmod(mode) {
    await call('fchmod', this.#check('fchmod'), parseFileMode(mode, 'mode'));
  }

  async chown(uid, gid) {
    await call('fchown', this.#check('fchown'), uid, gid);
  }

  async utimes(atime, mtime) {
    await call('futimes', this.#check('futime'), toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'));
  }

  close() {
    if (this[kFd] === -1) return Promise.resolve();
    if (this[kClosePromise]) return this[kClosePromise];
    const fd = this[kFd];
    this[kClosePromise] = call('close', fd).then(
      () => {
        this[kFd] = -1;
        this[kClosePromise] = null;
        this.emit('close');
      },
      (err) => {
        this[kClosePromise] = null;
        throw err;
      });
    return this[kClosePromise];
  }

  async [Symbol.asyncDispose]() {
    return this.close();
  }
}

function bytesOf(view) {
  return view instanceof Uint8Array ? view : new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function dataBytes(data, encoding) {
  if (ArrayBuffer.isView(data)) return bytesOf(data);
  if (typeof data !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  return encode(data, encoding || 'utf8');
}

async function writeAll(fd, bytes) {
  let offset = 0;
  while (offset < bytes.byteLength) {
    offset += await call('writeBuffer', fd, bytes, offset, bytes.byteLength - offset, null);
  }
}

// Reads an open file to its end, in kReadChunk pieces.
async function readFileHandle(fd, options) {
  const st = await call('fstat', fd, false);
  const size = (st[1] & S_IFMT) === S_IFREG ? st[8] : 0;
  if (size > kMaxFileLength) throw fileTooLargeError(size);
  let bytes;
  if (size > 0) {
    bytes = new Uint8Array(size);
    let total = 0;
    while (total < size) {
      const n = await call('read', fd, bytes, total, Math.min(kReadChunk, size - total), -1);
      if (n === 0) break;
      total += n;
    }
    if (total < size) bytes = bytes.subarray(0, total);
  } else {
    const chunks = [];
    let total = 0;
    for (;;) {
      const chunk = new Uint8Array(65536);
      const n = await call('read', fd, chunk, 0, chunk.length, -1);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
    }
    bytes = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.length;
    }
  }
  return options.encoding ? decode(bytes, options.encoding) : toBuffer(bytes);
}

// `path` may be a path, a FileHandle, or { fd } from the callback form.
async function readFile(path, options) {
  options = getOptions(options, { flag: 'r' });
  if (path instanceof FileHandle) return path.readFile(options);
  if (path !== null && typeof path === 'object' && typeof path.fd === 'number' && !ArrayBuffer.isView(path)) {
    return readFileHandle(path.fd, options);
  }
  path = getValidatedPath(path);
  const fd = await call('open', path, stringToFlags(options.flag ?? 'r'), 0o666);
  try {
    return await readFileHandle(fd, options);
  } finally {
    await call('close', fd);
  }
}

async function writeFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  const bytes = dataBytes(data, options.encoding);
  if (path instanceof FileHandle) return writeAll(path.fd, bytes);
  if (path !== null && typeof path === 'object' && typeof path.fd === 'number' && !ArrayBuffer.isView(path)) {
    return writeAll(path.fd, bytes);
  }
  path = getValidatedPath(path);
  const flags = stringToFlags(options.flag ?? 'w');
  const fd = await call('open', path, flags, parseFileMode(options.mode, 'mode', 0o666));
  try {
    await writeAll(fd, bytes);
    if (options.flush === true) await call('fsync', fd);
  } finally {
    await call('close', fd);
  }
}

async function appendFile(path, data, options) {
  options = { ...getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' }) };
  options.flag ||= 'a';
  return writeFile(path, data, options);
}

async function open(path, flags, mode) {
  path = getValidatedPath(path);
  const fd = await call('open', path, stringToFlags(flags), parseFileMode(mode, 'mode', 0o666));
  return new FileHandle(fd);
}

async function access(path, mode = constants.F_OK) {
  path = getValidatedPath(path);
  validateInt32(mode, 'mode', 0, 7);
  await call('access', path, mode);
}

async function stat(path, options) {
  return getStatsFromBinding(await call('stat', getValidatedPath(path), options?.bigint === true, true));
}

async function lstat(path, options) {
  return getStatsFromBinding(await call('lstat', getValidatedPath(path), options?.bigint === true, true));
}

async function readdir(path, options) {
  options = getOptions(options, {});
  path = getValidatedPath(path);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  if (options.recursive) return readdirRecursive(path, options);
  const result = await call('readdir', path, !!options.withFileTypes);
  if (!options.withFileTypes) return encodeNames(result, options.encoding);
  const parent = pathToString(path);
  const [names, types] = result;
  const out = [];
  for (let i = 0; i < names.length; i++) {
    let type = types[i];
    if (type === UV_DIRENT_UNKNOWN) {
      type = direntTypeFromMode((await call('lstat', pathModule.join(parent, names[i]), false, true))[1]);
    }
    out.push(new Dirent(encodeNames([names[i]], options.encoding)[0], type, parent));
  }
  return out;
}

// The same walk as fs.readdirSync's recursive form, one directory at a time.
async function readdirRecursive(base, options) {
  base = pathToString(base);
  const results = [];
  const queue = [base];
  for (let i = 0; i < queue.length; i++) {
    const dir = queue[i];
    const [names, types] = await call('readdir', dir, true);
    for (let j = 0; j < names.length; j++) {
      const full = pathModule.join(dir, names[j]);
      let type = types[j];
      if (type === UV_DIRENT_UNKNOWN) type = direntTypeFromMode((await call('lstat', full, false, true))[1]);
      if (options.withFileTypes) {
        results.push(new Dirent(names[j], type, dir));
        if (type === UV_DIRENT_DIR) queue.push(full);
        continue;
      }
      results.push(pathModule.relative(base, full));
      let isDir = type === UV_DIRENT_DIR;
      if (type === UV_DIRENT_LINK) {
        const st = await call('stat', full, false, true).catch(() => undefined);
        isDir = st !== undefined && (st[1] & S_IFMT) === S_IFDIR;
      }
      if (isDir) queue.push(full);
    }
  }
  return options.withFileTypes ? results : encodeNames(results, options.encoding);
}

async function mkdir(path, options) {
  path = getValidatedPath(path);
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseFileMode(options, 'mode');
  } else if (options) {
    if (options.recursive !== undefined) {
      recursive = options.recursive;
      validateBoolean(recursive, 'options.recursive');
    }
    if (options.mode !== undefined) mode = parseFileMode(options.mode, 'options.mode');
  }
  return recursive ? call('mkdirp', path, mode) : call('mkdir', path, mode);
}

async function mkdtemp(prefix, options) {
  getOptions(options, {});
  return call('mkdtemp', pathToString(getValidatedPath(prefix, 'prefix')));
}

function rmOptions(options) {
  options = options ?? {};
  if (typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
  const force = options.force ?? false;
  const recursive = options.recursive ?? false;
  validateBoolean(force, 'options.force');
  validateBoolean(recursive, 'options.recursive');
  return { force, recursive };
}

async function rm(path, options) {
  path = getValidatedPath(path);
  const { force, recursive } = rmOptions(options);
  let st;
  try {
    st = await call('lstat', path, false, true);
  } catch (err) {
    if (force && err.code === 'ENOENT') return;
    throw err;
  }
  if ((st[1] & S_IFMT) === S_IFDIR && !recursive) throw eisdirError(path);
  await rimraf(path, st);
}

// Removes a file or a whole tree; entries that vanish meanwhile are fine.
async function rimraf(path, st) {
  try {
    st ??= await call('lstat', path, false, true);
    if ((st[1] & S_IFMT) !== S_IFDIR) {
      await call('unlink', path);
      return;
    }
    const base = pathToString(path);
    for (const name of await call('readdir', path, false)) await rimraf(pathModule.join(base, name));
    await call('rmdir', path);
  } catch (err) {
    if (err.code !== 'ENOENT') throw err;
  }
}

async function rmdir(path, options) {
  path = getValidatedPath(path);
  if (options?.recursive) {
    emitRecursiveRmdirWarning();
    rmOptions({ recursive: options.recursive });
    await call('lstat', path, false, true);
    return rimraf(path);
  }
  await call('rmdir', path);
}

async function unlink(path) {
  await call('unlink', getValidatedPath(path));
}

async function rename(oldPath, newPath) {
  await call('rename', getValidatedPath(oldPath, 'oldPath'), getValidatedPath(newPath, 'newPath'));
}

async function link(existingPath, newPath) {
  await call('link', getValidatedPath(existingPath, 'existingPath'), getValidatedPath(newPath, 'newPath'));
}

async function copyFile(src, dest, mode = 0) {
  validateInt32(mode ?? 0, 'mode', 0, 7);
  await call('copyfile', getValidatedPath(src, 'src'), getValidatedPath(dest, 'dest'), mode ?? 0);
}

async function symlink(target, path, type) {
  const flags = type === 'dir' ? constants.UV_FS_SYMLINK_DIR : type === 'junction' ? constants.UV_FS_SYMLINK_JUNCTION : 0;
  await call('symlink', getValidatedPath(target, 'target'), getValidatedPath(path), flags);
}

async function readlink(path, options) {
  options = getOptions(options, {});
  return encodeNames([await call('readlink', getValidatedPath(path, 'oldPath'))], options.encoding)[0];
}

async function realpath(path, options) {
  options = getOptions(options, {});
  return encodeNames([await call('realpath', getValidatedPath(path))], options.encoding)[0];
}

async function chmod(path, mode) {
  await call('chmod', getValidatedPath(path), parseFileMode(mode, 'mode'));
}

async function chown(path, uid, gid) {
  await call('chown', getValidatedPath(path), uid, gid);
}

async function lchown(path, uid, gid) {
  await call('lchown', getValidatedPath(path), uid, gid);
}

async function utimes(path, atime, mtime) {
  await call('utimes', getValidatedPath(path), toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'));
}

async function lutimes(path, atime, mtime) {
  await call('lutimes', getValidatedPath(path), toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'));
}

async function truncate(path, len = 0) {
  const handle = await open(path, 'r+');
  try {
    await handle.truncate(len);
  } finally {
    await handle.close();
  }
}

module.exports = {
  access, appendFile, chmod, chown, copyFile, lchown, link, lstat, lutimes, mkdir, mkdtemp, open,
  readdir, readFile, readlink, realpath, rename, rm, rmdir, stat, symlink, truncate, unlink,
  utimes, writeFile, constants,
};
