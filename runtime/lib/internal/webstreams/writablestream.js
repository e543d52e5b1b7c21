'use strict';
// WritableStream with its default writer and controller, following the
// WHATWG Streams standard's algorithms (writes are processed one at a time,
// close waits for the queue, abort and errors move through "erroring").

const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE } } = require('internal/errors');
const {
  kState, kType, customInspect, createDeferred, ensureIsPromise, setPromiseHandled, extractHighWaterMark,
  extractSizeAlgorithm, dequeueValue, resetQueue, peekQueueValue, enqueueValueWithSize, isBrandOf, invalidThis,
  invalidState, customInspectFor,
} = require('internal/webstreams/util');
const { newAbortController } = require('internal/streams/utils');

const kIsClosedPromise = Symbol.for('nodejs.webstream.isClosedPromise');
const kControllerErrorFunction = Symbol.for('nodejs.webstream.controllerErrorFunction');
const kCloseSentinel = Symbol('kCloseSentinel');
const kAbortSteps = Symbol('kAbortSteps');
const kErrorSteps = Symbol('kErrorSteps');
const kPrivate = Symbol('kPrivate');

class WritableStream {
  constructor(sink = {}, strategy = {}) {
    if (sink === null) sink = {};
    if (typeof sink !== 'object' && typeof sink !== 'function') throw new ERR_INVALID_ARG_TYPE('sink', 'Object', sink);
    if (strategy == null) strategy = {};
    if (sink.type !== undefined) throw new ERR_INVALID_ARG_VALUE.RangeError('type', sink.type);
    this[kType] = 'WritableStream';
    initializeWritableStream(this);
    const size = extractSizeAlgorithm(strategy.size);
    const highWaterMark = extractHighWaterMark(strategy.highWaterMark, 1);
    setupControllerFromSink(this, sink, highWaterMark, size);
  }

  get locked() {
    if (!isWritableStream(this)) throw invalidThis('WritableStream');
    return isWritableStreamLocked(this);
  }

  abort(reason = undefined) {
    if (!isWritableStream(this)) return Promise.reject(invalidThis('WritableStream'));
    if (isWritableStreamLocked(this)) return Promise.reject(invalidState('WritableStream is locked'));
    return writableStreamAbort(this, reason);
  }

  close() {
    if (!isWritableStream(this)) return Promise.reject(invalidThis('WritableStream'));
    if (isWritableStreamLocked(this)) return Promise.reject(invalidState('WritableStream is locked'));
    if (closeQueuedOrInFlight(this)) return Promise.reject(invalidState('Failure closing WritableStream'));
    return writableStreamClose(this);
  }

  getWriter() {
    if (!isWritableStream(this)) throw invalidThis('WritableStream');
    return new WritableStreamDefaultWriter(this);
  }

  [customInspect](depth, options, inspect) {
    return customInspectFor('WritableStream', this, depth, options, inspect, {
      locked: this.locked,
      state: this[kState].state,
    });
  }
}
Object.defineProperty(WritableStream.prototype, Symbol.toStringTag, { value: 'WritableStream', configurable: true });

function initializeWritableStream(stream) {
  stream[kState] = {
    state: 'writable',
    storedError: undefined,
    writer: undefined,
    controller: undefined,
    inFlightWriteRequest: undefined,
    closeRequest: undefined,
    inFlightCloseRequest: undefined,
    pendingAbortRequest: undefined,
    writeRequests: [],
    backpressure: false,
  };
  stream[kIsClosedPromise] = createDeferred();
  setPromiseHandled(stream[kIsClosedPromise].promise);
}

function isWritableStream(value) {
  return isBrandOf(value, 'WritableStream');
}

function isWritableStreamLocked(stream) {
  return stream[kState].writer !== undefined;
}

// --- writer -------------------------------------------------------------------

