'use strict';
// The `fs` module: synchronous and callback forms over internalBinding('fs')
// (runtime/src/fs.cc). A binding call with no request object runs
// synchronously and throws node's error; with `{ oncomplete }` it runs on
// libuv's thread pool. The operations made of several calls (readFile,
// rm -r, readdir -r...) are written once per form: sync here, async in
// fs/promises, which the callback forms reuse.

const utils = require('internal/fs/utils');
const {
  validateFunction, validateBoolean, validateBuffer, validateInteger, validateObject, kValidateObjectAllowNullable,
  validateAbortSignal,
} = require('internal/validators');
const { codes } = require('internal/errors');

const {
  binding, constants, pathModule, toBuffer, decode, encode, normalizeEncoding,
  getOptions, getValidatedPath, getValidatedFd, parseFileMode, stringToFlags,
  getStatsFromBinding, Dirent, direntTypeFromMode, encodeNames, pathToString, eisdirError,
  Stats, BigIntStats, validateInt32, fileTooLargeError, kMaxFileLength, validateOffsetLengthRead,
} = utils;
const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE } = codes;
const { F_OK, R_OK, W_OK, X_OK, S_IFMT, S_IFREG, UV_DIRENT_DIR, UV_DIRENT_LINK, UV_DIRENT_UNKNOWN } = constants;

let promisesModule;
function lazyPromises() {
  promisesModule ??= require('fs/promises');
  return promisesModule;
}

function makeCallback(cb) {
  validateFunction(cb, 'cb');
  return cb;
}

// A request object whose completion calls `cb` with the converted value.
function req(cb, convert) {
  return {
    oncomplete(err, value) {
      if (err) return cb(err);
      return convert ? cb(null, convert(value)) : cb(null);
    },
  };
}

// Runs a promise-returning operation for a callback form: the callback runs
// in its own tick, so that what it throws is an uncaught exception and not a
// rejection.
function callbackify(promise, cb, hasValue = true) {
  promise.then(
    (value) => (hasValue ? process.nextTick(cb, null, value) : process.nextTick(cb, null)),
    (err) => process.nextTick(cb, err));
}

// Optional arguments before the callback: (a, [options], cb).
function splitCallback(options, cb) {
  if (typeof options === 'function') return [undefined, options];
  return [options, makeCallback(cb)];
}

// --- access, exists ---------------------------------------------------------

function accessSync(path, mode) {
  path = getValidatedPath(path);
  binding.access(path, mode === undefined ? F_OK : validatedMode(mode));
}

function access(path, mode, cb) {
  if (typeof mode === 'function') [mode, cb] = [F_OK, mode];
  path = getValidatedPath(path);
  mode = mode === undefined ? F_OK : validatedMode(mode);
  binding.access(path, mode, req(makeCallback(cb)));
}

function validatedMode(mode) {
  validateInt32(mode, 'mode', F_OK, F_OK | R_OK | W_OK | X_OK);
  return mode;
}

function existsSync(path) {
  try {
    path = getValidatedPath(path);
    binding.access(path, F_OK);
    return true;
  } catch {
    return false;
  }
}

function exists(path, cb) {
  validateFunction(cb, 'cb');
  try {
    path = getValidatedPath(path);
  } catch {
    process.nextTick(cb, false);
    return;
  }
  binding.access(path, F_OK, { oncomplete: (err) => cb(!err) });
}

// --- open, close, read, write -------------------------------------------------

function openSync(path, flags, mode) {
  path = getValidatedPath(path);
  return binding.open(path, stringToFlags(flags), parseFileMode(mode, 'mode', 0o666));
}

function open(path, flags, mode, cb) {
  path = getValidatedPath(path);
  if (typeof flags === 'function') [flags, mode, cb] = ['r', 0o666, flags];
  else if (typeof mode === 'function') [mode, cb] = [0o666, mode];
  const flagsNumber = stringToFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  binding.open(path, flagsNumber, mode, req(makeCallback(cb), (fd) => fd));
}

function closeSync(fd) {
  binding.close(getValidatedFd(fd));
}

function close(fd, cb = () => {}) {
  fd = getValidatedFd(fd);
  binding.close(fd, req(makeCallback(cb)));
}

