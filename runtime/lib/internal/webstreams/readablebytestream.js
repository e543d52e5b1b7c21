'use strict';
// Byte streams (new ReadableStream({ type: 'bytes' })): the byte controller,
// the BYOB reader and the BYOB request, following the WHATWG Streams
// standard. Chunks move between pull-into descriptors (the reader's own
// buffers) and the controller's queue of byte ranges. One deviation: buffers
// are copied instead of transferred (detached), so callers keep theirs.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE },
} = require('internal/errors');
const {
  kState, kType, customInspect, createDeferred, ensureIsPromise, isBrandOf, invalidThis, invalidState,
  customInspectFor, setPromiseHandled,
} = require('internal/webstreams/util');

const kPrivate = Symbol('kPrivate');

function rs() {
  return require('internal/webstreams/readablestream');
}

// --- the BYOB request -------------------------------------------------------

class ReadableStreamBYOBRequest {
  constructor(key) {
    if (key !== kPrivate) throw new (require('internal/errors').codes.ERR_ILLEGAL_CONSTRUCTOR)();
    this[kType] = 'ReadableStreamBYOBRequest';
    this[kState] = { controller: undefined, view: null };
  }

  get view() {
    if (!isBrandOf(this, 'ReadableStreamBYOBRequest')) throw invalidThis('ReadableStreamBYOBRequest');
    return this[kState].view;
  }

  respond(bytesWritten) {
    if (!isBrandOf(this, 'ReadableStreamBYOBRequest')) throw invalidThis('ReadableStreamBYOBRequest');
    const { controller, view } = this[kState];
    if (controller === undefined) throw invalidState('This BYOB request has been invalidated');
    bytesWritten = Number(bytesWritten);
    if (!Number.isInteger(bytesWritten) || bytesWritten < 0) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('bytesWritten', bytesWritten);
    }
    if (view.byteLength === 0 || view.buffer.byteLength === 0) {
      throw invalidState('View or Viewed ArrayBuffer is zero-length or detached');
    }
    byteControllerRespond(controller, bytesWritten);
  }

  respondWithNewView(view) {
    if (!isBrandOf(this, 'ReadableStreamBYOBRequest')) throw invalidThis('ReadableStreamBYOBRequest');
    if (!ArrayBuffer.isView(view)) throw new ERR_INVALID_ARG_TYPE('view', ['Buffer', 'TypedArray', 'DataView'], view);
    const { controller } = this[kState];
    if (controller === undefined) throw invalidState('This BYOB request has been invalidated');
    byteControllerRespondWithNewView(controller, view);
  }

  [customInspect](depth, options, inspect) {
    return customInspectFor('ReadableStreamBYOBRequest', this, depth, options, inspect, {
      view: this.view,
      controller: this[kState].controller,
    });
  }
}
Object.defineProperty(ReadableStreamBYOBRequest.prototype, Symbol.toStringTag,
                      { value: 'ReadableStreamBYOBRequest', configurable: true });

// --- the byte controller ------------------------------------------------------

const kPullSteps = Symbol.for('vigil.webstreams.pullSteps');
const kCancelSteps = Symbol.for('vigil.webstreams.cancelSteps');
const kReleaseSteps = Symbol.for('vigil.webstreams.releaseSteps');

class ReadableByteStreamController {
  constructor(key) {
    if (key !== kPrivate) throw new (require('internal/errors').codes.ERR_ILLEGAL_CONSTRUCTOR)();
    this[kType] = 'ReadableByteStreamController';
    this[kState] = {};
  }

  get byobRequest() {
    if (!isBrandOf(this, 'ReadableByteStreamController')) throw invalidThis('ReadableByteStreamController');
    const state = this[kState];
    if (state.byobRequest === null && state.pendingPullIntos.length) {
      const first = state.pendingPullIntos[0];
      const view = new Uint8Array(first.buffer, first.byteOffset + first.bytesFilled,
                                  first.byteLength - first.bytesFilled);
      const request = new ReadableStreamBYOBRequest(kPrivate);
      request[kState] = { controller: this, view };
      state.byobRequest = request;
    }
    return state.byobRequest;
  }

