'use strict';
// Shared pieces of the WHATWG streams: the queue-with-sizes, strategy
// extraction, promise helpers and node's inspect output for the classes.

const { codes: { ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE } } = require('internal/errors');

const kState = Symbol('kState');
const kType = Symbol('kType');
const customInspect = Symbol.for('nodejs.util.inspect.custom');

function createDeferred() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

// Calls fn and returns its result as a new promise resolved with it (a
// returned promise thus settles ours two ticks later, as in node); a throw
// becomes a rejection.
function ensureIsPromise(fn, thisArg, ...args) {
  try {
    const value = Reflect.apply(fn, thisArg, args);
    return new Promise((resolve) => resolve(value));
  } catch (error) {
    return Promise.reject(error);
  }
}

function isPromisePending(promise) {
  if (!(promise instanceof Promise)) return false;
  const details = internalBinding('util').getPromiseState(promise);
  return details !== undefined && details[0] === 0;
}

function setPromiseHandled(promise) {
  promise.then(() => {}, () => {});
}

function extractHighWaterMark(value, defaultHWM) {
  if (value === undefined) return defaultHWM;
  value = +value;
  if (typeof value !== 'number' || Number.isNaN(value) || value < 0) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.highWaterMark', value);
  }
  return value;
}

function extractSizeAlgorithm(size) {
  if (size === undefined) return () => 1;
  if (typeof size !== 'function') {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('strategy.size', 'Function', size);
  }
  return size;
}

function dequeueValue(controller) {
  const { value, size } = controller[kState].queue.shift();
  controller[kState].queueTotalSize = Math.max(0, controller[kState].queueTotalSize - size);
  return value;
}

function resetQueue(controller) {
  controller[kState].queue = [];
  controller[kState].queueTotalSize = 0;
}

function peekQueueValue(controller) {
  return controller[kState].queue[0].value;
}

function enqueueValueWithSize(controller, value, size) {
  size = +size;
  if (typeof size !== 'number' || size < 0 || Number.isNaN(size) || size === Infinity) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('size', size);
  }
  controller[kState].queue.push({ value, size });
  controller[kState].queueTotalSize += size;
}

function isBrandOf(value, type) {
  return value != null && typeof value === 'object' && value[kType] === type;
}

function invalidThis(name) {
  const { codes: { ERR_INVALID_THIS } } = require('internal/errors');
  return new ERR_INVALID_THIS(name);
}

function invalidState(message) {
  return new ERR_INVALID_STATE.TypeError(message);
}

// node prints these objects as `Name { key: value, ... }`.
function customInspectFor(name, self, depth, options, inspect, props) {
  if (self == null || (self[kType] !== undefined && self[kType] !== name)) throw invalidThis(name);
  if (depth < 0) return self;
  const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
  return `${name} ${inspect(props, opts)}`;
}

module.exports = {
  kState, kType, customInspect, createDeferred, ensureIsPromise, setPromiseHandled, isPromisePending, extractHighWaterMark,
  extractSizeAlgorithm, dequeueValue, resetQueue, peekQueueValue, enqueueValueWithSize, isBrandOf, invalidThis,
  invalidState, customInspectFor,
};
