'use strict';

// Small helpers shared across the library, under the names node's
// internal/util uses so that code and tests written against node find them.
// The larger pieces live in their own files (promisify/deprecate in
// internal/util/promisify, inspect in internal/util/inspect).

const {
  codes: { ERR_NO_CRYPTO, ERR_UNKNOWN_SIGNAL },
  uvErrmapGet,
  kArrowMessage,
} = require('internal/errors');
const { promisify, deprecate, customPromisifyArgs } = require('internal/util/promisify');
const { removeColors } = require('internal/util/inspect_primitives');

const types = internalBinding('types');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kEmptyObject = Object.freeze({ __proto__: null });
const kEnumerableProperty = Object.freeze({ __proto__: null, enumerable: true });
const kIsEncodingSymbol = Symbol('kIsEncodingSymbol');
const kVmBreakFirstLineSymbol = Symbol('kVmBreakFirstLineSymbol');
const kDecorated = Symbol('kDecorated');

function isError(e) {
  return types.isNativeError(e) || e instanceof Error;
}

const experimentalWarnings = new Set();
function emitExperimentalWarning(feature) {
  if (experimentalWarnings.has(feature)) return;
  experimentalWarnings.add(feature);
  process.emitWarning(`${feature} is an experimental feature and might change at any time`,
                      'ExperimentalWarning');
}

// Puts the "file:line / source / ^" arrow recorded for an error in front of
// its stack, once.
function decorateErrorStack(err) {
  if (!(isError(err) && err.stack) || err[kDecorated]) return;
  const arrow = err[kArrowMessage];
  if (arrow) {
    err.stack = arrow + err.stack;
    err[kDecorated] = true;
  }
}

function assertCrypto() {
  if (!process.versions || !process.versions.openssl) throw new ERR_NO_CRYPTO();
}

// Node's canonical encoding names, or undefined for an unknown encoding.
// The encoding names by length. As node, a value is first sorted by its
// length and only then compared as lowercased text, so an array or another
// non-string whose text would match is not an encoding (unless its length
// matches too).
const kEncodingsByLength = [
  undefined, undefined, undefined,
  { __proto__: null, hex: 'hex' },
  { __proto__: null, utf8: 'utf8', ucs2: 'utf16le' },
  { __proto__: null, 'utf-8': 'utf8', ascii: 'ascii', 'ucs-2': 'utf16le' },
  { __proto__: null, base64: 'base64', latin1: 'latin1', binary: 'latin1' },
  { __proto__: null, utf16le: 'utf16le' },
  { __proto__: null, 'utf-16le': 'utf16le' },
  { __proto__: null, base64url: 'base64url' },
];

function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8' || enc === '') return 'utf8';
  const length = enc.length;
  const names = typeof length === 'number' ? kEncodingsByLength[length] : undefined;
  return names === undefined ? undefined : names[`${enc}`.toLowerCase()];
}

function getSystemErrorName(err) {
  const entry = uvErrmapGet(err);
  return entry ? entry[0] : `Unknown system error ${err}`;
}

function getSystemErrorMap() {
  return require('util').getSystemErrorMap();
}

let signals;
function convertToValidSignal(signal) {
  if (typeof signal === 'number') {
    signals ??= require('os').constants.signals;
    for (const name of Object.keys(signals)) {
      if (signals[name] === signal) return signal;
    }
  } else if (typeof signal === 'string') {
    signals ??= require('os').constants.signals;
    const number = signals[signal.toUpperCase()];
    if (number) return number;
  }
  throw new ERR_UNKNOWN_SIGNAL(signal);
}

function once(callback) {
  let called = false;
  return function(...args) {
    if (called) return;
    called = true;
    return Reflect.apply(callback, this, args);
  };
}

function createDeferredPromise() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

// Faster than Array.prototype.splice for removing one element.
function spliceOne(list, index) {
  for (; index + 1 < list.length; index++) list[index] = list[index + 1];
  list.pop();
}

function join(output, separator) {
  let str = '';
  if (output.length !== 0) {
    const lastIndex = output.length - 1;
    for (let i = 0; i < lastIndex; i++) str += output[i] + separator;
    str += output[lastIndex];
  }
  return str;
}

function cachedResult(fn) {
  let result;
  return () => {
    if (result === undefined) result = fn();
    return result.slice();
  };
}

// Drops strings that differ only in case, preferring the lower-case ones
// (or upper-case with `low` false), sorted.
function filterDuplicateStrings(items, low) {
  const map = new Map();
  for (const item of items) {
    const key = item.toLowerCase();
    if (low) map.set(key, key);
    else map.set(key, item);
  }
  return [...map.values()].sort();
}