  get desiredSize() {
    if (!isBrandOf(this, 'ReadableByteStreamController')) throw invalidThis('ReadableByteStreamController');
    return byteControllerGetDesiredSize(this);
  }

  close() {
    if (!isBrandOf(this, 'ReadableByteStreamController')) throw invalidThis('ReadableByteStreamController');
    if (this[kState].closeRequested) throw invalidState('Controller is already closed');
    if (this[kState].stream[kState].state !== 'readable') throw invalidState('ReadableStream is already closed');
    byteControllerClose(this);
  }

  enqueue(chunk) {
    if (!isBrandOf(this, 'ReadableByteStreamController')) throw invalidThis('ReadableByteStreamController');
    if (!ArrayBuffer.isView(chunk)) throw new ERR_INVALID_ARG_TYPE('chunk', ['Buffer', 'TypedArray', 'DataView'], chunk);
    if (chunk.byteLength === 0 || chunk.buffer.byteLength === 0) {
      throw new ERR_INVALID_STATE.TypeError('chunk ArrayBuffer is zero-length or detached');
    }
    if (this[kState].closeRequested) throw invalidState('Controller is already closed');
    if (this[kState].stream[kState].state !== 'readable') throw invalidState('ReadableStream is already closed');
    byteControllerEnqueue(this, chunk);
  }

  error(error = undefined) {
    if (!isBrandOf(this, 'ReadableByteStreamController')) throw invalidThis('ReadableByteStreamController');
    byteControllerError(this, error);
  }

  [kCancelSteps](reason) {
    clearPendingPullIntos(this);
    resetByteQueue(this);
    const result = ensureIsPromise(this[kState].cancelAlgorithm, undefined, reason);
    clearAlgorithms(this);
    return result;
  }

  [kPullSteps](readRequest) {
    const state = this[kState];
    const stream = state.stream;
    if (state.queueTotalSize > 0) {
      const entry = state.queue.shift();
      state.queueTotalSize -= entry.byteLength;
      handleQueueDrain(this);
      readRequest.chunk(new Uint8Array(entry.buffer, entry.byteOffset, entry.byteLength));
      return;
    }
    const size = state.autoAllocateChunkSize;
    if (size !== undefined) {
      let buffer;
      try {
        buffer = new ArrayBuffer(size);
      } catch (error) {
        readRequest.error(error);
        return;
      }
      state.pendingPullIntos.push({
        buffer, bufferByteLength: size, byteOffset: 0, byteLength: size, bytesFilled: 0, elementSize: 1,
        viewConstructor: { ctor: Uint8Array, proto: Uint8Array.prototype }, readerType: 'default',
      });
    }
    stream[kState].reader[kState].readRequests.push(readRequest);
    byteControllerCallPullIfNeeded(this);
  }

  [kReleaseSteps]() {
    const pending = this[kState].pendingPullIntos;
    if (pending.length) {
      const first = pending[0];
      first.readerType = 'none';
      this[kState].pendingPullIntos = [first];
    }
  }

  [customInspect](depth, options, inspect) {
    return customInspectFor('ReadableByteStreamController', this, depth, options, inspect, {});
  }
}
Object.defineProperty(ReadableByteStreamController.prototype, Symbol.toStringTag,
                      { value: 'ReadableByteStreamController', configurable: true });

function isByteController(value) {
  return isBrandOf(value, 'ReadableByteStreamController');
}

function resetByteQueue(controller) {
  controller[kState].queue = [];
  controller[kState].queueTotalSize = 0;
}

function clearAlgorithms(controller) {
  controller[kState].pullAlgorithm = undefined;
  controller[kState].cancelAlgorithm = undefined;
}

