'use strict';
// The second half of `fs` (see runtime/lib/fs.js): links, realpath,
// permissions, owners, times, sizes and syncing, each in its sync and
// callback form.

const {
  binding, constants, pathModule, getOptions, getValidatedPath, getValidatedFd, parseFileMode,
  toUnixTimestamp, validateInt32, encodeNames, pathToString,
} = require('internal/fs/utils');
const { codes } = require('internal/errors');

const { S_IFMT, S_IFLNK } = constants;
const kMaxSymlinks = 40;

function install(fs, { req, makeCallback, splitCallback }) {
  // --- symlink, readlink, realpath ------------------------------------------

  function symlinkFlags(type, target) {
    if (type === 'dir') return constants.UV_FS_SYMLINK_DIR;
    if (type === 'junction') return constants.UV_FS_SYMLINK_JUNCTION;
    if (type != null && type !== 'file') {
      throw new codes.ERR_INVALID_ARG_VALUE('type', type, "must be one of: 'dir', 'file', 'junction', null, undefined");
    }
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
  function* realpathSteps(p) {
    let rest = pathModule.resolve(pathToString(p)).split('/').filter(Boolean);
    let current = '/';
    let links = 0;
    while (rest.length > 0) {
      const next = current === '/' ? `/${rest[0]}` : `${current}/${rest[0]}`;
      rest = rest.slice(1);
      const st = yield ['lstat', next];
      if ((st[1] & S_IFMT) !== S_IFLNK) {
        current = next;
        continue;
      }
      if (++links > kMaxSymlinks) yield ['stat', next];
      const target = yield ['readlink', next];
      rest = pathModule.resolve(current, target).split('/').filter(Boolean).concat(rest);
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
    if (typeof path === 'number') return fs.ftruncateSync(path, len);
    len = validateLength(len);
    const fd = fs.openSync(path, 'r+');
    try {
      binding.ftruncate(fd, len);
    } finally {
      binding.close(fd);
    }
  };
  fs.truncate = function truncate(path, len, cb) {
    if (typeof path === 'number') return fs.ftruncate(path, len, cb);
    if (typeof len === 'function') [len, cb] = [0, len];
    makeCallback(cb);
    len = validateLength(len);
    fs.open(path, 'r+', (err, fd) => {
      if (err) return cb(err);
      binding.ftruncate(fd, len, {
        oncomplete: (truncErr) => binding.close(fd, { oncomplete: (closeErr) => cb(truncErr || closeErr || null) }),
      });
    });
  };

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

module.exports = { install };