function filterOwnProperties(source, keys) {
  const filtered = { __proto__: null };
  for (const key of keys) {
    if (Object.prototype.hasOwnProperty.call(source, key)) filtered[key] = source[key];
  }
  return filtered;
}

function getConstructorOf(obj) {
  while (obj) {
    const descriptor = Object.getOwnPropertyDescriptor(obj, 'constructor');
    if (descriptor !== undefined && typeof descriptor.value === 'function' && descriptor.value.name !== '') {
      return descriptor.value;
    }
    obj = Object.getPrototypeOf(obj);
  }
  return null;
}

function setOwnProperty(obj, key, value) {
  return Object.defineProperty(obj, key, { configurable: true, enumerable: true, value, writable: true });
}

function getLazy(initializer) {
  let value;
  let initialized = false;
  return () => {
    if (!initialized) {
      value = initializer();
      initialized = true;
    }
    return value;
  };
}

// Properties of `target` that load `keys` from module `id` on first use.
function defineLazyProperties(target, id, keys, enumerable = true) {
  let mod;
  for (const key of keys) {
    let value;
    let set = false;
    Object.defineProperty(target, key, {
      enumerable,
      configurable: true,
      get() {
        if (!set) {
          mod ??= require(id);
          value = mod[key];
          set = true;
        }
        return value;
      },
      set(v) {
        value = v;
        set = true;
      },
    });
  }
}

// Blocks the thread: only node's tests use it.
function sleep(msec) {
  require('internal/validators').validateUint32(msec, 'msec');
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, msec);
}

function isArrayBufferDetached(value) {
  if (value.byteLength !== 0) return false;
  try {
    new Uint8Array(value);
    return false;
  } catch {
    return true;
  }
}

let DOMException;
function lazyDOMExceptionClass() {
  DOMException ??= globalThis.DOMException ?? require('internal/domexception').DOMException;
  return DOMException;
}

function lazyDOMException(message, name) {
  const Ctor = lazyDOMExceptionClass();
  return new Ctor(message, name);
}

// A weak reference that can be made strong while something relies on it.
class WeakReference {
  #weak;
  #strong = null;
  #refCount = 0;

  constructor(object) {
    this.#weak = new WeakRef(object);
  }

  incRef() {
    this.#refCount++;
    if (this.#refCount === 1) this.#strong = this.#weak.deref();
    return this.#refCount;
  }

  decRef() {
    this.#refCount--;
    if (this.#refCount === 0) this.#strong = null;
    return this.#refCount;
  }

  get() {
    return this.#weak.deref();
  }
}

const SideEffectFreeRegExpPrototypeExec = (regex, string) => RegExp.prototype.exec.call(new RegExp(regex), string);
const SideEffectFreeRegExpPrototypeSymbolReplace = (regex, string, replacement) =>
  RegExp.prototype[Symbol.replace].call(new RegExp(regex), string, replacement);
const SideEffectFreeRegExpPrototypeSymbolSplit = (regex, string, limit) =>
  RegExp.prototype[Symbol.split].call(new RegExp(regex), string, limit);

// --pending-deprecation, given on the command line or as
// NODE_PENDING_DEPRECATION=1, turns on the deprecations node keeps quiet.
function pendingDeprecation() {
  return process.execArgv.includes('--pending-deprecation') || process.env.NODE_PENDING_DEPRECATION === '1';
}

module.exports = {
  pendingDeprecation,
  assertCrypto,
  cachedResult,
  convertToValidSignal,
  createDeferredPromise,
  decorateErrorStack,
  defineLazyProperties,
  deprecate,
  emitExperimentalWarning,
  filterDuplicateStrings,
  filterOwnProperties,
  getConstructorOf,
  getLazy,
  getSystemErrorMap,
  getSystemErrorName,
  isArrayBufferDetached,
  isError,
  join,
  lazyDOMException,
  lazyDOMExceptionClass,
  normalizeEncoding,
  once,
  promisify,
  removeColors,
  setOwnProperty,
  SideEffectFreeRegExpPrototypeExec,
  SideEffectFreeRegExpPrototypeSymbolReplace,
  SideEffectFreeRegExpPrototypeSymbolSplit,
  sleep,
  spliceOne,
  WeakReference,
  SymbolDispose: Symbol.dispose || Symbol.for('nodejs.dispose'),
  SymbolAsyncDispose: Symbol.asyncDispose || Symbol.for('nodejs.asyncDispose'),
  customPromisifyArgs,
  customInspectSymbol,
  kIsEncodingSymbol,
  kVmBreakFirstLineSymbol,
  kEmptyObject,
  kEnumerableProperty,
};