// The byte view of any ArrayBufferView.
function bytesOf(view) {
  return view instanceof Uint8Array ? view : new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function validatePosition(position, name) {
  if (typeof position === 'number') {
    validateInteger(position, name, -1);
  } else if (typeof position === 'bigint') {
    if (!(position >= -(2n ** 63n) && position <= 2n ** 63n - 1n)) {
      throw new ERR_OUT_OF_RANGE(name, `>= ${-(2n ** 63n)} && <= ${2n ** 63n - 1n}`, position);
    }
  } else {
    throw new ERR_INVALID_ARG_TYPE(name, ['integer', 'bigint'], position);
  }
}

// The checks node makes on (offset, length, position) once the buffer is
// known; returns the normalized triple, or null for a zero-length read.
function readArgs(buffer, offset, length, position) {
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length |= 0;
  if (length === 0) return null;
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  validatePosition(position, 'position');
  return [offset, length, position];
}

function readSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  validateBuffer(buffer);
  let offset = offsetOrOptions;
  if (arguments.length <= 3 || typeof offsetOrOptions === 'object') {
    if (offsetOrOptions !== undefined) validateObject(offsetOrOptions, 'options', kValidateObjectAllowNullable);
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions ?? {});
  }
  // Unlike read(), readSync() lets no null offset through.
  if (offset !== undefined) validateInteger(offset, 'offset', 0);
  const checked = readArgs(buffer, offset, length, position);
  if (checked === null) return 0;
  return binding.read(fd, bytesOf(buffer), ...checked);
}

function read(fd, buffer, offsetOrOptions, length, position, cb) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  let params = null;
  if (arguments.length <= 4) {
    if (arguments.length === 4) {
      // read(fd, buffer, options, cb)
      validateObject(offsetOrOptions, 'options', kValidateObjectAllowNullable);
      cb = length;
      params = offsetOrOptions;
    } else if (arguments.length === 3) {
      // read(fd, bufferOrParams, cb)
      if (!ArrayBuffer.isView(buffer)) {
        params = buffer;
        ({ buffer = toBuffer(new Uint8Array(16384)) } = params ?? {});
      }
      cb = offsetOrOptions;
    } else {
      // read(fd, cb)
      cb = buffer;
      buffer = toBuffer(new Uint8Array(16384));
    }
    ({ offset = 0, length = buffer?.byteLength - offset, position = null } = params ?? {});
  }
  validateBuffer(buffer);
  validateFunction(cb, 'cb');
  const checked = readArgs(buffer, offset, length, position);
  if (checked === null) {
    process.nextTick(cb, null, 0, buffer);
    return;
  }
  binding.read(fd, bytesOf(buffer), ...checked, {
    oncomplete: (err, bytesRead) => cb(err || null, bytesRead || 0, buffer),
  });
}

const { validateOffsetLengthWrite } = utils;

// Returns the string to write; node 20 refuses anything else (objects with
// their own toString() included).
function validateStringData(data, name) {
  if (typeof data === 'string') return data;
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

function validateEncoding(data, encoding) {
  if (encoding === 'hex' && data.length % 2 !== 0) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, `is invalid for data of length ${data.length}`);
  }
}

function writeSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  if (ArrayBuffer.isView(buffer)) {
    if (typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions ?? {});
    }
    if (offset == null) offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number' && typeof position !== 'bigint') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    return binding.writeBuffer(fd, bytesOf(buffer), offset, length, position);
  }
  buffer = validateStringData(buffer, 'buffer');
  validateEncoding(buffer, length);
  return writeStringSync(fd, buffer, offset ?? null, length ?? 'utf8');
}

function writeStringSync(fd, string, position, encoding) {
  const enc = normalizeEncoding(encoding) || 'utf8';
  if (typeof position !== 'number' && typeof position !== 'bigint') position = null;
  if (enc === 'utf8' || enc === 'latin1') return binding.writeString(fd, string, position, enc);
  const bytes = encode(string, enc);
  return binding.writeBuffer(fd, bytes, 0, bytes.byteLength, position);
}

