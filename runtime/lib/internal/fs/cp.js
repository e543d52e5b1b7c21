'use strict';
// fs.cp, fs.cpSync and fs/promises cp: node's recursive copy. The walk is
// written once, as a generator that yields the file system operations it
// needs; a sync runner performs them with the *Sync functions, an async one
// awaits fs/promises, so both forms check, copy and fail alike.

const { codes } = require('internal/errors');
const { validateBoolean, validateFunction, validateObject } = require('internal/validators');
const { pathModule, validateInt32 } = require('internal/fs/utils');

const { ERR_FS_CP_DIR_TO_NON_DIR, ERR_FS_CP_EEXIST, ERR_FS_CP_EINVAL, ERR_FS_CP_FIFO_PIPE, ERR_FS_CP_NON_DIR_TO_DIR,
  ERR_FS_CP_SOCKET, ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY, ERR_FS_CP_UNKNOWN, ERR_FS_EISDIR,
  ERR_INCOMPATIBLE_OPTION_PAIR } = codes;
const { dirname, isAbsolute, join, parse, resolve, sep } = pathModule;

const defaults = {
  dereference: false, errorOnExist: false, filter: undefined, force: true,
  preserveTimestamps: false, recursive: false, verbatimSymlinks: false,
};

function validateCpOptions(options) {
  if (options === undefined) return { ...defaults, mode: 0 };
  validateObject(options, 'options');
  options = { ...defaults, ...options };
  for (const name of ['dereference', 'errorOnExist', 'force', 'preserveTimestamps', 'recursive', 'verbatimSymlinks']) {
    validateBoolean(options[name], `options.${name}`);
  }
  options.mode ??= 0;
  validateInt32(options.mode, 'mode', 0, 7);
  if (options.dereference && options.verbatimSymlinks) {
    throw new ERR_INCOMPATIBLE_OPTION_PAIR('dereference', 'verbatimSymlinks');
  }
  if (options.filter !== undefined) validateFunction(options.filter, 'options.filter');
  return options;
}

function errno(name) {
  return -internalBinding('uv')[`UV_${name}`];
}

function cpError(ErrorClass, code, message, path) {
  return new ErrorClass({ message, path, syscall: 'cp', errno: errno(code), code });
}

function areIdentical(a, b) {
  return b.ino && b.dev && b.ino === a.ino && b.dev === a.dev;
}

// Whether dest lies inside src, comparing path components.
function isSrcSubdir(src, dest) {
  const srcParts = resolve(src).split(sep).filter(Boolean);
  const destParts = resolve(dest).split(sep).filter(Boolean);
  return srcParts.every((part, i) => destParts[i] === part);
}

// The walk. Each `yield [op, ...args]` is performed by a runner below.
function* startCopy(src, dest, opts) {
  if (opts.filter && !(yield ['filter', src, dest])) return;
  const statOp = opts.dereference ? 'stat' : 'lstat';
  const srcStat = yield [statOp, src, true];
  const destStat = yield [statOp, dest, false];
  if (destStat) {
    if (areIdentical(srcStat, destStat)) {
      throw cpError(ERR_FS_CP_EINVAL, 'EINVAL', 'src and dest cannot be the same', dest);
    }
    if (srcStat.isDirectory() && !destStat.isDirectory()) {
      throw cpError(ERR_FS_CP_DIR_TO_NON_DIR, 'EISDIR', `cannot overwrite non-directory ${dest} with directory ${src}`, dest);
    }
    if (!srcStat.isDirectory() && destStat.isDirectory()) {
      throw cpError(ERR_FS_CP_NON_DIR_TO_DIR, 'ENOTDIR', `cannot overwrite directory ${dest} with non-directory ${src}`, dest);
    }
  }
  if (srcStat.isDirectory() && isSrcSubdir(src, dest)) {
    throw cpError(ERR_FS_CP_EINVAL, 'EINVAL', `cannot copy ${src} to a subdirectory of self ${dest}`, dest);
  }
  yield* checkParentPaths(src, srcStat, dest);
  const destParent = dirname(dest);
  if (!(yield ['exists', destParent])) yield ['mkdir', destParent, { recursive: true }];
  yield* copyEntry(srcStat, destStat, src, dest, opts);
}

// Refuses to copy a directory into one of its own descendants, also when
// the descendant is reached through another name.
function* checkParentPaths(src, srcStat, dest) {
  const srcParent = resolve(dirname(src));
  let destParent = resolve(dirname(dest));
  while (destParent !== srcParent && destParent !== parse(destParent).root) {
    const destStat = yield ['stat', destParent, false];
    if (destStat === undefined) return;
    if (areIdentical(srcStat, destStat)) {
      throw cpError(ERR_FS_CP_EINVAL, 'EINVAL', `cannot copy ${src} to a subdirectory of self ${dest}`, dest);
    }
    destParent = resolve(dirname(destParent));
  }
}

function* copyEntry(srcStat, destStat, src, dest, opts) {
  if (srcStat.isDirectory()) {
    if (!opts.recursive) {
      throw cpError(ERR_FS_EISDIR, 'EISDIR', `${src} is a directory (not copied)`, src);
    }
    if (!destStat) {
      yield ['mkdir', dest];
      yield* copyDir(src, dest, opts);
      yield ['chmod', dest, srcStat.mode];
    } else {
      yield* copyDir(src, dest, opts);
    }
    return;
  }
  if (srcStat.isFile() || srcStat.isCharacterDevice() || srcStat.isBlockDevice()) {
    if (!destStat) return yield* copyFile(srcStat, src, dest, opts);
    if (opts.force) {
      yield ['unlink', dest];
      return yield* copyFile(srcStat, src, dest, opts);
    }
    if (opts.errorOnExist) throw cpError(ERR_FS_CP_EEXIST, 'EEXIST', `${dest} already exists`, dest);
    return;
  }
  if (srcStat.isSymbolicLink()) return yield* copyLink(destStat, src, dest, opts);
  if (srcStat.isSocket()) throw cpError(ERR_FS_CP_SOCKET, 'EINVAL', `cannot copy a socket file: ${dest}`, dest);
  if (srcStat.isFIFO()) throw cpError(ERR_FS_CP_FIFO_PIPE, 'EINVAL', `cannot copy a FIFO pipe: ${dest}`, dest);
  throw cpError(ERR_FS_CP_UNKNOWN, 'EINVAL', `cannot copy an unknown file type: ${dest}`, dest);
}

