'use strict';
// fs/promises (also fs.promises): every operation runs on libuv's thread
// pool through internalBinding('fs') with a request object that settles a
// promise. The callback forms of the composite operations in fs.js
// (readFile, writeFile, rm, readdir -r) reuse the functions here.

const EventEmitter = require('events');
const {
  binding, constants, pathModule, toBuffer, decode, encode, getOptions,
  getValidatedPath, parseFileMode, stringToFlags, toUnixTimestamp,
  getStatsFromBinding, Dirent, direntTypeFromMode, encodeNames, pathToString, joinBytes, wantsBytes, eisdirError,
  validateInt32, fileTooLargeError, FSReqPromise, kMaxFileLength, emitRecursiveRmdirWarning, validateOffsetLengthRead, warnOnNonPortableTemplate,
} = require('internal/fs/utils');
const {
  validateBoolean, validateBuffer, validateInteger, validateObject, kValidateObjectAllowNullable, validateAbortSignal,
} = require('internal/validators');
const { codes, AbortError, aggregateTwoErrors } = require('internal/errors');

const { S_IFMT, S_IFREG, S_IFDIR, UV_DIRENT_DIR, UV_DIRENT_LINK, UV_DIRENT_UNKNOWN } = constants;
const { ERR_INVALID_ARG_TYPE } = codes;

// Node reads files in pieces of this size so that one big file does not
// hold a thread-pool thread for long.
const kReadChunk = 512 * 1024;

// Calls binding[method](...args) in its async form.
function call(method, ...args) {
  return new Promise((resolve, reject) => {
    binding[method](...args, new FSReqPromise(resolve, reject));
  });
}

const kFd = Symbol('kFd');
const kClosePromise = Symbol('kClosePromise');
const kPending = Symbol('kPending');
const kIdle = Symbol('kIdle');

function closedError(syscall) {
  const err = new Error('file closed');
  err.code = 'EBADF';
  err.syscall = syscall;
  return err;
}

// A FileHandle collected while open closes its descriptor, with node's
// warnings: leaking descriptors is a bug worth being noisy about.
let gcWarned = false;
const collector = new FinalizationRegistry((fd) => {
  try {
    binding.close(fd);
  } catch {
    return;
  }
  setImmediate(() => {
    process.emitWarning(`Closing file descriptor ${fd} on garbage collection`);
    if (gcWarned) return;
    gcWarned = true;
    process.emitWarning('Closing a FileHandle object on garbage collection is deprecated. ' +
      'Please close FileHandle objects explicitly using FileHandle.prototype.close(). ' +
      'In the future, an error will be thrown if a file descriptor is closed during garbage collection.',
    'DeprecationWarning', 'DEP0137');
  });
});

class FileHandle extends EventEmitter {
  constructor(fd) {
    super();
    this[kFd] = fd;
    this[kClosePromise] = null;
    this[kPending] = 0;
    this[kIdle] = null;
    collector.register(this, fd, this);
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
    if (!ArrayBuffer.isView(buffer)) {
      // read([options])
      const options = buffer;
      if (options !== undefined) validateObject(options, 'options', kValidateObjectAllowNullable);
      ({ buffer = toBuffer(new Uint8Array(16384)), offset = 0, length = buffer.byteLength - offset, position = null } =
        options ?? {});
      validateBuffer(buffer);
    }
    if (offset !== null && typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
    }
    if (offset == null) offset = 0;
    else validateInteger(offset, 'offset', 0);
    length ??= buffer.byteLength - offset;
    if (length === 0) return { bytesRead: 0, buffer };
    if (buffer.byteLength === 0) {
      throw new codes.ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
    }
    validateOffsetLengthRead(offset, length, buffer.byteLength);
    if (!Number.isSafeInteger(position) && typeof position !== 'bigint') position = -1;
    const bytesRead = (await call('read', fd, bytesOf(buffer), offset, length, position)) || 0;
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
    if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
    return writeAll(this[kFd], dataBytes(data, options.encoding), options.signal, options.encoding);
  }

  appendFile(data, options) {
    return this.writeFile(data, options);
  }

  async readv(buffers, position) {
    const fd = this.#check('read');
    const views = vectorViews(buffers);
    if (views.length === 0) return { bytesRead: 0, buffers };
    const bytesRead = await call('readBuffers', fd, views, typeof position === 'number' ? position : null);
    return { bytesRead, buffers };
  }

  async writev(buffers, position) {
    const fd = this.#check('write');
    const views = vectorViews(buffers);
    if (views.length === 0) return { bytesWritten: 0, buffers };
    const bytesWritten = await call('writeBuffers', fd, views, typeof position === 'number' ? position : null);
    return { bytesWritten, buffers };
  }

  readLines(options = undefined) {
    return require('readline').createInterface({ input: this.createReadStream(options), crlfDelay: Infinity });
  }