function write(fd, buffer, offsetOrOptions, length, position, cb) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  if (ArrayBuffer.isView(buffer)) {
    cb = makeCallback(cb || position || length || offset);
    if (typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions ?? {});
    }
    if (offset == null || typeof offset === 'function') offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number' && typeof position !== 'bigint') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    binding.writeBuffer(fd, bytesOf(buffer), offset, length, position, {
      oncomplete: (err, written) => cb(err || null, written || 0, buffer),
    });
    return;
  }
  buffer = validateStringData(buffer, 'buffer');
  if (typeof position !== 'function') {
    if (typeof offset === 'function') {
      position = offset;
      offset = null;
    } else {
      position = length;
    }
    length = 'utf8';
  }
  validateEncoding(buffer, length);
  cb = makeCallback(position);
  const bytes = encode(buffer, length ?? 'utf8');
  if (typeof offset !== 'number' && typeof offset !== 'bigint') offset = null;
  binding.writeBuffer(fd, bytes, 0, bytes.byteLength, offset, {
    oncomplete: (err, written) => cb(err || null, written || 0, buffer),
  });
}

// --- readFile, writeFile, appendFile ----------------------------------------

// node treats any int32 as a file descriptor (and rejects negative ones as
// such); other numbers are invalid paths.
function isFd(path) {
  return typeof path === 'number' && (path | 0) === path;
}

function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  const encoding = options.encoding;
  const flags = stringToFlags(options.flag ?? 'r');
  const fd = isFd(path) ? getValidatedFd(path) : undefined;
  if (fd === undefined) path = getValidatedPath(path);
  if (normalizeEncoding(encoding) === 'utf8') return binding.readFileUtf8(fd ?? path, flags);
  const handle = fd ?? binding.open(path, flags, 0o666);
  let bytes;
  try {
    bytes = readAllSync(handle);
  } finally {
    if (fd === undefined) binding.close(handle);
  }
  return encoding ? decode(bytes, encoding) : toBuffer(bytes);
}

// Reads a file to its end: one read of the stat size for a regular file,
// chunks until EOF for anything else (pipes, /proc files).
function readAllSync(fd) {
  const st = binding.fstat(fd, false);
  const isRegular = (st[1] & S_IFMT) === S_IFREG;
  const size = isRegular ? st[8] : 0;
  if (size > kMaxFileLength) throw fileTooLargeError(size);
  if (size > 0) {
    const out = new Uint8Array(size);
    let total = 0;
    while (total < size) {
      const n = binding.read(fd, out, total, size - total, -1);
      if (n === 0) break;
      total += n;
    }
    return total === size ? out : out.subarray(0, total);
  }
  const chunks = [];
  let total = 0;
  for (;;) {
    const chunk = new Uint8Array(8192);
    const n = binding.read(fd, chunk, 0, chunk.length, -1);
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    total += n;
  }
  return concatBytes(chunks, total);
}

function concatBytes(chunks, total) {
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

// The bytes of writeFile's data argument.
function dataBytes(data, encoding) {
  if (ArrayBuffer.isView(data)) return bytesOf(data);
  return encode(validateStringData(data, 'data'), encoding || 'utf8');
}

function writeFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  const bytes = dataBytes(data, options.encoding);
  const fd = isFd(path) ? getValidatedFd(path) : undefined;
  if (fd === undefined) path = getValidatedPath(path);
  const flags = stringToFlags(options.flag ?? 'w');
  const handle = fd ?? binding.open(path, flags, parseFileMode(options.mode, 'mode', 0o666));
  try {
    let offset = 0;
    while (offset < bytes.byteLength) {
      offset += binding.writeBuffer(handle, bytes, offset, bytes.byteLength - offset, null);
    }
    if (options.flush === true) binding.fsync(handle);
  } finally {
    if (fd === undefined) binding.close(handle);
  }
}

function appendFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = { ...options };
  if (!options.flag || isFd(path)) options.flag = 'a';
  writeFileSync(path, data, options);
}

