'use strict';

// util.promisify, util.callbackify and util.deprecate.

const {
  codes: { ERR_FALSY_VALUE_REJECTION },
} = require('internal/errors');
const { validateFunction, validateString } = require('internal/validators');

const kCustomPromisifiedSymbol = Symbol.for('nodejs.util.promisify.custom');
// Set on a callback API whose callback receives several values, to name
// them (fs.read resolves to { bytesRead, buffer }). A registered symbol, so
// that any library module can set it without importing this file.
const kCustomPromisifyArgsSymbol = Symbol.for('vigil.util.promisify.customArgs');

// Copies own properties (name, length, custom props) as node does, using
// null-prototype descriptors so that Object.prototype cannot interfere.
function copyDescriptors(target, source) {
  const descriptors = Object.getOwnPropertyDescriptors(source);
  for (const desc of Object.values(descriptors)) Object.setPrototypeOf(desc, null);
  return Object.defineProperties(target, descriptors);
}

function promisify(original) {
  validateFunction(original, 'original');
  if (original[kCustomPromisifiedSymbol]) {
    const fn = original[kCustomPromisifiedSymbol];
    validateFunction(fn, 'util.promisify.custom');
    return Object.defineProperty(fn, kCustomPromisifiedSymbol, {
      value: fn, enumerable: false, writable: false, configurable: true,
    });
  }
  const argumentNames = original[kCustomPromisifyArgsSymbol];
  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        if (argumentNames !== undefined && values.length > 1) {
          const obj = {};
          for (let i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = values[i];
          resolve(obj);
        } else {
          resolve(values[0]);
        }
      });
      Reflect.apply(original, this, args);
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisifiedSymbol, {
    value: fn, enumerable: false, writable: false, configurable: true,
  });
  return copyDescriptors(fn, original);
}
promisify.custom = kCustomPromisifiedSymbol;

// A promise rejected with a falsy reason is reported as an error, since a
// null first callback argument means success.
function callbackifyOnRejected(reason, cb) {
  if (!reason) {
    reason = new ERR_FALSY_VALUE_REJECTION(reason);
    Error.captureStackTrace(reason, callbackifyOnRejected);
  }
  return cb(reason);
}

function callbackify(original) {
  validateFunction(original, 'original');
  function callbackified(...args) {
    const maybeCb = args.pop();
    validateFunction(maybeCb, 'last argument');
    const cb = maybeCb.bind(this);
    // The callback runs on nextTick, outside the promise machinery, so that
    // an exception it throws is an uncaught exception, not a rejection.
    Reflect.apply(original, this, args)
      .then((ret) => process.nextTick(cb, null, ret),
            (rej) => process.nextTick(callbackifyOnRejected, rej, cb));
  }
  const descriptors = Object.getOwnPropertyDescriptors(original);
  if (typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  for (const desc of Object.values(descriptors)) Object.setPrototypeOf(desc, null);
  Object.defineProperties(callbackified, descriptors);
  return callbackified;
}

// Deprecation codes already warned about: each code warns once per process.
const codesWarned = new Set();

function deprecate(fn, msg, code, useEmitSync) {
  if (code !== undefined) validateString(code, 'code');
  let warned = false;
  function deprecated(...args) {
    if (!process.noDeprecation && !warned) {
      warned = true;
      if (code !== undefined) {
        if (!codesWarned.has(code)) {
          codesWarned.add(code);
          process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
        }
      } else {
        process.emitWarning(msg, 'DeprecationWarning', deprecated);
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  // The wrapper keeps fn's prototype chain, and instances made by either
  // function are instances of both.
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

module.exports = {
  promisify,
  callbackify,
  deprecate,
  customPromisifyArgs: kCustomPromisifyArgsSymbol,
  kCustomPromisifyArgsSymbol,
  kCustomPromisifiedSymbol,
};
