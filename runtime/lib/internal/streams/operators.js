'use strict';
// The iterator helpers of Readable: map, filter, flatMap, take, drop (which
// return a new Readable) and forEach, toArray, some, every, find, reduce
// (which return a promise). map runs up to `concurrency` callbacks at once
// and yields their results in input order.

const { AbortError, codes: { ERR_INVALID_ARG_TYPE, ERR_MISSING_ARGS, ERR_OUT_OF_RANGE } } = require('internal/errors');
const { validateFunction, validateInteger, validateObject } = require('internal/validators');
const { newAbortController, validateAbortSignal, addAbortListener } = require('internal/streams/utils');

const kEmpty = Symbol('kEmpty');
const kEof = Symbol('kEof');

function validateOptions(options) {
  if (options != null) validateObject(options, 'options');
  if (options && options.signal != null) validateAbortSignal(options.signal, 'options.signal');
}

function throwIfAborted(signal) {
  if (signal && signal.aborted) throw new AbortError(undefined, { cause: signal.reason });
}

function map(fn, options) {
  validateFunction(fn, 'fn');
  validateOptions(options);
  let concurrency = 1;
  if (options && options.concurrency != null) concurrency = Math.floor(options.concurrency);
  validateInteger(concurrency, 'options.concurrency', 1);
  let highWaterMark = concurrency - 1;
  if (options && options.highWaterMark != null) highWaterMark = Math.floor(options.highWaterMark);
  validateInteger(highWaterMark, 'options.highWaterMark', 0);
  // Up to `concurrency` callbacks run at once; finished results wait in the
  // queue (at most highWaterMark more) until the consumer takes them in order.
  highWaterMark += concurrency;
  const stream = this;
  return (async function* mapped() {
    const outer = options && options.signal;
    throwIfAborted(outer);
    const ac = newAbortController();
    const signal = ac.signal;
    const removeOuter = outer ? addAbortListener(outer, () => ac.abort(outer.reason)) : () => {};
    const signalOpt = { signal };
    const queue = [];
    let running = 0;
    let wakeConsumer = null;
    let wakePump = null;
    let done = false;

    function notifyConsumer() {
      if (wakeConsumer) {
        const fn = wakeConsumer;
        wakeConsumer = null;
        fn();
      }
    }
    function maybeResumePump() {
      if (wakePump && !done && running < concurrency && queue.length < highWaterMark) {
        const fn = wakePump;
        wakePump = null;
        fn();
      }
    }
    function afterItemProcessed() {
      running--;
      maybeResumePump();
    }
    function onItemFailed() {
      done = true;
      notifyConsumer();
    }

    async function pump() {
      try {
        for await (let val of stream) {
          if (done) return;
          if (signal.aborted) throw new AbortError();
          try {
            val = fn(val, signalOpt);
            if (val === kEmpty) continue;
            val = Promise.resolve(val);
          } catch (err) {
            val = Promise.reject(err);
          }
          running++;
          val.then(afterItemProcessed, onItemFailed);
          queue.push(val);
          notifyConsumer();
          if (!done && (queue.length >= highWaterMark || running >= concurrency)) {
            await new Promise((resolve) => { wakePump = resolve; });
          }
        }
        queue.push(kEof);
      } catch (err) {
        const val = Promise.reject(err);
        val.then(afterItemProcessed, onItemFailed);
        queue.push(val);
      } finally {
        done = true;
        notifyConsumer();
      }
    }

    pump();
    try {
      while (true) {
        while (queue.length > 0) {
          const val = await queue[0];
          if (val === kEof) return;
          if (signal.aborted) throw new AbortError();
          if (val !== kEmpty) yield val;
          queue.shift();
          maybeResumePump();
        }
        await new Promise((resolve) => { wakeConsumer = resolve; });
      }
    } finally {
      done = true;
      if (wakePump) {
        const fn = wakePump;
        wakePump = null;
        fn();
      }
      removeOuter();
      ac.abort();
    }
  })();
}

