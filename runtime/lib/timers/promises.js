'use strict';

// `timers/promises`: promise and async-iterator forms of the timers, with
// AbortSignal support and the `ref` option, as node 20 has them.

const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_ILLEGAL_CONSTRUCTOR },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateBoolean,
  validateObject,
} = require('internal/validators');
const timers = require('timers');

const kScheduler = Symbol('kScheduler');

let kResistStopPropagation;
function abortListenerOptions(extra) {
  if (kResistStopPropagation === undefined) {
    kResistStopPropagation =
      require('internal/event_target').kResistStopPropagation || null;
  }
  const options = { __proto__: null, ...extra };
  if (kResistStopPropagation !== null) options[kResistStopPropagation] = true;
  return options;
}

// Checks the options shared by setTimeout and setImmediate. Returns the
// error to reject with, or undefined.
function checkOptions(options) {
  if (options == null || typeof options !== 'object') {
    return new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  const { signal, ref = true } = options;
  try {
    validateAbortSignal(signal, 'options.signal');
  } catch (err) {
    return err;
  }
  if (typeof ref !== 'boolean') {
    return new ERR_INVALID_ARG_TYPE('options.ref', 'boolean', ref);
  }
  return undefined;
}

// Runs `start(resolve)` to arm a timer and wires the signal to cancel it.
function cancellable(signal, start, clear) {
  let onAbort;
  const promise = new Promise((resolve, reject) => {
    const timer = start(resolve);
    if (signal) {
      onAbort = () => {
        if (!timer._destroyed) {
          clear(timer);
          reject(new AbortError(undefined, { cause: signal.reason }));
        }
      };
      signal.addEventListener('abort', onAbort, abortListenerOptions());
    }
  });
  if (onAbort === undefined) return promise;
  return promise.finally(() => signal.removeEventListener('abort', onAbort));
}

function setTimeout(after, value, options = {}) {
  const error = checkOptions(options);
  if (error !== undefined) return Promise.reject(error);
  const { signal, ref = true } = options;
  if (signal && signal.aborted) {
    return Promise.reject(new AbortError(undefined, { cause: signal.reason }));
  }
  return cancellable(signal, (resolve) => {
    const timer = timers.setTimeout(resolve, after, value);
    if (!ref) timer.unref();
    return timer;
  }, timers.clearTimeout);
}

function setImmediate(value, options = {}) {
  const error = checkOptions(options);
  if (error !== undefined) return Promise.reject(error);
  const { signal, ref = true } = options;
  if (signal && signal.aborted) {
    return Promise.reject(new AbortError(undefined, { cause: signal.reason }));
  }
  return cancellable(signal, (resolve) => {
    const immediate = timers.setImmediate(resolve, value);
    if (!ref) immediate.unref();
    return immediate;
  }, timers.clearImmediate);
}

async function* setInterval(after, value, options = {}) {
  validateObject(options, 'options');
  if (typeof options.ref !== 'undefined') {
    validateBoolean(options.ref, 'options.ref');
  }
  const { signal, ref = true } = options;
  validateAbortSignal(signal, 'options.signal');
  if (signal && signal.aborted) {
    throw new AbortError(undefined, { cause: signal.reason });
  }

  let onAbort;
  let interval;
  try {
    // Ticks that fired while the consumer was busy are yielded later, one
    // value per tick.
    let pendingTicks = 0;
    let wake;
    interval = timers.setInterval(() => {
      pendingTicks++;
      if (wake) {
        wake();
        wake = undefined;
      }
    }, after);
    if (!ref) interval.unref();
    if (signal) {
      onAbort = () => {
        timers.clearInterval(interval);
        if (wake) {
          wake(Promise.reject(new AbortError(undefined, { cause: signal.reason })));
          wake = undefined;
        }
      };
      signal.addEventListener('abort', onAbort, abortListenerOptions({ once: true }));
    }
    while (!(signal && signal.aborted)) {
      if (pendingTicks === 0) {
        await new Promise((resolve) => { wake = resolve; });
      }
      for (; pendingTicks > 0; pendingTicks--) {
        yield value;
      }
    }
    throw new AbortError(undefined, { cause: signal && signal.reason });
  } finally {
    timers.clearInterval(interval);
    if (signal) signal.removeEventListener('abort', onAbort);
  }
}

// timers/promises.scheduler (the proposed Scheduling APIs): wait and yield.
class Scheduler {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  yield() {
    if (!this[kScheduler]) throw new ERR_INVALID_THIS('Scheduler');
    return setImmediate();
  }

  wait(delay, options) {
    if (!this[kScheduler]) throw new ERR_INVALID_THIS('Scheduler');
    return setTimeout(delay, undefined, { signal: options && options.signal });
  }
}

const scheduler = Reflect.construct(function() {
  this[kScheduler] = true;
}, [], Scheduler);

module.exports = {
  setTimeout,
  setImmediate,
  setInterval,
  scheduler,
};