function invalidateBYOBRequest(controller) {
  const request = controller[kState].byobRequest;
  if (request === null) return;
  request[kState].controller = undefined;
  request[kState].view = null;
  controller[kState].byobRequest = null;
}

function clearPendingPullIntos(controller) {
  invalidateBYOBRequest(controller);
  controller[kState].pendingPullIntos = [];
}

function byteControllerGetDesiredSize(controller) {
  const { stream, highWaterMark, queueTotalSize } = controller[kState];
  const state = stream[kState].state;
  if (state === 'errored') return null;
  if (state === 'closed') return 0;
  return highWaterMark - queueTotalSize;
}

function hasBYOBReader(stream) {
  const reader = stream[kState].reader;
  return reader !== undefined && isBrandOf(reader, 'ReadableStreamBYOBReader');
}

function hasDefaultReader(stream) {
  const reader = stream[kState].reader;
  return reader !== undefined && isBrandOf(reader, 'ReadableStreamDefaultReader');
}

function numReadRequests(stream) {
  return stream[kState].reader[kState].readRequests.length;
}

function numReadIntoRequests(stream) {
  return stream[kState].reader[kState].readIntoRequests.length;
}

function shouldCallPull(controller) {
  const { stream, closeRequested, started } = controller[kState];
  if (stream[kState].state !== 'readable' || closeRequested || !started) return false;
  if (hasDefaultReader(stream) && numReadRequests(stream) > 0) return true;
  if (hasBYOBReader(stream) && numReadIntoRequests(stream) > 0) return true;
  return byteControllerGetDesiredSize(controller) > 0;
}

function byteControllerCallPullIfNeeded(controller) {
  if (!shouldCallPull(controller)) return;
  if (controller[kState].pulling) {
    controller[kState].pullAgain = true;
    return;
  }
  controller[kState].pulling = true;
  ensureIsPromise(controller[kState].pullAlgorithm, undefined, controller).then(() => {
    controller[kState].pulling = false;
    if (controller[kState].pullAgain) {
      controller[kState].pullAgain = false;
      byteControllerCallPullIfNeeded(controller);
    }
  }, (error) => byteControllerError(controller, error));
}

function byteControllerError(controller, error) {
  const stream = controller[kState].stream;
  if (stream[kState].state !== 'readable') return;
  clearPendingPullIntos(controller);
  resetByteQueue(controller);
  clearAlgorithms(controller);
  rs().readableStreamError(stream, error);
}

function byteControllerClose(controller) {
  const stream = controller[kState].stream;
  if (controller[kState].closeRequested || stream[kState].state !== 'readable') return;
  if (controller[kState].queueTotalSize > 0) {
    controller[kState].closeRequested = true;
    return;
  }
  const pending = controller[kState].pendingPullIntos;
  if (pending.length && pending[0].bytesFilled % pending[0].elementSize !== 0) {
    const error = invalidState('Partial read');
    byteControllerError(controller, error);
    throw error;
  }
  clearAlgorithms(controller);
  rs().readableStreamClose(stream);
}

function copyBytes(chunk) {
  return chunk.buffer.slice(chunk.byteOffset, chunk.byteOffset + chunk.byteLength);
}

function enqueueChunkToQueue(controller, buffer, byteOffset, byteLength) {
  controller[kState].queue.push({ buffer, byteOffset, byteLength });
  controller[kState].queueTotalSize += byteLength;
}

function enqueueClonedChunkToQueue(controller, buffer, byteOffset, byteLength) {
  enqueueChunkToQueue(controller, buffer.slice(byteOffset, byteOffset + byteLength), 0, byteLength);
}