class WritableStreamDefaultWriter {
  constructor(stream) {
    if (!isWritableStream(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'WritableStream', stream);
    this[kType] = 'WritableStreamDefaultWriter';
    this[kState] = { stream: undefined, ready: undefined, close: undefined };
    if (isWritableStreamLocked(stream)) throw invalidState('WritableStream is locked');
    this[kState].stream = stream;
    stream[kState].writer = this;
    const { state, storedError, backpressure } = stream[kState];
    if (state === 'writable') {
      if (!closeQueuedOrInFlight(stream) && backpressure) this[kState].ready = createDeferred();
      else this[kState].ready = resolved();
      this[kState].close = createDeferred();
    } else if (state === 'erroring') {
      this[kState].ready = rejected(storedError);
      this[kState].close = createDeferred();
    } else if (state === 'closed') {
      this[kState].ready = resolved();
      this[kState].close = resolved();
    } else {
      this[kState].ready = rejected(storedError);
      this[kState].close = rejected(storedError);
    }
  }

  get closed() {
    if (!isBrandOf(this, 'WritableStreamDefaultWriter')) return Promise.reject(invalidThis('WritableStreamDefaultWriter'));
    return this[kState].close.promise;
  }

  get ready() {
    if (!isBrandOf(this, 'WritableStreamDefaultWriter')) return Promise.reject(invalidThis('WritableStreamDefaultWriter'));
    return this[kState].ready.promise;
  }

  get desiredSize() {
    if (!isBrandOf(this, 'WritableStreamDefaultWriter')) throw invalidThis('WritableStreamDefaultWriter');
    if (this[kState].stream === undefined) throw invalidState('Writer is not bound to a WritableStream');
    return writerGetDesiredSize(this);
  }

  abort(reason = undefined) {
    if (!isBrandOf(this, 'WritableStreamDefaultWriter')) return Promise.reject(invalidThis('WritableStreamDefaultWriter'));
    if (this[kState].stream === undefined) {
      return Promise.reject(invalidState('Writer is not bound to a WritableStream'));
    }
    return writableStreamAbort(this[kState].stream, reason);
  }

  close() {
    if (!isBrandOf(this, 'WritableStreamDefaultWriter')) return Promise.reject(invalidThis('WritableStreamDefaultWriter'));
    const stream = this[kState].stream;
    if (stream === undefined) return Promise.reject(invalidState('Writer is not bound to a WritableStream'));
    if (closeQueuedOrInFlight(stream)) return Promise.reject(invalidState('Failure to close WritableStream'));
    return writableStreamClose(stream);
  }

  releaseLock() {
    if (!isBrandOf(this, 'WritableStreamDefaultWriter')) throw invalidThis('WritableStreamDefaultWriter');
    const stream = this[kState].stream;
    if (stream === undefined) return;
    const releasedError = invalidState('Writer has been released');
    writerEnsureReadyPromiseRejected(this, releasedError);
    writerEnsureClosedPromiseRejected(this, releasedError);
    stream[kState].writer = undefined;
    this[kState].stream = undefined;
  }

  write(chunk = undefined) {
    if (!isBrandOf(this, 'WritableStreamDefaultWriter')) return Promise.reject(invalidThis('WritableStreamDefaultWriter'));
    if (this[kState].stream === undefined) {
      return Promise.reject(invalidState('Writer is not bound to a WritableStream'));
    }
    return writerWrite(this, chunk);
  }

  [customInspect](depth, options, inspect) {
    return customInspectFor('WritableStreamDefaultWriter', this, depth, options, inspect, {
      stream: this[kState].stream,
      close: this[kState].close.promise,
      ready: this[kState].ready.promise,
      desiredSize: this[kState].stream === undefined ? undefined : writerGetDesiredSize(this),
    });
  }
}
Object.defineProperty(WritableStreamDefaultWriter.prototype, Symbol.toStringTag,
                      { value: 'WritableStreamDefaultWriter', configurable: true });

function resolved() {
  return { promise: Promise.resolve(), resolve: undefined, reject: undefined, settled: true };
}

function rejected(error) {
  const promise = Promise.reject(error);
  setPromiseHandled(promise);
  return { promise, resolve: undefined, reject: undefined, settled: true };
}

function settle(deferred, fn, value) {
  if (deferred.settled) return;
  deferred.settled = true;
  deferred[fn](value);
}

function writerGetDesiredSize(writer) {
  const stream = writer[kState].stream;
  const { state } = stream[kState];
  if (state === 'errored' || state === 'erroring') return null;
  if (state === 'closed') return 0;
  return controllerGetDesiredSize(stream[kState].controller);
}

function writerEnsureReadyPromiseRejected(writer, error) {
  if (writer[kState].ready.settled) writer[kState].ready = rejected(error);
  else {
    settle(writer[kState].ready, 'reject', error);
    setPromiseHandled(writer[kState].ready.promise);
  }
}

function writerEnsureClosedPromiseRejected(writer, error) {
  if (writer[kState].close.settled) writer[kState].close = rejected(error);
  else {
    settle(writer[kState].close, 'reject', error);
    setPromiseHandled(writer[kState].close.promise);
  }
}

function writerWrite(writer, chunk) {
  const stream = writer[kState].stream;
  const controller = stream[kState].controller;
  const chunkSize = controllerGetChunkSize(controller, chunk);
  if (stream !== writer[kState].stream) return Promise.reject(invalidState('Mismatched WritableStreams'));
  const { state } = stream[kState];
  if (state === 'errored') return Promise.reject(stream[kState].storedError);
  if (closeQueuedOrInFlight(stream) || state === 'closed') {
    return Promise.reject(invalidState('WritableStream is closed'));
  }
  if (state === 'erroring') return Promise.reject(stream[kState].storedError);
  const request = createDeferred();
  stream[kState].writeRequests.push(request);
  controllerWrite(controller, chunk, chunkSize);
  return request.promise;
}

// --- stream algorithms ----------------------------------------------------------

function writableStreamAbort(stream, reason) {
  const { state, controller } = stream[kState];
  if (state === 'closed' || state === 'errored') return Promise.resolve();
  controller[kState].abortController.abort(reason);
  if (stream[kState].state === 'closed' || stream[kState].state === 'errored') return Promise.resolve();
  if (stream[kState].pendingAbortRequest !== undefined) return stream[kState].pendingAbortRequest.promise.promise;
  let wasAlreadyErroring = false;
  if (stream[kState].state === 'erroring') {
    wasAlreadyErroring = true;
    reason = undefined;
  }
  const promise = createDeferred();
  stream[kState].pendingAbortRequest = { promise, reason, wasAlreadyErroring };
  if (!wasAlreadyErroring) startErroring(stream, reason);
  return promise.promise;
}

function writableStreamClose(stream) {
  const { state, writer, backpressure, controller } = stream[kState];
  if (state === 'closed' || state === 'errored') {
    return Promise.reject(invalidState('WritableStream is closed'));
  }
  const promise = createDeferred();
  stream[kState].closeRequest = promise;
  if (writer !== undefined && backpressure && state === 'writable') settle(writer[kState].ready, 'resolve');
  enqueueValueWithSize(controller, kCloseSentinel, 0);
  controllerAdvanceQueueIfNeeded(controller);
  return promise.promise;
}

function closeQueuedOrInFlight(stream) {
  return stream[kState].closeRequest !== undefined || stream[kState].inFlightCloseRequest !== undefined;
}

function hasOperationMarkedInFlight(stream) {
  return stream[kState].inFlightWriteRequest !== undefined || stream[kState].inFlightCloseRequest !== undefined;
}

function dealWithRejection(stream, error) {
  if (stream[kState].state === 'writable') {
    startErroring(stream, error);
    return;
  }
  finishErroring(stream);
}

function startErroring(stream, reason) {
  const { controller, writer } = stream[kState];
  stream[kState].state = 'erroring';
  stream[kState].storedError = reason;
  if (writer !== undefined) writerEnsureReadyPromiseRejected(writer, reason);
  if (!hasOperationMarkedInFlight(stream) && controller[kState].started) finishErroring(stream);
}

function finishErroring(stream) {
  stream[kState].state = 'errored';
  stream[kState].controller[kErrorSteps]();
  const storedError = stream[kState].storedError;
  const requests = stream[kState].writeRequests;
  stream[kState].writeRequests = [];
  for (const request of requests) request.reject(storedError);
  const abortRequest = stream[kState].pendingAbortRequest;
  if (abortRequest === undefined) {
    rejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  stream[kState].pendingAbortRequest = undefined;
  if (abortRequest.wasAlreadyErroring) {
    abortRequest.promise.reject(storedError);
    rejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  stream[kState].controller[kAbortSteps](abortRequest.reason).then(() => {
    abortRequest.promise.resolve();
    rejectCloseAndClosedPromiseIfNeeded(stream);
  }, (reason) => {
    abortRequest.promise.reject(reason);
    rejectCloseAndClosedPromiseIfNeeded(stream);
  });
}

function rejectCloseAndClosedPromiseIfNeeded(stream) {
  const { storedError, writer } = stream[kState];
  stream[kIsClosedPromise].reject(storedError);
  if (stream[kState].closeRequest !== undefined) {
    stream[kState].closeRequest.reject(storedError);
    stream[kState].closeRequest = undefined;
  }
  if (writer !== undefined) {
    settle(writer[kState].close, 'reject', storedError);
    setPromiseHandled(writer[kState].close.promise);
  }
}

function finishInFlightWrite(stream) {
  stream[kState].inFlightWriteRequest.resolve();
  stream[kState].inFlightWriteRequest = undefined;
}

function finishInFlightWriteWithError(stream, error) {
  stream[kState].inFlightWriteRequest.reject(error);
  stream[kState].inFlightWriteRequest = undefined;
  dealWithRejection(stream, error);
}

function finishInFlightClose(stream) {
  stream[kState].inFlightCloseRequest.resolve();
  stream[kState].inFlightCloseRequest = undefined;
  if (stream[kState].state === 'erroring') {
    stream[kState].storedError = undefined;
    if (stream[kState].pendingAbortRequest !== undefined) {
      stream[kState].pendingAbortRequest.promise.resolve();
      stream[kState].pendingAbortRequest = undefined;
    }
  }
  stream[kState].state = 'closed';
  stream[kIsClosedPromise].resolve();
  const writer = stream[kState].writer;
  if (writer !== undefined) settle(writer[kState].close, 'resolve');
}

function finishInFlightCloseWithError(stream, error) {
  stream[kState].inFlightCloseRequest.reject(error);
  stream[kState].inFlightCloseRequest = undefined;
  if (stream[kState].pendingAbortRequest !== undefined) {
    stream[kState].pendingAbortRequest.promise.reject(error);
    stream[kState].pendingAbortRequest = undefined;
  }
  dealWithRejection(stream, error);
}

function updateBackpressure(stream, backpressure) {
  const writer = stream[kState].writer;
  if (writer !== undefined && backpressure !== stream[kState].backpressure) {
    if (backpressure) writer[kState].ready = createDeferred();
    else settle(writer[kState].ready, 'resolve');
  }
  stream[kState].backpressure = backpressure;
}

// --- controller -------------------------------------------------------------------

class WritableStreamDefaultController {
  constructor(key) {
    if (key !== kPrivate) throw new (require('internal/errors').codes.ERR_ILLEGAL_CONSTRUCTOR)();
    this[kType] = 'WritableStreamDefaultController';
    this[kState] = {};
  }

  get signal() {
    return this[kState].abortController.signal;
  }

  error(error = undefined) {
    if (this[kState].stream[kState].state !== 'writable') return;
    controllerError(this, error);
  }

  [kAbortSteps](reason) {
    const result = ensureIsPromise(this[kState].abortAlgorithm, undefined, reason);
    controllerClearAlgorithms(this);
    return result;
  }

  [kErrorSteps]() {
    resetQueue(this);
  }

  [customInspect](depth, options, inspect) {
    return customInspectFor('WritableStreamDefaultController', this, depth, options, inspect, {});
  }
}
Object.defineProperty(WritableStreamDefaultController.prototype, Symbol.toStringTag,
                      { value: 'WritableStreamDefaultController', configurable: true });

function controllerGetDesiredSize(controller) {
  return controller[kState].highWaterMark - controller[kState].queueTotalSize;
}

function controllerGetBackpressure(controller) {
  return controllerGetDesiredSize(controller) <= 0;
}

function controllerClearAlgorithms(controller) {
  controller[kState].writeAlgorithm = undefined;
  controller[kState].closeAlgorithm = undefined;
  controller[kState].abortAlgorithm = undefined;
  controller[kState].sizeAlgorithm = undefined;
}

function controllerGetChunkSize(controller, chunk) {
  if (controller[kState].sizeAlgorithm === undefined) return 1;
  try {
    return controller[kState].sizeAlgorithm(chunk);
  } catch (error) {
    controllerErrorIfNeeded(controller, error);
    return 1;
  }
}

function controllerWrite(controller, chunk, chunkSize) {
  try {
    enqueueValueWithSize(controller, chunk, chunkSize);
  } catch (error) {
    controllerErrorIfNeeded(controller, error);
    return;
  }
  const stream = controller[kState].stream;
  if (!closeQueuedOrInFlight(stream) && stream[kState].state === 'writable') {
    updateBackpressure(stream, controllerGetBackpressure(controller));
  }
  controllerAdvanceQueueIfNeeded(controller);
}

function controllerAdvanceQueueIfNeeded(controller) {
  const stream = controller[kState].stream;
  if (!controller[kState].started) return;
  if (stream[kState].inFlightWriteRequest !== undefined) return;
  if (stream[kState].state === 'erroring') {
    finishErroring(stream);
    return;
  }
  if (!controller[kState].queue.length) return;
  const value = peekQueueValue(controller);
  if (value === kCloseSentinel) controllerProcessClose(controller);
  else controllerProcessWrite(controller, value);
}

function controllerErrorIfNeeded(controller, error) {
  if (controller[kState].stream[kState].state === 'writable') controllerError(controller, error);
}

function controllerProcessClose(controller) {
  const stream = controller[kState].stream;
  stream[kState].inFlightCloseRequest = stream[kState].closeRequest;
  stream[kState].closeRequest = undefined;
  dequeueValue(controller);
  const sinkClosePromise = ensureIsPromise(controller[kState].closeAlgorithm, undefined);
  controllerClearAlgorithms(controller);
  sinkClosePromise.then(() => finishInFlightClose(stream), (reason) => finishInFlightCloseWithError(stream, reason));
}

function controllerProcessWrite(controller, chunk) {
  const stream = controller[kState].stream;
  stream[kState].inFlightWriteRequest = stream[kState].writeRequests.shift();
  const sinkWritePromise = ensureIsPromise(controller[kState].writeAlgorithm, undefined, chunk, controller);
  sinkWritePromise.then(() => {
    finishInFlightWrite(stream);
    dequeueValue(controller);
    if (!closeQueuedOrInFlight(stream) && stream[kState].state === 'writable') {
      updateBackpressure(stream, controllerGetBackpressure(controller));
    }
    controllerAdvanceQueueIfNeeded(controller);
  }, (reason) => {
    if (stream[kState].state === 'writable') controllerClearAlgorithms(controller);
    finishInFlightWriteWithError(stream, reason);
  });
}

function controllerError(controller, error) {
  const stream = controller[kState].stream;
  controllerClearAlgorithms(controller);
  startErroring(stream, error);
}

function setupWritableStreamDefaultController(stream, controller, startAlgorithm, writeAlgorithm, closeAlgorithm,
                                              abortAlgorithm, highWaterMark, sizeAlgorithm) {
  controller[kState] = {
    stream,
    queue: [],
    queueTotalSize: 0,
    abortController: newAbortController(),
    started: false,
    sizeAlgorithm,
    highWaterMark,
    writeAlgorithm,
    closeAlgorithm,
    abortAlgorithm,
  };
  stream[kState].controller = controller;
  stream[kControllerErrorFunction] = (error) => controllerErrorIfNeeded(controller, error);
  updateBackpressure(stream, controllerGetBackpressure(controller));
  // Resolving a new promise with the result (not Promise.resolve) costs a
  // promise-returning start() two more ticks, as in node.
  const startResult = startAlgorithm();
  new Promise((resolve) => resolve(startResult)).then(() => {
    controller[kState].started = true;
    controllerAdvanceQueueIfNeeded(controller);
  }, (error) => {
    controller[kState].started = true;
    dealWithRejection(stream, error);
  });
}

function setupControllerFromSink(stream, sink, highWaterMark, sizeAlgorithm) {
  const controller = new WritableStreamDefaultController(kPrivate);
  const { start, write, close, abort } = sink;
  for (const [name, fn] of [['start', start], ['write', write], ['close', close], ['abort', abort]]) {
    if (fn !== undefined && typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE(`sink.${name}`, 'Function', fn);
  }
  const startAlgorithm = start ? () => Reflect.apply(start, sink, [controller]) : () => undefined;
  const writeAlgorithm = write ? (chunk) => Reflect.apply(write, sink, [chunk, controller]) : () => undefined;
  const closeAlgorithm = close ? () => Reflect.apply(close, sink, []) : () => undefined;
  const abortAlgorithm = abort ? (reason) => Reflect.apply(abort, sink, [reason]) : () => undefined;
  setupWritableStreamDefaultController(stream, controller, startAlgorithm, writeAlgorithm, closeAlgorithm,
                                       abortAlgorithm, highWaterMark, sizeAlgorithm);
}

function createWritableStream(startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm, highWaterMark = 1,
                              sizeAlgorithm = () => 1) {
  const stream = Object.create(WritableStream.prototype);
  stream[kType] = 'WritableStream';
  initializeWritableStream(stream);
  const controller = new WritableStreamDefaultController(kPrivate);
  setupWritableStreamDefaultController(stream, controller, startAlgorithm, writeAlgorithm, closeAlgorithm,
                                       abortAlgorithm, highWaterMark, sizeAlgorithm);
  return stream;
}

module.exports = {
  WritableStream,
  WritableStreamDefaultWriter,
  WritableStreamDefaultController,
  isWritableStream,
  isWritableStreamLocked,
  writableStreamAbort,
  writableStreamClose,
  closeQueuedOrInFlight,
  writerWrite,
  writerGetDesiredSize,
  controllerErrorIfNeeded,
  createWritableStream,
};
