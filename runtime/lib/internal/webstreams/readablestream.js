'use strict';
// ReadableStream with its default reader and default controller, following
// the algorithms of the WHATWG Streams standard step by step (the promise
// reactions are where the spec puts them, so the order of callbacks matches
// node's). Byte streams (type: 'bytes') are not implemented.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const {
  kState, kType, customInspect, createDeferred, ensureIsPromise, setPromiseHandled, extractHighWaterMark,
  extractSizeAlgorithm, dequeueValue, resetQueue, enqueueValueWithSize, isBrandOf, invalidThis, invalidState,
  customInspectFor,
} = require('internal/webstreams/util');

const kIsClosedPromise = Symbol.for('nodejs.webstream.isClosedPromise');
const kControllerErrorFunction = Symbol.for('nodejs.webstream.controllerErrorFunction');

class ReadableStream {
  constructor(source = {}, strategy = {}) {
    if (source === null) source = {};
    if (typeof source !== 'object' && typeof source !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('source', 'Object', source);
    }
    if (strategy == null) strategy = {};
    this[kType] = 'ReadableStream';
    initializeReadableStream(this);
    if (source.type !== undefined) {
      if (`${source.type}` !== 'bytes') throw new ERR_INVALID_ARG_VALUE('source.type', source.type);
      if (strategy.size !== undefined) throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.size', strategy.size);
      const highWaterMark = extractHighWaterMark(strategy.highWaterMark, 0);
      require('internal/webstreams/readablebytestream').setupByteControllerFromSource(this, source, highWaterMark);
      return;
    }
    const size = extractSizeAlgorithm(strategy.size);
    const highWaterMark = extractHighWaterMark(strategy.highWaterMark, 1);
    setupControllerFromSource(this, source, highWaterMark, size);
  }

  get locked() {
    if (!isReadableStream(this)) throw invalidThis('ReadableStream');
    return isReadableStreamLocked(this);
  }

  cancel(reason = undefined) {
    if (!isReadableStream(this)) return Promise.reject(invalidThis('ReadableStream'));
    if (isReadableStreamLocked(this)) return Promise.reject(invalidState('ReadableStream is locked'));
    return readableStreamCancel(this, reason);
  }