function byteControllerEnqueue(controller, chunk) {
  const stream = controller[kState].stream;
  if (controller[kState].closeRequested || stream[kState].state !== 'readable') return;
  const buffer = copyBytes(chunk);
  const byteLength = chunk.byteLength;
  const pending = controller[kState].pendingPullIntos;
  if (pending.length) {
    invalidateBYOBRequest(controller);
    if (pending[0].readerType === 'none') enqueueDetachedPullIntoToQueue(controller, pending[0]);
  }
  if (hasDefaultReader(stream)) {
    processReadRequestsUsingQueue(controller);
    if (numReadRequests(stream) === 0) {
      enqueueChunkToQueue(controller, buffer, 0, byteLength);
    } else {
      if (controller[kState].pendingPullIntos.length) controller[kState].pendingPullIntos.shift();
      fulfillReadRequest(stream, new Uint8Array(buffer, 0, byteLength), false);
    }
  } else if (hasBYOBReader(stream)) {
    enqueueChunkToQueue(controller, buffer, 0, byteLength);
    for (const descriptor of processPullIntoDescriptorsUsingQueue(controller)) commitPullIntoDescriptor(stream, descriptor);
  } else {
    enqueueChunkToQueue(controller, buffer, 0, byteLength);
  }
  byteControllerCallPullIfNeeded(controller);
}

function processReadRequestsUsingQueue(controller) {
  const stream = controller[kState].stream;
  const requests = stream[kState].reader[kState].readRequests;
  while (requests.length > 0 && controller[kState].queueTotalSize > 0) {
    const entry = controller[kState].queue.shift();
    controller[kState].queueTotalSize -= entry.byteLength;
    handleQueueDrain(controller);
    requests.shift().chunk(new Uint8Array(entry.buffer, entry.byteOffset, entry.byteLength));
  }
}

function fulfillReadRequest(stream, chunk, done) {
  const request = stream[kState].reader[kState].readRequests.shift();
  if (done) request.close();
  else request.chunk(chunk);
}

function fulfillReadIntoRequest(stream, chunk, done) {
  const request = stream[kState].reader[kState].readIntoRequests.shift();
  if (done) request.close(chunk);
  else request.chunk(chunk);
}

function handleQueueDrain(controller) {
  if (controller[kState].queueTotalSize === 0 && controller[kState].closeRequested) {
    clearAlgorithms(controller);
    rs().readableStreamClose(controller[kState].stream);
  } else {
    byteControllerCallPullIfNeeded(controller);
  }
}

function enqueueDetachedPullIntoToQueue(controller, descriptor) {
  if (descriptor.bytesFilled > 0) {
    enqueueClonedChunkToQueue(controller, descriptor.buffer, descriptor.byteOffset, descriptor.bytesFilled);
  }
  controller[kState].pendingPullIntos.shift();
}

// Copies queued bytes into the descriptor; true when it holds at least one
// whole element.
function fillPullIntoDescriptorFromQueue(controller, descriptor) {
  const state = controller[kState];
  const maxBytesToCopy = Math.min(state.queueTotalSize, descriptor.byteLength - descriptor.bytesFilled);
  const maxBytesFilled = descriptor.bytesFilled + maxBytesToCopy;
  const maxAlignedBytes = maxBytesFilled - (maxBytesFilled % descriptor.elementSize);
  let remaining = maxBytesToCopy;
  let ready = false;
  if (maxAlignedBytes > descriptor.bytesFilled) {
    remaining = maxAlignedBytes - descriptor.bytesFilled;
    ready = true;
  }
  while (remaining > 0) {
    const head = state.queue[0];
    const bytesToCopy = Math.min(remaining, head.byteLength);
    const destStart = descriptor.byteOffset + descriptor.bytesFilled;
    new Uint8Array(descriptor.buffer, destStart, bytesToCopy)
      .set(new Uint8Array(head.buffer, head.byteOffset, bytesToCopy));
    if (head.byteLength === bytesToCopy) {
      state.queue.shift();
    } else {
      head.byteOffset += bytesToCopy;
      head.byteLength -= bytesToCopy;
    }
    state.queueTotalSize -= bytesToCopy;
    invalidateBYOBRequest(controller);
    descriptor.bytesFilled += bytesToCopy;
    remaining -= bytesToCopy;
  }
  return ready;
}