function readFile(path, options, cb) {
  [options, cb] = splitCallback(options, cb);
  makeCallback(cb);
  options = getOptions(options, { flag: 'r' });
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  if (!isFd(path)) path = getValidatedPath(path);
  if (options.signal !== undefined) {
    // The signal is checked between the steps, as node does, so they run
    // as separate requests.
    callbackify(lazyPromises().readFile(isFd(path) ? { fd: getValidatedFd(path) } : path, options), cb);
    return;
  }
  // Otherwise fstat, read(s) and close are one thread-pool job after the
  // open (fs_file.cc says why the open stays apart).
  const encoding = options.encoding;
  const done = {
    oncomplete(err, bytes) {
      if (err) return cb(err);
      if (typeof bytes === 'number') return cb(fileTooLargeError(bytes));
      let result;
      try {
        result = encoding ? decode(bytes, encoding) : toBuffer(bytes);
      } catch (decodeErr) {
        return cb(decodeErr);
      }
      cb(null, result);
    },
  };
  if (isFd(path)) {
    binding.readFile(getValidatedFd(path), false, done);
    return;
  }
  binding.open(path, stringToFlags(options.flag ?? 'r'), 0o666, {
    oncomplete(err, fd) {
      if (err) return cb(err);
      binding.readFile(fd, true, done);
    },
  });
}

function writeFile(path, data, options, cb) {
  [options, cb] = splitCallback(options, cb);
  makeCallback(cb);
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  if (!isFd(path)) path = getValidatedPath(path);
  if (!ArrayBuffer.isView(data)) data = validateStringData(data, 'data');
  if (options.signal !== undefined) {
    callbackify(lazyPromises().writeFile(isFd(path) ? { fd: getValidatedFd(path) } : path, data, options), cb, false);
    return;
  }
  // write(s), fsync and close are one thread-pool job after the open; utf8
  // and latin1 strings are encoded by the binding, without a Buffer.
  const encoding = normalizeEncoding(options.encoding || 'utf8');
  if (typeof data === 'string' && encoding !== 'utf8' && encoding !== 'latin1') data = encode(data, encoding);
  else if (typeof data !== 'string') data = bytesOf(data);
  const flush = options.flush === true;
  if (isFd(path)) {
    binding.writeFile(getValidatedFd(path), data, encoding, false, flush, req(cb));
    return;
  }
  const flags = stringToFlags(options.flag ?? 'w');
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  binding.open(path, flags, mode, {
    oncomplete(err, fd) {
      if (err) return cb(err);
      binding.writeFile(fd, data, encoding, true, flush, req(cb));
    },
  });
}

function appendFile(path, data, options, cb) {
  [options, cb] = splitCallback(options, cb);
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = { ...options };
  if (!options.flag || isFd(path)) options.flag = 'a';
  writeFile(path, data, options, cb);
}

// --- stat -------------------------------------------------------------------

function statOptions(options) {
  options ??= {};
  return { bigint: options.bigint === true, throwIfNoEntry: options.throwIfNoEntry !== false };
}

function statSync(path, options) {
  const { bigint, throwIfNoEntry } = statOptions(options);
  return getStatsFromBinding(binding.stat(getValidatedPath(path), bigint, throwIfNoEntry));
}

function lstatSync(path, options) {
  const { bigint, throwIfNoEntry } = statOptions(options);
  return getStatsFromBinding(binding.lstat(getValidatedPath(path), bigint, throwIfNoEntry));
}

function fstatSync(fd, options) {
  return getStatsFromBinding(binding.fstat(getValidatedFd(fd), statOptions(options).bigint));
}

function statCallback(method, validate) {
  return function(target, options, cb) {
    [options, cb] = splitCallback(options, cb);
    target = validate(target);
    const { bigint } = statOptions(options);
    binding[method](target, bigint, ...(method === 'fstat' ? [] : [true]), req(cb, getStatsFromBinding));
  };
}

const stat = statCallback('stat', getValidatedPath);
const lstat = statCallback('lstat', getValidatedPath);
const fstat = statCallback('fstat', getValidatedFd);

// --- readdir ----------------------------------------------------------------

function readdirSync(path, options) {
  options = getOptions(options, {});
  path = getValidatedPath(path);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  if (options.recursive) return readdirRecursiveSync(path, options);
  return direntsOrNames(path, binding.readdir(path, !!options.withFileTypes, utils.wantsBytes(options.encoding)), options, lstatSync);
}

// The binding's [names, types] to Dirents, or names in their encoding.
function direntsOrNames(path, result, options, lstatFn) {
  if (!options.withFileTypes) return encodeNames(result, options.encoding);
  const [names, types] = result;
  const parent = pathToString(path);
  return names.map((name, i) => {
    let type = types[i];
    if (type === UV_DIRENT_UNKNOWN) type = direntTypeFromMode(lstatFn(pathModule.join(parent, pathToString(name))).mode);
    return new Dirent(encodeNames([name], options.encoding)[0], type, parent);
  });
}