  getReader(options = {}) {
    if (!isReadableStream(this)) throw invalidThis('ReadableStream');
    if (options == null || typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    const mode = options.mode;
    if (mode === undefined) return new ReadableStreamDefaultReader(this);
    if (`${mode}` !== 'byob') throw new ERR_INVALID_ARG_VALUE('options.mode', mode);
    return new (require('internal/webstreams/readablebytestream').ReadableStreamBYOBReader)(this);
  }

  pipeThrough(transform, options = {}) {
    if (!isReadableStream(this)) throw invalidThis('ReadableStream');
    const readable = transform && transform.readable;
    if (!isReadableStream(readable)) throw new ERR_INVALID_ARG_TYPE('transform.readable', 'ReadableStream', readable);
    const writable = transform.writable;
    const { isWritableStream, isWritableStreamLocked } = require('internal/webstreams/writablestream');
    if (!isWritableStream(writable)) throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', writable);
    const opts = validatePipeOptions(options);
    if (isReadableStreamLocked(this)) throw invalidState('The ReadableStream is locked');
    if (isWritableStreamLocked(writable)) throw invalidState('The WritableStream is locked');
    const promise = require('internal/webstreams/pipe').readableStreamPipeTo(this, writable, opts);
    setPromiseHandled(promise);
    return readable;
  }

  pipeTo(destination, options = {}) {
    try {
      if (!isReadableStream(this)) throw invalidThis('ReadableStream');
      const { isWritableStream, isWritableStreamLocked } = require('internal/webstreams/writablestream');
      if (!isWritableStream(destination)) throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', destination);
      const opts = validatePipeOptions(options);
      if (isReadableStreamLocked(this)) throw invalidState('The ReadableStream is locked');
      if (isWritableStreamLocked(destination)) throw invalidState('The WritableStream is locked');
      return require('internal/webstreams/pipe').readableStreamPipeTo(this, destination, opts);
    } catch (error) {
      return Promise.reject(error);
    }
  }

  tee() {
    if (!isReadableStream(this)) throw invalidThis('ReadableStream');
    return readableStreamDefaultTee(this);
  }

  values(options = {}) {
    if (!isReadableStream(this)) throw invalidThis('ReadableStream');
    const preventCancel = !!(options && options.preventCancel);
    return createAsyncIterator(this, preventCancel);
  }

  [Symbol.asyncIterator](options) {
    return this.values(options);
  }

  static from(iterable) {
    return readableStreamFromIterable(iterable);
  }

  [customInspect](depth, options, inspect) {
    return customInspectFor('ReadableStream', this, depth, options, inspect, {
      locked: this.locked,
      state: this[kState].state,
      supportsBYOB: require('internal/webstreams/readablebytestream').isByteController(this[kState].controller),
    });
  }
}
Object.defineProperty(ReadableStream.prototype, Symbol.toStringTag, { value: 'ReadableStream', configurable: true });

function initializeReadableStream(stream) {
  stream[kState] = {
    state: 'readable',
    reader: undefined,
    storedError: undefined,
    disturbed: false,
    controller: undefined,
  };
  // finished() on web streams waits for this promise.
  stream[kIsClosedPromise] = createDeferred();
  setPromiseHandled(stream[kIsClosedPromise].promise);
}

function validatePipeOptions(options) {
  if (options == null || typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  const signal = options.signal;
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
  }
  return {
    preventClose: !!options.preventClose,
    preventAbort: !!options.preventAbort,
    preventCancel: !!options.preventCancel,
    signal,
  };
}

function isReadableStream(value) {
  return isBrandOf(value, 'ReadableStream');
}

function isReadableStreamLocked(stream) {
  return stream[kState].reader !== undefined;
}

// --- reader ----------------------------------------------------------------

class ReadableStreamDefaultReader {
  constructor(stream) {
    if (!isReadableStream(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    this[kType] = 'ReadableStreamDefaultReader';
    this[kState] = { stream: undefined, readRequests: [], close: undefined };
    if (isReadableStreamLocked(stream)) throw invalidState('ReadableStream is locked');
    readerGenericInitialize(this, stream);
  }

  read() {
    if (!isBrandOf(this, 'ReadableStreamDefaultReader')) {
      return Promise.reject(invalidThis('ReadableStreamDefaultReader'));
    }
    if (this[kState].stream === undefined) {
      return Promise.reject(invalidState('The reader is not attached to a stream'));
    }
    const { promise, resolve, reject } = createDeferred();
    readableStreamDefaultReaderRead(this, {
      chunk: (value) => resolve({ value, done: false }),
      close: () => resolve({ value: undefined, done: true }),
      error: (error) => reject(error),
    });
    return promise;
  }

  releaseLock() {
    if (!isBrandOf(this, 'ReadableStreamDefaultReader')) throw invalidThis('ReadableStreamDefaultReader');
    if (this[kState].stream === undefined) return;
    readableStreamDefaultReaderRelease(this);
  }

  get closed() {
    if (!isBrandOf(this, 'ReadableStreamDefaultReader')) {
      return Promise.reject(invalidThis('ReadableStreamDefaultReader'));
    }
    return this[kState].close.promise;
  }

  cancel(reason = undefined) {
    if (!isBrandOf(this, 'ReadableStreamDefaultReader')) {
      return Promise.reject(invalidThis('ReadableStreamDefaultReader'));
    }
    if (this[kState].stream === undefined) {
      return Promise.reject(invalidState('The reader is not attached to a stream'));
    }
    return readableStreamCancel(this[kState].stream, reason);
  }

  [customInspect](depth, options, inspect) {
    return customInspectFor('ReadableStreamDefaultReader', this, depth, options, inspect, {
      stream: this[kState].stream,
      readRequests: this[kState].readRequests.length,
      close: this[kState].close.promise,
    });
  }
}
Object.defineProperty(ReadableStreamDefaultReader.prototype, Symbol.toStringTag,
                      { value: 'ReadableStreamDefaultReader', configurable: true });

function readerGenericInitialize(reader, stream) {
  reader[kState].stream = stream;
  stream[kState].reader = reader;
  const { state, storedError } = stream[kState];
  if (state === 'readable') {
    reader[kState].close = createDeferred();
  } else if (state === 'closed') {
    reader[kState].close = { promise: Promise.resolve(), resolve: undefined, reject: undefined };
  } else {
    reader[kState].close = { promise: Promise.reject(storedError), resolve: undefined, reject: undefined };
    setPromiseHandled(reader[kState].close.promise);
  }
}

function readerGenericRelease(reader) {
  const stream = reader[kState].stream;
  const releasedError = invalidState('Reader released');
  if (stream[kState].state === 'readable') {
    reader[kState].close.reject(releasedError);
  } else {
    reader[kState].close = { promise: Promise.reject(releasedError), resolve: undefined, reject: undefined };
  }
  setPromiseHandled(reader[kState].close.promise);
  const controller = stream[kState].controller;
  if (typeof controller[kReleaseSteps] === 'function') controller[kReleaseSteps]();
  stream[kState].reader = undefined;
  reader[kState].stream = undefined;
}

function readableStreamDefaultReaderRelease(reader) {
  readerGenericRelease(reader);
  const error = invalidState('Releasing reader');
  const requests = reader[kState].readRequests;
  reader[kState].readRequests = [];
  for (const request of requests) request.error(error);
}

function readableStreamDefaultReaderRead(reader, readRequest) {
  const stream = reader[kState].stream;
  stream[kState].disturbed = true;
  const { state } = stream[kState];
  if (state === 'closed') readRequest.close();
  else if (state === 'errored') readRequest.error(stream[kState].storedError);
  else stream[kState].controller[kPullSteps](readRequest);
}

function acquireReadableStreamDefaultReader(stream) {
  return new ReadableStreamDefaultReader(stream);
}

// --- stream state changes -------------------------------------------------

function readableStreamClose(stream) {
  stream[kState].state = 'closed';
  stream[kIsClosedPromise].resolve();
  const reader = stream[kState].reader;
  if (reader === undefined) return;
  reader[kState].close.resolve();
  if (!isBrandOf(reader, 'ReadableStreamDefaultReader')) return;
  const requests = reader[kState].readRequests;
  reader[kState].readRequests = [];
  for (const request of requests) request.close();
}

function readableStreamError(stream, error) {
  stream[kState].state = 'errored';
  stream[kState].storedError = error;
  stream[kIsClosedPromise].reject(error);
  const reader = stream[kState].reader;
  if (reader === undefined) return;
  reader[kState].close.reject(error);
  setPromiseHandled(reader[kState].close.promise);
  const key = isBrandOf(reader, 'ReadableStreamDefaultReader') ? 'readRequests' : 'readIntoRequests';
  const requests = reader[kState][key];
  reader[kState][key] = [];
  for (const request of requests) request.error(error);
}

function readableStreamCancel(stream, reason) {
  stream[kState].disturbed = true;
  const { state } = stream[kState];
  if (state === 'closed') return Promise.resolve();
  if (state === 'errored') return Promise.reject(stream[kState].storedError);
  readableStreamClose(stream);
  const reader = stream[kState].reader;
  if (reader !== undefined && isBrandOf(reader, 'ReadableStreamBYOBReader')) {
    const requests = reader[kState].readIntoRequests;
    reader[kState].readIntoRequests = [];
    for (const request of requests) request.close(undefined);
  }
  return stream[kState].controller[kCancelSteps](reason).then(() => {});
}

function readableStreamFulfillReadRequest(stream, chunk, done) {
  const reader = stream[kState].reader;
  const request = reader[kState].readRequests.shift();
  if (done) request.close();
  else request.chunk(chunk);
}

function readableStreamGetNumReadRequests(stream) {
  return stream[kState].reader[kState].readRequests.length;
}

function readableStreamHasDefaultReader(stream) {
  const reader = stream[kState].reader;
  return reader !== undefined && isBrandOf(reader, 'ReadableStreamDefaultReader');
}

// --- controller -------------------------------------------------------------

const kPullSteps = Symbol.for('vigil.webstreams.pullSteps');
const kCancelSteps = Symbol.for('vigil.webstreams.cancelSteps');
const kReleaseSteps = Symbol.for('vigil.webstreams.releaseSteps');

class ReadableStreamDefaultController {
  constructor(key) {
    if (key !== kPrivate) throw new (require('internal/errors').codes.ERR_ILLEGAL_CONSTRUCTOR)();
    this[kType] = 'ReadableStreamDefaultController';
    this[kState] = {};
  }

  get desiredSize() {
    return controllerGetDesiredSize(this);
  }

  close() {
    if (!controllerCanCloseOrEnqueue(this)) throw invalidState('Controller is already closed');
    controllerClose(this);
  }

  enqueue(chunk = undefined) {
    if (!controllerCanCloseOrEnqueue(this)) throw invalidState('Controller is already closed');
    controllerEnqueue(this, chunk);
  }

  error(error = undefined) {
    controllerError(this, error);
  }

  [kCancelSteps](reason) {
    resetQueue(this);
    const result = ensureIsPromise(this[kState].cancelAlgorithm, undefined, reason);
    controllerClearAlgorithms(this);
    return result;
  }

  [kPullSteps](readRequest) {
    const stream = this[kState].stream;
    if (this[kState].queue.length) {
      const chunk = dequeueValue(this);
      if (this[kState].closeRequested && !this[kState].queue.length) {
        controllerClearAlgorithms(this);
        readableStreamClose(stream);
      } else {
        controllerCallPullIfNeeded(this);
      }
      readRequest.chunk(chunk);
      return;
    }
    stream[kState].reader[kState].readRequests.push(readRequest);
    controllerCallPullIfNeeded(this);
  }

  [customInspect](depth, options, inspect) {
    return customInspectFor('ReadableStreamDefaultController', this, depth, options, inspect, {});
  }
}
Object.defineProperty(ReadableStreamDefaultController.prototype, Symbol.toStringTag,
                      { value: 'ReadableStreamDefaultController', configurable: true });

const kPrivate = Symbol('kPrivate');

function controllerCanCloseOrEnqueue(controller) {
  const { closeRequested, stream } = controller[kState];
  return !closeRequested && stream[kState].state === 'readable';
}

function controllerGetDesiredSize(controller) {
  const { stream, highWaterMark, queueTotalSize } = controller[kState];
  const state = stream[kState].state;
  if (state === 'errored') return null;
  if (state === 'closed') return 0;
  return highWaterMark - queueTotalSize;
}

function controllerClearAlgorithms(controller) {
  controller[kState].pullAlgorithm = undefined;
  controller[kState].cancelAlgorithm = undefined;
  controller[kState].sizeAlgorithm = undefined;
}

function controllerClose(controller) {
  if (!controllerCanCloseOrEnqueue(controller)) return;
  controller[kState].closeRequested = true;
  if (!controller[kState].queue.length) {
    controllerClearAlgorithms(controller);
    readableStreamClose(controller[kState].stream);
  }
}

function controllerEnqueue(controller, chunk) {
  if (!controllerCanCloseOrEnqueue(controller)) return;
  const stream = controller[kState].stream;
  if (isReadableStreamLocked(stream) && readableStreamHasDefaultReader(stream) &&
      readableStreamGetNumReadRequests(stream) > 0) {
    readableStreamFulfillReadRequest(stream, chunk, false);
  } else {
    let chunkSize;
    try {
      chunkSize = controller[kState].sizeAlgorithm(chunk);
    } catch (error) {
      controllerError(controller, error);
      throw error;
    }
    try {
      enqueueValueWithSize(controller, chunk, chunkSize);
    } catch (error) {
      controllerError(controller, error);
      throw error;
    }
  }
  controllerCallPullIfNeeded(controller);
}

function controllerError(controller, error) {
  const stream = controller[kState].stream;
  if (stream[kState].state !== 'readable') return;
  resetQueue(controller);
  controllerClearAlgorithms(controller);
  readableStreamError(stream, error);
}

function controllerShouldCallPull(controller) {
  const { stream, started } = controller[kState];
  if (!controllerCanCloseOrEnqueue(controller)) return false;
  if (!started) return false;
  if (isReadableStreamLocked(stream) && readableStreamGetNumReadRequests(stream) > 0) return true;
  return controllerGetDesiredSize(controller) > 0;
}

function controllerCallPullIfNeeded(controller) {
  if (!controllerShouldCallPull(controller)) return;
  if (controller[kState].pulling) {
    controller[kState].pullAgain = true;
    return;
  }
  controller[kState].pulling = true;
  ensureIsPromise(controller[kState].pullAlgorithm, undefined, controller).then(() => {
    controller[kState].pulling = false;
    if (controller[kState].pullAgain) {
      controller[kState].pullAgain = false;
      controllerCallPullIfNeeded(controller);
    }
  }, (error) => controllerError(controller, error));
}

function setupReadableStreamDefaultController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm,
                                              highWaterMark, sizeAlgorithm) {
  controller[kState] = {
    stream,
    queue: [],
    queueTotalSize: 0,
    started: false,
    closeRequested: false,
    pullAgain: false,
    pulling: false,
    sizeAlgorithm,
    highWaterMark,
    pullAlgorithm,
    cancelAlgorithm,
  };
  stream[kState].controller = controller;
  stream[kControllerErrorFunction] = (error) => controllerError(controller, error);
  // Resolving a new promise with the result (not Promise.resolve) costs a
  // promise-returning start() two more ticks, as in node.
  const startResult = startAlgorithm();
  new Promise((resolve) => resolve(startResult)).then(() => {
    controller[kState].started = true;
    controllerCallPullIfNeeded(controller);
  }, (error) => controllerError(controller, error));
}

function setupControllerFromSource(stream, source, highWaterMark, sizeAlgorithm) {
  const controller = new ReadableStreamDefaultController(kPrivate);
  const { start, pull, cancel } = source;
  if (start !== undefined && typeof start !== 'function') throw new ERR_INVALID_ARG_TYPE('source.start', 'Function', start);
  if (pull !== undefined && typeof pull !== 'function') throw new ERR_INVALID_ARG_TYPE('source.pull', 'Function', pull);
  if (cancel !== undefined && typeof cancel !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('source.cancel', 'Function', cancel);
  }
  const startAlgorithm = start ? () => Reflect.apply(start, source, [controller]) : () => undefined;
  const pullAlgorithm = pull ? () => Reflect.apply(pull, source, [controller]) : () => undefined;
  const cancelAlgorithm = cancel ? (reason) => Reflect.apply(cancel, source, [reason]) : () => undefined;
  setupReadableStreamDefaultController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm,
                                       highWaterMark, sizeAlgorithm);
}

// A stream built from algorithms (tee branches, TransformStream, adapters).
function createReadableStream(startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark = 1,
                              sizeAlgorithm = () => 1) {
  const stream = Object.create(ReadableStream.prototype);
  stream[kType] = 'ReadableStream';
  initializeReadableStream(stream);
  const controller = new ReadableStreamDefaultController(kPrivate);
  setupReadableStreamDefaultController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm,
                                       highWaterMark, sizeAlgorithm);
  return stream;
}