function processPullIntoDescriptorsUsingQueue(controller) {
  const filled = [];
  const state = controller[kState];
  while (state.pendingPullIntos.length) {
    if (state.queueTotalSize === 0) break;
    const descriptor = state.pendingPullIntos[0];
    if (fillPullIntoDescriptorFromQueue(controller, descriptor)) {
      state.pendingPullIntos.shift();
      filled.push(descriptor);
    }
  }
  return filled;
}

function convertPullIntoDescriptor(descriptor) {
  const { buffer, byteOffset, bytesFilled, elementSize, viewConstructor } = descriptor;
  return makeView(viewConstructor, buffer, byteOffset, bytesFilled / elementSize);
}

function commitPullIntoDescriptor(stream, descriptor) {
  const done = stream[kState].state === 'closed';
  const view = convertPullIntoDescriptor(descriptor);
  if (descriptor.readerType === 'default') fulfillReadRequest(stream, view, done);
  else fulfillReadIntoRequest(stream, view, done);
}

function byteControllerRespond(controller, bytesWritten) {
  const first = controller[kState].pendingPullIntos[0];
  const state = controller[kState].stream[kState].state;
  if (state === 'closed') {
    if (bytesWritten !== 0) throw new ERR_INVALID_STATE.TypeError('Controller is closed');
  } else {
    if (bytesWritten === 0) throw new ERR_INVALID_ARG_VALUE.RangeError('bytesWritten', bytesWritten);
    if (first.bytesFilled + bytesWritten > first.byteLength) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('bytesWritten', bytesWritten);
    }
  }
  respondInternal(controller, bytesWritten);
}

function byteControllerRespondWithNewView(controller, view) {
  const first = controller[kState].pendingPullIntos[0];
  const state = controller[kState].stream[kState].state;
  if (state === 'closed') {
    if (view.byteLength !== 0) throw new ERR_INVALID_STATE.TypeError('View is not zero-length');
  } else if (view.byteLength === 0) {
    throw new ERR_INVALID_STATE.TypeError('View is zero-length');
  }
  if (first.byteOffset + first.bytesFilled !== view.byteOffset) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view, 'has invalid byteOffset');
  }
  if (first.bufferByteLength !== view.buffer.byteLength) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view, 'has invalid buffer length');
  }
  if (first.bytesFilled + view.byteLength > first.byteLength) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view, 'is too long');
  }
  first.buffer = view.buffer;
  respondInternal(controller, view.byteLength);
}

function respondInternal(controller, bytesWritten) {
  const first = controller[kState].pendingPullIntos[0];
  const stream = controller[kState].stream;
  invalidateBYOBRequest(controller);
  if (stream[kState].state === 'closed') {
    if (first.readerType === 'none') controller[kState].pendingPullIntos.shift();
    if (hasBYOBReader(stream)) {
      while (numReadIntoRequests(stream) > 0) {
        commitPullIntoDescriptor(stream, controller[kState].pendingPullIntos.shift());
      }
    }
  } else {
    first.bytesFilled += bytesWritten;
    if (first.readerType === 'none') {
      enqueueDetachedPullIntoToQueue(controller, first);
      for (const d of processPullIntoDescriptorsUsingQueue(controller)) commitPullIntoDescriptor(stream, d);
    } else if (first.bytesFilled >= first.elementSize) {
      controller[kState].pendingPullIntos.shift();
      const remainder = first.bytesFilled % first.elementSize;
      if (remainder > 0) {
        const end = first.byteOffset + first.bytesFilled;
        enqueueClonedChunkToQueue(controller, first.buffer, end - remainder, remainder);
      }
      first.bytesFilled -= remainder;
      commitPullIntoDescriptor(stream, first);
      for (const d of processPullIntoDescriptorsUsingQueue(controller)) commitPullIntoDescriptor(stream, d);
    }
  }
  byteControllerCallPullIfNeeded(controller);
}