// Breadth-first over the tree, in node's order; without withFileTypes,
// symbolic links to directories are followed.
function readdirRecursiveSync(base, options) {
  base = pathToString(base);
  const results = [];
  const queue = [base];
  for (let i = 0; i < queue.length; i++) {
    const dir = queue[i];
    const [names, types] = binding.readdir(dir, true, false);
    for (let j = 0; j < names.length; j++) {
      const full = pathModule.join(dir, names[j]);
      let type = types[j];
      if (type === UV_DIRENT_UNKNOWN) type = direntTypeFromMode(binding.lstat(full, false, true)[1]);
      if (options.withFileTypes) {
        results.push(new Dirent(names[j], type, dir));
        if (type === UV_DIRENT_DIR) queue.push(full);
      } else {
        results.push(pathModule.relative(base, full));
        const isDir = type === UV_DIRENT_DIR ||
          (type === UV_DIRENT_LINK && isDirectoryStat(binding.stat(full, false, false)));
        if (isDir) queue.push(full);
      }
    }
  }
  return options.withFileTypes ? results : encodeNames(results, options.encoding);
}

function isDirectoryStat(st) {
  return st !== undefined && (st[1] & S_IFMT) === constants.S_IFDIR;
}

function readdir(path, options, cb) {
  [options, cb] = splitCallback(options, cb);
  makeCallback(cb);
  options = getOptions(options, {});
  path = getValidatedPath(path);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  callbackify(lazyPromises().readdir(path, options), cb);
}

// --- mkdir, mkdtemp, rm, rmdir, unlink, rename, copyFile --------------------

function mkdirOptions(options) {
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
  return { mode, recursive };
}

function mkdirSync(path, options) {
  path = getValidatedPath(path);
  const { mode, recursive } = mkdirOptions(options);
  if (recursive) return binding.mkdirp(path, mode);
  binding.mkdir(path, mode);
}

function mkdir(path, options, cb) {
  [options, cb] = splitCallback(options, cb);
  path = getValidatedPath(path);
  const { mode, recursive } = mkdirOptions(options);
  if (recursive) binding.mkdirp(path, mode, req(cb, (first) => first));
  else binding.mkdir(path, mode, req(cb));
}

function mkdtempSync(prefix, options) {
  options = getOptions(options, {});
  prefix = getValidatedPath(prefix, 'prefix');
  utils.warnOnNonPortableTemplate(prefix);
  return encodeNames([binding.mkdtemp(pathToString(prefix))], options.encoding)[0];
}

function mkdtemp(prefix, options, cb) {
  [options, cb] = splitCallback(options, cb);
  options = getOptions(options, {});
  prefix = getValidatedPath(prefix, 'prefix');
  utils.warnOnNonPortableTemplate(prefix);
  binding.mkdtemp(pathToString(prefix), req(cb, (p) => encodeNames([p], options.encoding)[0]));
}

function rmOptions(options) {
  return utils.validateRmOptions(options);
}

function rmSync(path, options) {
  path = getValidatedPath(path);
  const { force, recursive } = rmOptions(options);
  const st = binding.lstat(path, false, !force);
  if (st === undefined) return;
  if ((st[1] & S_IFMT) === constants.S_IFDIR && !recursive) throw eisdirError(path);
  rimrafSync(path, st);
}

// Removes a file or a whole tree; a path that vanished meanwhile is fine.
function rimrafSync(path, st) {
  try {
    if (st === undefined) st = binding.lstat(path, false, true);
    if ((st[1] & S_IFMT) !== constants.S_IFDIR) {
      binding.unlink(path);
      return;
    }
    rimrafDirSync(path);
  } catch (err) {
    if (err.code === 'ENOENT') return;
    throw err;
  }
}

// As node's rimraf, a directory is removed through the module's own
// rmdirSync (which callers may have replaced), without the recursive
// option: once as it is and, if it was not empty, again after its children
// (named by Buffers) are gone.
const kNotEmptyCodes = new Set(['ENOTEMPTY', 'EEXIST', 'EPERM']);
function rimrafDirSync(path) {
  try {
    module.exports.rmdirSync(path);
    return;
  } catch (err) {
    if (err.code === 'ENOENT') return;
    if (!kNotEmptyCodes.has(err.code)) throw err;
  }
  for (const name of binding.readdir(path, false, true)) rimrafSync(utils.toBuffer(utils.joinBytes(path, name)));
  module.exports.rmdirSync(path);
}