// --- tee ----------------------------------------------------------------------

function readableStreamDefaultTee(stream) {
  const reader = acquireReadableStreamDefaultReader(stream);
  let reading = false;
  let readAgain = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelPromise = createDeferred();

  function pullAlgorithm() {
    if (reading) {
      readAgain = true;
      return Promise.resolve();
    }
    reading = true;
    readableStreamDefaultReaderRead(reader, {
      chunk(value) {
        // Enqueue after the read's own reaction, as the spec's microtask does.
        queueMicrotask(() => {
          readAgain = false;
          if (!canceled1) controllerEnqueue(branch1[kState].controller, value);
          if (!canceled2) controllerEnqueue(branch2[kState].controller, value);
          reading = false;
          if (readAgain) pullAlgorithm();
        });
      },
      close() {
        reading = false;
        if (!canceled1) controllerClose(branch1[kState].controller);
        if (!canceled2) controllerClose(branch2[kState].controller);
        if (!canceled1 || !canceled2) cancelPromise.resolve();
      },
      error() {
        reading = false;
      },
    });
    return Promise.resolve();
  }

  function cancel1Algorithm(reason) {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  function cancel2Algorithm(reason) {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  branch1 = createReadableStream(() => undefined, pullAlgorithm, cancel1Algorithm);
  branch2 = createReadableStream(() => undefined, pullAlgorithm, cancel2Algorithm);
  reader[kState].close.promise.then(undefined, (error) => {
    controllerError(branch1[kState].controller, error);
    controllerError(branch2[kState].controller, error);
    if (!canceled1 || !canceled2) cancelPromise.resolve();
  });
  return [branch1, branch2];
}

// --- async iteration ----------------------------------------------------------

function createAsyncIterator(stream, preventCancel) {
  const reader = acquireReadableStreamDefaultReader(stream);
  let current = Promise.resolve();
  let finished = false;

  function nextSteps() {
    if (finished) return Promise.resolve({ value: undefined, done: true });
    const { promise, resolve, reject } = createDeferred();
    readableStreamDefaultReaderRead(reader, {
      chunk: (value) => resolve({ value, done: false }),
      close: () => {
        finished = true;
        readableStreamDefaultReaderRelease(reader);
        resolve({ value: undefined, done: true });
      },
      error: (error) => {
        finished = true;
        readableStreamDefaultReaderRelease(reader);
        reject(error);
      },
    });
    return promise;
  }

  async function returnSteps(value) {
    if (finished) return { value, done: true };
    finished = true;
    if (reader[kState].stream === undefined) {
      throw invalidState('The reader is not attached to a stream');
    }
    if (!preventCancel) {
      const result = readableStreamCancel(reader[kState].stream, value);
      readableStreamDefaultReaderRelease(reader);
      await result;
      return { value, done: true };
    }
    readableStreamDefaultReaderRelease(reader);
    return { value, done: true };
  }

  const iterator = Object.setPrototypeOf({
    next() {
      // Calls are queued so that each waits for the previous one.
      current = current.then(nextSteps, nextSteps);
      return current;
    },
    return(value) {
      const run = () => returnSteps(value);
      current = current.then(run, run);
      return current;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  }, Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype));
  return iterator;
}

// ReadableStream.from(asyncIterable | iterable): each pull awaits the next
// step and then its value (so promises in a sync iterable are unwrapped).
function readableStreamFromIterable(iterable) {
  const getter = iterable == null ? undefined
    : (iterable[Symbol.asyncIterator] != null ? iterable[Symbol.asyncIterator] : iterable[Symbol.iterator]);
  if (typeof getter !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('iterable', ['Iterable', 'AsyncIterable'], iterable);
  }
  const iterator = Reflect.apply(getter, iterable, []);
  if (iterator === null || (typeof iterator !== 'object' && typeof iterator !== 'function')) {
    throw invalidState('The iterator method must return an object');
  }
  let stream;
  const pullAlgorithm = async () => {
    const step = await iterator.next();
    if (step === null || typeof step !== 'object') {
      throw invalidState('The promise returned by the iterator.next() method must fulfill with an object');
    }
    if (step.done) controllerClose(stream[kState].controller);
    else controllerEnqueue(stream[kState].controller, await step.value);
  };
  const cancelAlgorithm = async (reason) => {
    if (typeof iterator.return !== 'function') return;
    const result = await iterator.return(reason);
    if (result === null || typeof result !== 'object') {
      throw invalidState('The promise returned by the iterator.return() method must fulfill with an object');
    }
  };
  stream = createReadableStream(() => undefined, pullAlgorithm, cancelAlgorithm, 0);
  return stream;
}

module.exports = {
  ReadableStream,
  ReadableStreamDefaultReader,
  ReadableStreamDefaultController,
  isReadableStream,
  isReadableStreamLocked,
  readableStreamCancel,
  readableStreamClose,
  readableStreamError,
  readableStreamDefaultReaderRead,
  readableStreamDefaultReaderRelease,
  readerGenericInitialize,
  readerGenericRelease,
  acquireReadableStreamDefaultReader,
  createReadableStream,
  controllerClose,
  controllerEnqueue,
  controllerError,
  controllerGetDesiredSize,
  controllerCanCloseOrEnqueue,
  kIsClosedPromise,
};