// The view handed back is built with the intrinsic constructor of the
// reader's view (Uint8Array for a Buffer) and then given that view's
// prototype: a Buffer in gives a Buffer out, as in node, without calling the
// deprecated Buffer() constructor or any user subclass constructor.
const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const getTypedArrayName = Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;
const intrinsicViews = {
  __proto__: null,
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array, BigInt64Array, BigUint64Array,
};
function viewKind(view) {
  if (ArrayBuffer.isView(view) && getTypedArrayName.call(view) === undefined) {
    return { ctor: DataView, proto: Object.getPrototypeOf(view) };
  }
  return { ctor: intrinsicViews[getTypedArrayName.call(view)], proto: Object.getPrototypeOf(view) };
}
function makeView(kind, buffer, byteOffset, length) {
  const view = new kind.ctor(buffer, byteOffset, length);
  if (kind.proto !== kind.ctor.prototype) Object.setPrototypeOf(view, kind.proto);
  return view;
}

function byteControllerPullInto(controller, view, readIntoRequest) {
  const stream = controller[kState].stream;
  const elementSize = view.BYTES_PER_ELEMENT || 1;
  const viewConstructor = viewKind(view);
  const descriptor = {
    buffer: view.buffer,
    bufferByteLength: view.buffer.byteLength,
    byteOffset: view.byteOffset,
    byteLength: view.byteLength,
    bytesFilled: 0,
    elementSize,
    viewConstructor,
    readerType: 'byob',
  };
  const pending = controller[kState].pendingPullIntos;
  if (pending.length) {
    pending.push(descriptor);
    stream[kState].reader[kState].readIntoRequests.push(readIntoRequest);
    return;
  }
  if (stream[kState].state === 'closed') {
    readIntoRequest.close(makeView(viewConstructor, descriptor.buffer, descriptor.byteOffset, 0));
    return;
  }
  if (controller[kState].queueTotalSize > 0) {
    if (fillPullIntoDescriptorFromQueue(controller, descriptor)) {
      const filledView = convertPullIntoDescriptor(descriptor);
      handleQueueDrain(controller);
      readIntoRequest.chunk(filledView);
      return;
    }
    if (controller[kState].closeRequested) {
      const error = invalidState('ReadableStream is closed');
      byteControllerError(controller, error);
      readIntoRequest.error(error);
      return;
    }
  }
  pending.push(descriptor);
  stream[kState].reader[kState].readIntoRequests.push(readIntoRequest);
  byteControllerCallPullIfNeeded(controller);
}

function setupByteControllerFromSource(stream, source, highWaterMark) {
  const controller = new ReadableByteStreamController(kPrivate);
  const { start, pull, cancel } = source;
  if (start !== undefined && typeof start !== 'function') throw new ERR_INVALID_ARG_TYPE('source.start', 'Function', start);
  if (pull !== undefined && typeof pull !== 'function') throw new ERR_INVALID_ARG_TYPE('source.pull', 'Function', pull);
  if (cancel !== undefined && typeof cancel !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('source.cancel', 'Function', cancel);
  }
  let autoAllocateChunkSize = source.autoAllocateChunkSize;
  if (autoAllocateChunkSize !== undefined) {
    autoAllocateChunkSize = Number(autoAllocateChunkSize);
    if (!Number.isInteger(autoAllocateChunkSize) || autoAllocateChunkSize <= 0) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('source.autoAllocateChunkSize', source.autoAllocateChunkSize);
    }
  }
  controller[kState] = {
    stream,
    queue: [],
    queueTotalSize: 0,
    started: false,
    closeRequested: false,
    pullAgain: false,
    pulling: false,
    byobRequest: null,
    highWaterMark,
    autoAllocateChunkSize,
    pendingPullIntos: [],
    pullAlgorithm: pull ? () => Reflect.apply(pull, source, [controller]) : () => undefined,
    cancelAlgorithm: cancel ? (reason) => Reflect.apply(cancel, source, [reason]) : () => undefined,
  };
  stream[kState].controller = controller;
  stream[Symbol.for('nodejs.webstream.controllerErrorFunction')] = (error) => byteControllerError(controller, error);
  const startResult = start ? Reflect.apply(start, source, [controller]) : undefined;
  new Promise((resolve) => resolve(startResult)).then(() => {
    controller[kState].started = true;
    byteControllerCallPullIfNeeded(controller);
  }, (error) => byteControllerError(controller, error));
}