function filter(fn, options) {
  validateFunction(fn, 'fn');
  async function filterFn(value, opts) {
    return (await fn(value, opts)) ? value : kEmpty;
  }
  return map.call(this, filterFn, options);
}

function flatMap(fn, options) {
  const values = map.call(this, fn, options);
  return (async function* flattened() {
    for await (const val of values) yield* val;
  })();
}

function toIntegerOrInfinity(number) {
  number = Number(number);
  if (Number.isNaN(number)) return 0;
  if (number < 0) throw new ERR_OUT_OF_RANGE('number', '>= 0', number);
  return number;
}

function drop(number, options) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  const stream = this;
  return (async function* dropped() {
    throwIfAborted(options && options.signal);
    for await (const val of stream) {
      throwIfAborted(options && options.signal);
      if (number-- <= 0) yield val;
    }
    throwIfAborted(options && options.signal);
  })();
}

function take(number, options) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  const stream = this;
  return (async function* taken() {
    throwIfAborted(options && options.signal);
    if (number <= 0) return;
    for await (const val of stream) {
      throwIfAborted(options && options.signal);
      yield val;
      if (--number <= 0) return;
    }
  })();
}

function asIndexedPairs(options) {
  validateOptions(options);
  const stream = this;
  return (async function* pairs() {
    let index = 0;
    for await (const val of stream) {
      throwIfAborted(options && options.signal);
      yield [index++, val];
    }
  })();
}

async function forEach(fn, options) {
  validateFunction(fn, 'fn');
  async function forEachFn(value, opts) {
    await fn(value, opts);
    return kEmpty;
  }
  // eslint-disable-next-line no-unused-vars
  for await (const unused of map.call(this, forEachFn, options));
}

async function toArray(options) {
  validateOptions(options);
  const result = [];
  for await (const val of this) {
    throwIfAborted(options && options.signal);
    result.push(val);
  }
  return result;
}

async function some(fn, options) {
  validateFunction(fn, 'fn');
  for await (const unused of filter.call(this, fn, options)) return true; // eslint-disable-line no-unused-vars
  return false;
}

async function every(fn, options) {
  validateFunction(fn, 'fn');
  return !(await some.call(this, async (...args) => !(await fn(...args)), options));
}

async function find(fn, options) {
  for await (const result of filter.call(this, fn, options)) return result;
  return undefined;
}

async function reduce(reducer, initialValue, options) {
  validateFunction(reducer, 'reducer');
  validateOptions(options);
  let hasInitialValue = arguments.length > 1;
  const outer = options && options.signal;
  if (outer && outer.aborted) {
    // The stream is destroyed before the rejection, as in node.
    const err = new AbortError(undefined, { cause: outer.reason });
    this.once('error', () => {});
    await require('internal/streams/end-of-stream').finished(this.destroy(err));
    throw err;
  }
  const ac = newAbortController();
  const removeOuter = outer ? addAbortListener(outer, () => ac.abort(outer.reason)) : () => {};
  let gotAnyItemFromStream = false;
  try {
    for await (const value of this) {
      gotAnyItemFromStream = true;
      throwIfAborted(outer);
      if (!hasInitialValue) {
        initialValue = value;
        hasInitialValue = true;
      } else {
        initialValue = await reducer(initialValue, value, { signal: ac.signal });
      }
    }
    if (!gotAnyItemFromStream && !hasInitialValue) {
      const err = new ERR_MISSING_ARGS('reduce');
      err.message = 'Reduce of an empty stream requires an initial value';
      throw err;
    }
  } finally {
    removeOuter();
    ac.abort();
  }
  return initialValue;
}

module.exports = {
  streamReturningOperators: { asIndexedPairs, drop, filter, flatMap, map, take },
  promiseReturningOperators: { every, forEach, reduce, toArray, some, find },
  kEof,
  ERR_INVALID_ARG_TYPE,
};
