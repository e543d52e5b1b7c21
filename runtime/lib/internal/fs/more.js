'use strict';
// The second half of `fs` (see runtime/lib/fs.js): links, realpath,
// permissions, owners, times, sizes and syncing, each in its sync and
// callback form.

const {
  binding, constants, pathModule, getOptions, getValidatedPath, getValidatedFd, parseFileMode,
  toUnixTimestamp, validateInt32, encodeNames, pathToString,
} = require('internal/fs/utils');
const { codes } = require('internal/errors');

const { S_IFMT, S_IFLNK, S_IFIFO, S_IFSOCK } = constants;

// What statfs reports, in node's field order.
class StatFs {
  constructor(type, bsize, blocks, bfree, bavail, files, ffree) {
    Object.assign(this, { type, bsize, blocks, bfree, bavail, files, ffree });
  }
}

function install(fs, { req, makeCallback, splitCallback }) {
  // --- symlink, readlink, realpath ------------------------------------------

  function symlinkFlags(type, target) {
    if (type === 'dir') return constants.UV_FS_SYMLINK_DIR;
    if (type === 'junction') return constants.UV_FS_SYMLINK_JUNCTION;
    if (type != null && type !== 'file') throw new codes.ERR_FS_INVALID_SYMLINK_TYPE(type);
    return 0;
  }

  fs.symlinkSync = function symlinkSync(target, path, type) {
    target = getValidatedPath(target, 'target');
    path = getValidatedPath(path);
    binding.symlink(target, path, symlinkFlags(type, target));
  };

  fs.symlink = function symlink(target, path, type, cb) {
    if (typeof type === 'function') [type, cb] = [undefined, type];
    makeCallback(cb);
    target = getValidatedPath(target, 'target');
    path = getValidatedPath(path);
    binding.symlink(target, path, symlinkFlags(type, target), req(cb));
  };

  fs.readlinkSync = function readlinkSync(path, options) {
    options = getOptions(options, {});
    return encodeNames([binding.readlink(getValidatedPath(path, 'oldPath'))], options.encoding)[0];
  };

  fs.readlink = function readlink(path, options, cb) {
    [options, cb] = splitCallback(options, cb);
    options = getOptions(options, {});
    path = getValidatedPath(path, 'oldPath');
    binding.readlink(path, req(cb, (p) => encodeNames([p], options.encoding)[0]));
  };

  // realpath as node's JavaScript one: lstat each component, follow links.
  // Its errors name the absolute component that failed (`lstat '/a/b'`).
  // `lstat` and `readlink` are the sync or promise forms.
  // A link seen for the first time is stat'ed before it is read, so that a
  // cycle fails with ELOOP naming that link; targets are cached by dev:ino.
  // As in node, once a link led to a pipe or a socket (/dev/stdin), the walk
  // stops at the next known component and returns the path reached so far.
  function* realpathSteps(path) {
    let p = pathModule.resolve(pathToString(path));
    let rest = p.split('/').filter(Boolean);
    let current = '/';
    const seenLinks = new Map();
    const knownHard = new Set();
    let lastTargetType = 0;
    while (rest.length > 0) {
      const next = current === '/' ? `/${rest[0]}` : `${current}/${rest[0]}`;
      rest = rest.slice(1);
      if (knownHard.has(next)) {
        if (lastTargetType === S_IFIFO || lastTargetType === S_IFSOCK) return p;
        current = next;
        continue;
      }
      const st = yield ['lstat', next];
      if ((st[1] & S_IFMT) !== S_IFLNK) {
        knownHard.add(next);
        current = next;
        continue;
      }
      const id = `${st[0].toString(32)}:${st[7].toString(32)}`;
      let target = seenLinks.get(id);
      if (target === undefined) {
        lastTargetType = (yield ['stat', next])[1] & S_IFMT;
        target = yield ['readlink', next];
        seenLinks.set(id, target);
      }
      p = pathModule.resolve(pathModule.resolve(current, target), ...rest);
      rest = p.split('/').filter(Boolean);
      current = '/';
    }
    return current;
  }

  function runSync(gen) {
    let step = gen.next();
    while (!step.done) {
      const [op, path] = step.value;
      step = gen.next(op === 'readlink' ? binding.readlink(path) : binding[op](path, false, true));
    }
    return step.value;
  }

  function runAsync(gen, cb) {
    const advance = (value) => {
      let step;
      try {
        step = gen.next(value);
      } catch (err) {
        return cb(err);
      }
      if (step.done) return cb(null, step.value);
      const [op, path] = step.value;
      const request = { oncomplete: (err, result) => (err ? cb(err) : advance(result)) };
      if (op === 'readlink') binding.readlink(path, request);
      else binding[op](path, false, true, request);
    };
    advance();
  }

  fs.realpathSync = function realpathSync(path, options) {
    options = getOptions(options, {});
    path = getValidatedPath(path);
    return encodeNames([runSync(realpathSteps(path))], options.encoding)[0];
  };

  fs.realpathSync.native = function realpathSync(path, options) {
    options = getOptions(options, {});
    return encodeNames([binding.realpath(getValidatedPath(path))], options.encoding)[0];
  };

  fs.realpath = function realpath(path, options, cb) {
    [options, cb] = splitCallback(options, cb);
    options = getOptions(options, {});
    path = getValidatedPath(path);
    runAsync(realpathSteps(path), (err, result) => (err ? cb(err) : cb(null, encodeNames([result], options.encoding)[0])));
  };

  fs.realpath.native = function realpath(path, options, cb) {
    [options, cb] = splitCallback(options, cb);
    options = getOptions(options, {});
    path = getValidatedPath(path);
    binding.realpath(path, req(cb, (p) => encodeNames([p], options.encoding)[0]));
  };

  // --- chmod, chown -----------------------------------------------------------

  fs.chmodSync = function chmodSync(path, mode) {
    binding.chmod(getValidatedPath(path), parseFileMode(mode, 'mode'));
  };
  fs.chmod = function chmod(path, mode, cb) {
    path = getValidatedPath(path);
    mode = parseFileMode(mode, 'mode');
    binding.chmod(path, mode, req(makeCallback(cb)));
  };
  fs.fchmodSync = function fchmodSync(fd, mode) {
    binding.fchmod(getValidatedFd(fd), parseFileMode(mode, 'mode'));
  };
  fs.fchmod = function fchmod(fd, mode, cb) {
    fd = getValidatedFd(fd);
    mode = parseFileMode(mode, 'mode');
    binding.fchmod(fd, mode, req(makeCallback(cb)));
  };

  function validateId(id, name) {
    validateInt32(id, name, -1, 4294967295);
    return id;
  }

  for (const [name, method, validate] of [
    ['chown', 'chown', getValidatedPath],
    ['lchown', 'lchown', getValidatedPath],
    ['fchown', 'fchown', getValidatedFd],
  ]) {
    fs[`${name}Sync`] = function(target, uid, gid) {
      binding[method](validate(target), validateId(uid, 'uid'), validateId(gid, 'gid'));
    };
    fs[name] = function(target, uid, gid, cb) {
      target = validate(target);
      binding[method](target, validateId(uid, 'uid'), validateId(gid, 'gid'), req(makeCallback(cb)));
    };
  }

  // --- utimes -----------------------------------------------------------------

  for (const [name, method, validate] of [
    ['utimes', 'utimes', getValidatedPath],
    ['lutimes', 'lutimes', getValidatedPath],
    ['futimes', 'futimes', getValidatedFd],
  ]) {
    fs[`${name}Sync`] = function(target, atime, mtime) {
      binding[method](validate(target), toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'));
    };
    fs[name] = function(target, atime, mtime, cb) {
      target = validate(target);
      binding[method](target, toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'), req(makeCallback(cb)));
    };
  }

  // --- truncate, fsync --------------------------------------------------------

  let truncateWarned = false;
  function emitTruncateWarning() {
    if (truncateWarned) return;
    truncateWarned = true;
    process.emitWarning(
      'Using fs.truncate with a file descriptor is deprecated. Please use fs.ftruncate with a file descriptor instead.',
      'DeprecationWarning', 'DEP0081');
  }

  function validateLength(len) {
    len ??= 0;
    if (typeof len !== 'number') throw new codes.ERR_INVALID_ARG_TYPE('len', 'number', len);
    if (!Number.isInteger(len)) throw new codes.ERR_OUT_OF_RANGE('len', 'an integer', len);
    return Math.max(0, len);
  }

  fs.ftruncateSync = function ftruncateSync(fd, len) {
    binding.ftruncate(getValidatedFd(fd), validateLength(len));
  };
  fs.ftruncate = function ftruncate(fd, len, cb) {
    if (typeof len === 'function') [len, cb] = [0, len];
    fd = getValidatedFd(fd);
    binding.ftruncate(fd, validateLength(len), req(makeCallback(cb)));
  };

  fs.truncateSync = function truncateSync(path, len) {
    if (typeof path === 'number') {
      emitTruncateWarning();
      return fs.ftruncateSync(path, len);
    }
    len = validateLength(len);
    const fd = fs.openSync(path, 'r+');
    try {
      binding.ftruncate(fd, len);
    } finally {
      binding.close(fd);
    }
  };
  fs.truncate = function truncate(path, len, cb) {
    if (typeof path === 'number') {
      emitTruncateWarning();
      return fs.ftruncate(path, len, cb);
    }
    if (typeof len === 'function') [len, cb] = [0, len];
    len = validateLength(len);
    makeCallback(cb);
    fs.open(path, 'r+', (err, fd) => {
      if (err) return cb(err);
      binding.ftruncate(fd, len, {
        oncomplete: (truncErr) => binding.close(fd, { oncomplete: (closeErr) => cb(truncErr || closeErr || null) }),
      });
    });
  };

  // --- readv, writev, statfs, opendir --------------------------------------

  function validateBufferArray(buffers) {
    if (!Array.isArray(buffers) || !buffers.every((b) => ArrayBuffer.isView(b))) {
      throw new codes.ERR_INVALID_ARG_TYPE('buffers', 'ArrayBufferView[]', buffers);
    }
    return buffers.map((b) => (b instanceof Uint8Array ? b : new Uint8Array(b.buffer, b.byteOffset, b.byteLength)));
  }

  for (const [name, method] of [['readv', 'readBuffers'], ['writev', 'writeBuffers']]) {
    fs[`${name}Sync`] = function(fd, buffers, position) {
      fd = getValidatedFd(fd);
      const views = validateBufferArray(buffers);
      if (views.length === 0) return 0;
      if (typeof position !== 'number') position = null;
      return binding[method](fd, views, position);
    };
    fs[name] = function(fd, buffers, position, cb) {
      fd = getValidatedFd(fd);
      const views = validateBufferArray(buffers);
      if (typeof position === 'function') [position, cb] = [null, position];
      makeCallback(cb);
      if (views.length === 0) {
        process.nextTick(cb, null, 0, buffers);
        return;
      }
      if (typeof position !== 'number') position = null;
      binding[method](fd, views, position, { oncomplete: (err, n) => cb(err || null, n || 0, buffers) });
    };
    const { kCustomPromisifyArgsSymbol } = require('internal/util/promisify');
    Object.defineProperty(fs[name], kCustomPromisifyArgsSymbol, {
      value: [name === 'readv' ? 'bytesRead' : 'bytesWritten', 'buffers'],
      enumerable: false,
    });
  }

  fs.statfsSync = function statfsSync(path, options = { bigint: false }) {
    return new StatFs(...binding.statfs(getValidatedPath(path), options.bigint === true));
  };
  fs.statfs = function statfs(path, options = { bigint: false }, cb) {
    if (typeof options === 'function') [options, cb] = [{ bigint: false }, options];
    makeCallback(cb);
    path = getValidatedPath(path);
    binding.statfs(path, options.bigint === true, req(cb, (values) => new StatFs(...values)));
  };

  // --- cp ------------------------------------------------------------------

  fs.cpSync = function cpSync(src, dest, options) {
    const cp = require('internal/fs/cp');
    options = cp.validateCpOptions(options);
    cp.cpSyncFn(pathToString(getValidatedPath(src, 'src')), pathToString(getValidatedPath(dest, 'dest')), options);
  };
  fs.cp = function cp(src, dest, options, cb) {
    if (typeof options === 'function') [options, cb] = [undefined, options];
    makeCallback(cb);
    const cpModule = require('internal/fs/cp');
    options = cpModule.validateCpOptions(options);
    src = pathToString(getValidatedPath(src, 'src'));
    dest = pathToString(getValidatedPath(dest, 'dest'));
    cpModule.cpAsyncFn(src, dest, options).then(() => cb(null), cb);
  };

  // --- streams (loaded with the stream module on first use) ---------------

  const streams = () => require('internal/fs/streams');
  fs.createReadStream = function createReadStream(path, options) {
    return new (streams().ReadStream)(path, options);
  };
  fs.createWriteStream = function createWriteStream(path, options) {
    return new (streams().WriteStream)(path, options);
  };
  for (const [name, key] of [['ReadStream', 'ReadStream'], ['WriteStream', 'WriteStream'],
    ['FileReadStream', 'ReadStream'], ['FileWriteStream', 'WriteStream']]) {
    let value;
    Object.defineProperty(fs, name, {
      enumerable: false,
      configurable: true,
      get() { return value ?? streams()[key]; },
      set(v) { value = v; },
    });
  }

  const watchers = require('internal/fs/watchers');
  fs.watch = watchers.watch;
  fs.watchFile = watchers.watchFile;
  fs.unwatchFile = watchers.unwatchFile;

  const dir = require('internal/fs/dir');
  fs.Dir = dir.Dir;
  fs.opendir = dir.opendir;
  fs.opendirSync = dir.opendirSync;

  for (const name of ['fsync', 'fdatasync']) {
    fs[`${name}Sync`] = function(fd) {
      binding[name](getValidatedFd(fd));
    };
    fs[name] = function(fd, cb) {
      fd = getValidatedFd(fd);
      binding[name](fd, req(makeCallback(cb)));
    };
  }
}

module.exports = { install, StatFs };