function rm(path, options, cb) {
  [options, cb] = splitCallback(options, cb);
  makeCallback(cb);
  path = getValidatedPath(path);
  rmOptions(options);
  callbackify(lazyPromises().rm(path, options), cb, false);
}

function rmdirSync(path, options) {
  path = getValidatedPath(path);
  if (options?.recursive) {
    utils.emitRecursiveRmdirWarning();
    rmOptions({ ...options, force: false });
    const st = binding.lstat(path, false, true);
    // A non-directory goes on to rmdir, which reports ENOTDIR as node does.
    if ((st[1] & S_IFMT) === constants.S_IFDIR) return rimrafSync(path, st);
  } else {
    utils.validateRmdirOptions(options);
  }
  binding.rmdir(path);
}

function rmdir(path, options, cb) {
  [options, cb] = splitCallback(options, cb);
  makeCallback(cb);
  path = getValidatedPath(path);
  callbackify(lazyPromises().rmdir(path, options), cb, false);
}

function pathCall(method, convert) {
  const sync = function(path) {
    return binding[method](getValidatedPath(path));
  };
  const async = function(path, cb) {
    path = getValidatedPath(path);
    binding[method](path, req(makeCallback(cb), convert));
  };
  return [sync, async];
}

const [unlinkSync, unlink] = pathCall('unlink');

function twoPaths(method, fromName, toName) {
  const sync = function(from, to) {
    return binding[method](getValidatedPath(from, fromName), getValidatedPath(to, toName));
  };
  const async = function(from, to, cb) {
    from = getValidatedPath(from, fromName);
    to = getValidatedPath(to, toName);
    binding[method](from, to, req(makeCallback(cb)));
  };
  return [sync, async];
}

const [renameSync, rename] = twoPaths('rename', 'oldPath', 'newPath');
const [linkSync, link] = twoPaths('link', 'existingPath', 'newPath');

function copyFileSync(src, dest, mode) {
  binding.copyfile(getValidatedPath(src, 'src'), getValidatedPath(dest, 'dest'), copyMode(mode));
}

function copyFile(src, dest, mode, cb) {
  if (typeof mode === 'function') [mode, cb] = [0, mode];
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  binding.copyfile(src, dest, copyMode(mode), req(makeCallback(cb)));
}

function copyMode(mode) {
  if (mode == null) return 0;
  validateInt32(mode, 'mode', 0, 7);
  return mode;
}

module.exports = {
  appendFile, appendFileSync, access, accessSync, close, closeSync, copyFile, copyFileSync,
  exists, existsSync, fstat, fstatSync, link, linkSync, lstat, lstatSync, mkdir, mkdirSync,
  mkdtemp, mkdtempSync, open, openSync, read, readSync, readdir, readdirSync, readFile,
  readFileSync, rename, renameSync, rm, rmSync, rmdir, rmdirSync, stat, statSync, unlink,
  unlinkSync, write, writeSync, writeFile, writeFileSync,
  Stats, BigIntStats, Dirent, constants, F_OK, R_OK, W_OK, X_OK,
  _toUnixTimestamp: utils.toUnixTimestamp,
};

// The rest of the API (links, permissions, times, sizes) lives beside.
require('internal/fs/more').install(module.exports, { req, makeCallback, splitCallback, callbackify, lazyPromises });

Object.defineProperty(module.exports, 'promises', {
  enumerable: true,
  configurable: true,
  get: lazyPromises,
});

// util.promisify(fs.read) and friends resolve to objects, and
// util.promisify(fs.exists) to a boolean, as in node.
{
  const { kCustomPromisifyArgsSymbol } = require('internal/util/promisify');
  Object.defineProperty(read, kCustomPromisifyArgsSymbol, { value: ['bytesRead', 'buffer'], enumerable: false });
  Object.defineProperty(write, kCustomPromisifyArgsSymbol, { value: ['bytesWritten', 'buffer'], enumerable: false });
  Object.defineProperty(exists, Symbol.for('nodejs.util.promisify.custom'), {
    value: (path) => new Promise((resolve) => exists(path, resolve)),
    enumerable: false,
  });
}