// --- the BYOB reader ------------------------------------------------------------

class ReadableStreamBYOBReader {
  constructor(stream) {
    const { isReadableStream, isReadableStreamLocked, readerGenericInitialize } = rs();
    if (!isReadableStream(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    this[kType] = 'ReadableStreamBYOBReader';
    this[kState] = { stream: undefined, readIntoRequests: [], close: undefined };
    if (!isByteController(stream[kState].controller)) {
      throw new ERR_INVALID_ARG_VALUE('stream', stream, 'must be a byte stream');
    }
    if (isReadableStreamLocked(stream)) throw invalidState('ReadableStream is locked');
    readerGenericInitialize(this, stream);
  }

  read(view) {
    if (!isBrandOf(this, 'ReadableStreamBYOBReader')) return Promise.reject(invalidThis('ReadableStreamBYOBReader'));
    if (!ArrayBuffer.isView(view)) {
      return Promise.reject(new ERR_INVALID_ARG_TYPE('view', ['Buffer', 'TypedArray', 'DataView'], view));
    }
    if (view.byteLength === 0 || view.buffer.byteLength === 0) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('View or Viewed ArrayBuffer is zero-length or detached'));
    }
    const stream = this[kState].stream;
    if (stream === undefined) return Promise.reject(invalidState('The reader is not attached to a stream'));
    const { promise, resolve, reject } = createDeferred();
    const request = {
      chunk: (value) => resolve({ value, done: false }),
      close: (value) => resolve({ value, done: true }),
      error: (error) => reject(error),
    };
    stream[kState].disturbed = true;
    if (stream[kState].state === 'errored') request.error(stream[kState].storedError);
    else byteControllerPullInto(stream[kState].controller, view, request);
    return promise;
  }

  releaseLock() {
    if (!isBrandOf(this, 'ReadableStreamBYOBReader')) throw invalidThis('ReadableStreamBYOBReader');
    if (this[kState].stream === undefined) return;
    rs().readerGenericRelease(this);
    const error = invalidState('Releasing reader');
    const requests = this[kState].readIntoRequests;
    this[kState].readIntoRequests = [];
    for (const request of requests) request.error(error);
  }

  get closed() {
    if (!isBrandOf(this, 'ReadableStreamBYOBReader')) return Promise.reject(invalidThis('ReadableStreamBYOBReader'));
    return this[kState].close.promise;
  }

  cancel(reason = undefined) {
    if (!isBrandOf(this, 'ReadableStreamBYOBReader')) return Promise.reject(invalidThis('ReadableStreamBYOBReader'));
    if (this[kState].stream === undefined) {
      return Promise.reject(invalidState('The reader is not attached to a stream'));
    }
    return rs().readableStreamCancel(this[kState].stream, reason);
  }

  [customInspect](depth, options, inspect) {
    return customInspectFor('ReadableStreamBYOBReader', this, depth, options, inspect, {
      stream: this[kState].stream,
      readIntoRequests: this[kState].readIntoRequests.length,
      close: this[kState].close.promise,
    });
  }
}
Object.defineProperty(ReadableStreamBYOBReader.prototype, Symbol.toStringTag,
                      { value: 'ReadableStreamBYOBReader', configurable: true });

module.exports = {
  ReadableByteStreamController,
  ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest,
  setupByteControllerFromSource,
  isByteController,
  kPullSteps,
  kCancelSteps,
  kReleaseSteps,
  setPromiseHandled,
};