  createReadStream(options = undefined) {
    const { ReadStream } = require('internal/fs/streams');
    return new ReadStream(undefined, { ...options, fd: this });
  }

  createWriteStream(options = undefined) {
    const { WriteStream } = require('internal/fs/streams');
    return new WriteStream(undefined, { ...options, fd: this });
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
    await call('fchown', this.#check('fchown'), validateId(uid, 'uid'), validateId(gid, 'gid'));
  }

  async utimes(atime, mtime) {
    await call('futimes', this.#check('futime'), toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'));
  }

  // As in node, the handle reads as closed (fd -1, 'close' emitted) at once;
  // the descriptor itself is closed once the operations in flight are done,
  // so none of them reads or writes a descriptor number already reused.
  close() {
    if (this[kClosePromise]) return this[kClosePromise];
    if (this[kFd] === -1) return Promise.resolve();
    const fd = this[kFd];
    this[kFd] = -1;
    collector.unregister(this);
    const idle = this[kPending] === 0 ? Promise.resolve() : new Promise((resolve) => {
      this[kIdle] = resolve;
    });
    this[kClosePromise] = idle.then(() => call('close', fd)).finally(() => {
      this[kClosePromise] = null;
    });
    this.emit('close');
    return this[kClosePromise];
  }

  async [Symbol.asyncDispose]() {
    return this.close();
  }
}

// node's tests reach the class as require('internal/fs/promises').FileHandle.
require('internal/fs/promises').FileHandle = FileHandle;

// Every operation counts as in flight until it settles, for close().
for (const name of ['read', 'write', 'readFile', 'writeFile', 'appendFile', 'readv', 'writev', 'stat', 'truncate',
  'sync', 'datasync', 'chmod', 'chown', 'utimes']) {
  const operation = FileHandle.prototype[name];
  Object.defineProperty(FileHandle.prototype, name, {
    configurable: true,
    writable: true,
    value: {
      async [name](...args) {
        this[kPending]++;
        try {
          return await operation.apply(this, args);
        } finally {
          if (--this[kPending] === 0 && this[kIdle]) {
            const idle = this[kIdle];
            this[kIdle] = null;
            idle();
          }
        }
      },
    }[name],
  });
}

function vectorViews(buffers) {
  if (!Array.isArray(buffers) || !buffers.every((b) => ArrayBuffer.isView(b))) {
    throw new ERR_INVALID_ARG_TYPE('buffers', 'ArrayBufferView[]', buffers);
  }
  return buffers.map(bytesOf);
}

function bytesOf(view) {
  return view instanceof Uint8Array ? view : new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

// What writeFile accepts: bytes, a string, or (other than those) any
// iterable or async iterable of them, such as a Readable stream, which is
// returned as is and written chunk by chunk.
function dataBytes(data, encoding) {
  if (ArrayBuffer.isView(data)) return bytesOf(data);
  if (typeof data === 'string') return encode(data, encoding || 'utf8');
  if (data != null && (typeof data[Symbol.iterator] === 'function' ||
                       typeof data[Symbol.asyncIterator] === 'function')) {
    return data;
  }
  throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

// Fails with node's AbortError once the signal has fired; checked before
// each step of a multi-step operation.
function checkAborted(signal) {
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
}

// Large writes go in kReadChunk pieces so that an abort takes effect
// between them, as in node.
async function writeAll(fd, data, signal, encoding) {
  checkAborted(signal);
  if (!(data instanceof Uint8Array)) {
    for await (const chunk of data) {
      checkAborted(signal);
      const bytes = ArrayBuffer.isView(chunk) ? bytesOf(chunk) : bytesOf(require('buffer').Buffer.from(chunk, encoding || 'utf8'));
      await writeAll(fd, bytes, signal);
    }
    return;
  }
  let offset = 0;
  while (offset < data.byteLength) {
    checkAborted(signal);
    const length = Math.min(kReadChunk, data.byteLength - offset);
    offset += await call('writeBuffer', fd, data, offset, length, null);
    checkAborted(signal);
  }
}

// Reads an open file to its end, in kReadChunk pieces.
async function readFileHandle(fd, options) {
  const signal = options.signal;
  checkAborted(signal);
  const st = await call('fstat', fd, false);
  checkAborted(signal);
  const size = (st[1] & S_IFMT) === S_IFREG ? st[8] : 0;
  if (size > kMaxFileLength) throw fileTooLargeError(size);
  let bytes;
  if (size > 0) {
    bytes = new Uint8Array(size);
    let total = 0;
    while (total < size) {
      checkAborted(signal);
      const n = await call('read', fd, bytes, total, Math.min(kReadChunk, size - total), -1);
      if (n === 0) break;
      total += n;
    }
    if (total < size) bytes = bytes.subarray(0, total);
  } else {
    const chunks = [];
    let total = 0;
    for (;;) {
      checkAborted(signal);
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
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  checkAborted(options.signal);
  if (path instanceof FileHandle) return path.readFile(options);
  if (path !== null && typeof path === 'object' && typeof path.fd === 'number' && !ArrayBuffer.isView(path)) {
    return readFileHandle(path.fd, options);
  }
  const handle = await open(path, options.flag ?? 'r', 0o666);
  return handleFdClose(handle, (fd) => readFileHandle(fd, options));
}

async function writeFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  const signal = options.signal;
  if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
  const bytes = dataBytes(data, options.encoding);
  checkAborted(signal);
  if (path instanceof FileHandle) return writeAll(path.fd, bytes, signal, options.encoding);
  if (path !== null && typeof path === 'object' && typeof path.fd === 'number' && !ArrayBuffer.isView(path)) {
    return writeAll(path.fd, bytes, signal, options.encoding);
  }
  const handle = await open(path, options.flag ?? 'w', options.mode);
  return handleFdClose(handle, async (fd) => {
    await writeAll(fd, bytes, signal, options.encoding);
    if (options.flush === true) await call('fsync', fd);
  });
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
  const result = await call('readdir', path, !!options.withFileTypes, wantsBytes(options.encoding));
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
    const [names, types] = await call('readdir', dir, true, false);
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
  options = getOptions(options, {});
  prefix = getValidatedPath(prefix, 'prefix');
  warnOnNonPortableTemplate(prefix);
  return encodeNames([await call('mkdtemp', pathToString(prefix))], options.encoding)[0];
}

function rmOptions(options) {
  return require('internal/fs/utils').validateRmOptions(options);
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
    for (const name of await call('readdir', path, false, true)) await rimraf(joinBytes(path, name));
    await call('rmdir', path);
  } catch (err) {
    if (err.code !== 'ENOENT') throw err;
  }
}

async function rmdir(path, options) {
  path = getValidatedPath(path);
  if (options?.recursive) {
    emitRecursiveRmdirWarning();
    rmOptions({ ...options, force: false });
    const st = await call('lstat', path, false, true);
    if ((st[1] & S_IFMT) === S_IFDIR) return rimraf(path, st);
  } else {
    require('internal/fs/utils').validateRmdirOptions(options);
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
  if (type != null && type !== 'dir' && type !== 'file' && type !== 'junction') {
    throw new codes.ERR_FS_INVALID_SYMLINK_TYPE(type);
  }
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

function validateId(id, name) {
  validateInteger(id, name, -1, 4294967295);
  return id;
}

async function chown(path, uid, gid) {
  path = getValidatedPath(path);
  await call('chown', path, validateId(uid, 'uid'), validateId(gid, 'gid'));
}

async function lchown(path, uid, gid) {
  path = getValidatedPath(path);
  await call('lchown', path, validateId(uid, 'uid'), validateId(gid, 'gid'));
}

async function utimes(path, atime, mtime) {
  await call('utimes', getValidatedPath(path), toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'));
}

async function lutimes(path, atime, mtime) {
  await call('lutimes', getValidatedPath(path), toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'));
}

async function statfs(path, options = { bigint: false }) {
  const { StatFs } = require('internal/fs/more');
  return new StatFs(...await call('statfs', getValidatedPath(path), options.bigint === true));
}

async function cp(src, dest, options) {
  const cpModule = require('internal/fs/cp');
  options = cpModule.validateCpOptions(options);
  src = pathToString(getValidatedPath(src, 'src'));
  dest = pathToString(getValidatedPath(dest, 'dest'));
  return cpModule.cpAsyncFn(src, dest, options);
}

function watch(filename, options) {
  return require('internal/fs/watchers').watchPromise(filename, options);
}

function opendir(path, options) {
  return require('internal/fs/dir').opendirPromise(path, options);
}

async function truncate(path, len = 0) {
  const handle = await open(path, 'r+');
  return handleFdClose(handle, (fd) => call('ftruncate', fd, Math.max(0, len)));
}

// A path-based operation runs on a FileHandle of its own, as in node: the
// descriptor is read through the handle's fd getter and the handle is closed
// through its close property, read after that, whatever the operation did.
// When both fail, the rejection is an AggregateError of the two with the
// operation's code. Node's tests patch FileHandle.prototype's fd to check it.
function handleFdClose(handle, operation) {
  let opPromise;
  try {
    opPromise = Promise.resolve(operation(handle.fd));
  } catch (err) {
    opPromise = Promise.reject(err);
  }
  const close = handle.close;
  return opPromise.then(
    (result) => close.call(handle).then(() => result),
    (opError) => close.call(handle).then(
      () => { throw opError; },
      (closeError) => { throw aggregateTwoErrors(closeError, opError); }));
}

module.exports = {
  access, appendFile, chmod, chown, copyFile, lchown, link, lstat, lutimes, mkdir, mkdtemp, open,
  readdir, readFile, readlink, realpath, rename, rm, rmdir, stat, symlink, truncate, unlink,
  utimes, writeFile, constants, statfs, opendir, watch, cp,
};