function* copyFile(srcStat, src, dest, opts) {
  yield ['copyFile', src, dest, opts.mode];
  const mode = Number(srcStat.mode);
  if (opts.preserveTimestamps) {
    // A read-only file has to be made writable for utimes, then restored.
    if ((mode & 0o200) === 0) yield ['chmod', dest, mode | 0o200];
    const st = yield ['stat', src, true];
    yield ['utimes', dest, st.atime, st.mtime];
  }
  yield ['chmod', dest, mode];
}

function* copyDir(src, dest, opts) {
  for (const name of yield ['readdir', src]) {
    yield* startCopy(join(src, name), join(dest, name), opts);
  }
}

function* copyLink(destStat, src, dest, opts) {
  let resolvedSrc = yield ['readlink', src];
  if (!opts.verbatimSymlinks && !isAbsolute(resolvedSrc)) resolvedSrc = resolve(dirname(src), resolvedSrc);
  if (!destStat) {
    yield ['symlink', resolvedSrc, dest];
    return;
  }
  let resolvedDest;
  try {
    resolvedDest = yield ['readlink', dest];
  } catch (err) {
    // dest is not a link: replace it.
    if (err.code === 'EINVAL' || err.code === 'UNKNOWN') {
      yield ['symlink', resolvedSrc, dest];
      return;
    }
    throw err;
  }
  if (!isAbsolute(resolvedDest)) resolvedDest = resolve(dirname(dest), resolvedDest);
  if (isSrcSubdir(resolvedSrc, resolvedDest)) {
    throw cpError(ERR_FS_CP_EINVAL, 'EINVAL', `cannot copy ${resolvedSrc} to a subdirectory of self ${resolvedDest}`, dest);
  }
  const srcIsDir = (yield ['stat', src, true]).isDirectory();
  if (srcIsDir && isSrcSubdir(resolvedDest, resolvedSrc)) {
    throw cpError(ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY, 'EINVAL', `cannot overwrite ${resolvedDest} with ${resolvedSrc}`, dest);
  }
  yield ['unlink', dest];
  yield ['symlink', resolvedSrc, dest];
}

function syncOp(fs, opts, [op, a, b, c]) {
  switch (op) {
    case 'stat': return fs.statSync(a, { bigint: true, throwIfNoEntry: b });
    case 'lstat': return fs.lstatSync(a, { bigint: true, throwIfNoEntry: b });
    case 'exists': return fs.existsSync(a);
    case 'mkdir': return fs.mkdirSync(a, b);
    case 'chmod': return fs.chmodSync(a, Number(b));
    case 'unlink': return fs.unlinkSync(a);
    case 'copyFile': return fs.copyFileSync(a, b, c);
    case 'utimes': return fs.utimesSync(a, b, c);
    case 'readdir': return fs.readdirSync(a);
    case 'readlink': return fs.readlinkSync(a);
    case 'symlink': return fs.symlinkSync(a, b);
    case 'filter': {
      // cpSync cannot wait: a filter that returns a promise is an error.
      const include = opts.filter(a, b);
      if (typeof include?.then === 'function') throw new codes.ERR_INVALID_RETURN_VALUE('boolean', 'filter', include);
      return include;
    }
  }
}

async function asyncOp(fsp, opts, [op, a, b, c]) {
  switch (op) {
    case 'stat':
    case 'lstat':
      try {
        return await fsp[op](a, { bigint: true });
      } catch (err) {
        if (!b && err.code === 'ENOENT') return undefined;
        throw err;
      }
    case 'exists':
      return fsp.access(a).then(() => true, () => false);
    case 'mkdir': return fsp.mkdir(a, b);
    case 'chmod': return fsp.chmod(a, Number(b));
    case 'unlink': return fsp.unlink(a);
    case 'copyFile': return fsp.copyFile(a, b, c);
    case 'utimes': return fsp.utimes(a, b, c);
    case 'readdir': return fsp.readdir(a);
    case 'readlink': return fsp.readlink(a);
    case 'symlink': return fsp.symlink(a, b);
    case 'filter': return opts.filter(a, b);
  }
}

// Drives the walk, feeding each operation's result (or error) back in.
function runSync(gen, perform) {
  let step = gen.next();
  while (!step.done) {
    let value;
    try {
      value = perform(step.value);
    } catch (err) {
      step = gen.throw(err);
      continue;
    }
    step = gen.next(value);
  }
}

async function runAsync(gen, perform) {
  let step = gen.next();
  while (!step.done) {
    let value;
    try {
      value = await perform(step.value);
    } catch (err) {
      step = gen.throw(err);
      continue;
    }
    step = gen.next(value);
  }
}

function cpSyncFn(src, dest, opts) {
  const fs = require('fs');
  runSync(startCopy(src, dest, opts), (op) => syncOp(fs, opts, op));
}

function cpAsyncFn(src, dest, opts) {
  const fsp = require('fs/promises');
  return runAsync(startCopy(src, dest, opts), (op) => asyncOp(fsp, opts, op));
}

module.exports = { validateCpOptions, cpSyncFn, cpAsyncFn };
