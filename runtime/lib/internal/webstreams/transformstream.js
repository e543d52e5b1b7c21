'use strict';
// TransformStream: a writable side whose chunks go through transform() into
// a readable side, with backpressure carried by a promise that the readable
// side's pull resolves (WHATWG Streams standard).

const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE } } = require('internal/errors');
const {
  kState, kType, customInspect, createDeferred, ensureIsPromise, extractHighWaterMark, extractSizeAlgorithm,
  isBrandOf, invalidThis, invalidState, customInspectFor,
} = require('internal/webstreams/util');
const rs = require('internal/webstreams/readablestream');
const ws = require('internal/webstreams/writablestream');

const kPrivate = Symbol('kPrivate');

class TransformStream {
  constructor(transformer = {}, writableStrategy = {}, readableStrategy = {}) {
    if (transformer === null) transformer = {};
    if (writableStrategy == null) writableStrategy = {};
    if (readableStrategy == null) readableStrategy = {};
    if (transformer.readableType !== undefined) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('transformer.readableType', transformer.readableType);
    }
    if (transformer.writableType !== undefined) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('transformer.writableType', transformer.writableType);
    }
    const readableHighWaterMark = extractHighWaterMark(readableStrategy.highWaterMark, 0);
    const readableSize = extractSizeAlgorithm(readableStrategy.size);
    const writableHighWaterMark = extractHighWaterMark(writableStrategy.highWaterMark, 1);
    const writableSize = extractSizeAlgorithm(writableStrategy.size);
    this[kType] = 'TransformStream';
    const startPromise = createDeferred();
    initializeTransformStream(this, startPromise, writableHighWaterMark, writableSize, readableHighWaterMark,
                              readableSize);
    setupControllerFromTransformer(this, transformer);
    if (transformer.start !== undefined) {
      if (typeof transformer.start !== 'function') {
        throw new ERR_INVALID_ARG_TYPE('transformer.start', 'Function', transformer.start);
      }
      startPromise.resolve(Reflect.apply(transformer.start, transformer, [this[kState].controller]));
    } else {
      startPromise.resolve();
    }
  }

  get readable() {
    if (!isBrandOf(this, 'TransformStream')) throw invalidThis('TransformStream');
    return this[kState].readable;
  }

  get writable() {
    if (!isBrandOf(this, 'TransformStream')) throw invalidThis('TransformStream');
    return this[kState].writable;
  }

  [customInspect](depth, options, inspect) {
    return customInspectFor('TransformStream', this, depth, options, inspect, {
      readable: this.readable,
      writable: this.writable,
      backpressure: this[kState].backpressure,
    });
  }
}
Object.defineProperty(TransformStream.prototype, Symbol.toStringTag, { value: 'TransformStream', configurable: true });

function initializeTransformStream(stream, startPromise, writableHighWaterMark, writableSize, readableHighWaterMark,
                                   readableSize) {
  const startAlgorithm = () => startPromise.promise;
  stream[kState] = {
    readable: undefined,
    writable: undefined,
    backpressure: undefined,
    backpressureChange: undefined,
    controller: undefined,
  };
  stream[kState].writable = ws.createWritableStream(startAlgorithm,
                                                    (chunk) => sinkWriteAlgorithm(stream, chunk),
                                                    () => sinkCloseAlgorithm(stream),
                                                    (reason) => sinkAbortAlgorithm(stream, reason),
                                                    writableHighWaterMark, writableSize);
  stream[kState].readable = rs.createReadableStream(startAlgorithm,
                                                    () => sourcePullAlgorithm(stream),
                                                    (reason) => sourceCancelAlgorithm(stream, reason),
                                                    readableHighWaterMark, readableSize);
  setBackpressure(stream, true);
}

class TransformStreamDefaultController {
  constructor(key) {
    if (key !== kPrivate) throw new (require('internal/errors').codes.ERR_ILLEGAL_CONSTRUCTOR)();
    this[kType] = 'TransformStreamDefaultController';
    this[kState] = {};
  }

  get desiredSize() {
    const readable = this[kState].stream[kState].readable;
    return rs.controllerGetDesiredSize(readable[kState].controller);
  }

  enqueue(chunk = undefined) {
    controllerEnqueue(this, chunk);
  }

  error(reason = undefined) {
    transformStreamError(this[kState].stream, reason);
  }

  terminate() {
    const stream = this[kState].stream;
    rs.controllerClose(stream[kState].readable[kState].controller);
    errorWritableAndUnblockWrite(stream, invalidState('TransformStream has been terminated'));
  }

  [customInspect](depth, options, inspect) {
    return customInspectFor('TransformStreamDefaultController', this, depth, options, inspect, {});
  }
}
Object.defineProperty(TransformStreamDefaultController.prototype, Symbol.toStringTag,
                      { value: 'TransformStreamDefaultController', configurable: true });

function setupControllerFromTransformer(stream, transformer) {
  const controller = new TransformStreamDefaultController(kPrivate);
  const { transform, flush } = transformer;
  if (transform !== undefined && typeof transform !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('transformer.transform', 'Function', transform);
  }
  if (flush !== undefined && typeof flush !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('transformer.flush', 'Function', flush);
  }
  const transformAlgorithm = transform ? (chunk) => ensureIsPromise(transform, transformer, chunk, controller)
    : (chunk) => {
      try {
        controllerEnqueue(controller, chunk);
        return Promise.resolve();
      } catch (error) {
        return Promise.reject(error);
      }
    };
  const flushAlgorithm = flush ? () => ensureIsPromise(flush, transformer, controller) : () => Promise.resolve();
  controller[kState] = { stream, transformAlgorithm, flushAlgorithm };
  stream[kState].controller = controller;
}

function clearAlgorithms(controller) {
  controller[kState].transformAlgorithm = undefined;
  controller[kState].flushAlgorithm = undefined;
}

function controllerEnqueue(controller, chunk) {
  const stream = controller[kState].stream;
  const readable = stream[kState].readable;
  const readableController = readable[kState].controller;
  if (!rs.controllerCanCloseOrEnqueue(readableController)) throw invalidState('Unable to enqueue');
  try {
    rs.controllerEnqueue(readableController, chunk);
  } catch (error) {
    errorWritableAndUnblockWrite(stream, error);
    throw readable[kState].storedError;
  }
  // Backpressure when the readable side does not want more.
  const backpressure = !readableShouldCallPull(readableController);
  if (backpressure !== stream[kState].backpressure) setBackpressure(stream, true);
}

function readableShouldCallPull(readableController) {
  const desired = rs.controllerGetDesiredSize(readableController);
  return rs.controllerCanCloseOrEnqueue(readableController) && desired > 0;
}

async function performTransform(controller, chunk) {
  const stream = controller[kState].stream;
  try {
    return await controller[kState].transformAlgorithm(chunk);
  } catch (error) {
    transformStreamError(stream, error);
    throw error;
  }
}

function transformStreamError(stream, error) {
  rs.controllerError(stream[kState].readable[kState].controller, error);
  errorWritableAndUnblockWrite(stream, error);
}

function errorWritableAndUnblockWrite(stream, error) {
  clearAlgorithms(stream[kState].controller);
  ws.controllerErrorIfNeeded(stream[kState].writable[kState].controller, error);
  if (stream[kState].backpressure) setBackpressure(stream, false);
}

function setBackpressure(stream, backpressure) {
  if (stream[kState].backpressureChange !== undefined) stream[kState].backpressureChange.resolve();
  stream[kState].backpressureChange = createDeferred();
  stream[kState].backpressure = backpressure;
}

function sinkWriteAlgorithm(stream, chunk) {
  const controller = stream[kState].controller;
  if (stream[kState].backpressure) {
    return stream[kState].backpressureChange.promise.then(() => {
      const writable = stream[kState].writable;
      if (writable[kState].state === 'erroring') throw writable[kState].storedError;
      return performTransform(controller, chunk);
    });
  }
  return performTransform(controller, chunk);
}

async function sinkAbortAlgorithm(stream, reason) {
  transformStreamError(stream, reason);
}

function sinkCloseAlgorithm(stream) {
  const readable = stream[kState].readable;
  const controller = stream[kState].controller;
  const flushPromise = controller[kState].flushAlgorithm();
  clearAlgorithms(controller);
  return flushPromise.then(() => {
    if (readable[kState].state === 'errored') throw readable[kState].storedError;
    rs.controllerClose(readable[kState].controller);
  }, (error) => {
    transformStreamError(stream, error);
    throw readable[kState].storedError;
  });
}

function sourcePullAlgorithm(stream) {
  setBackpressure(stream, false);
  return stream[kState].backpressureChange.promise;
}

function sourceCancelAlgorithm(stream, reason) {
  errorWritableAndUnblockWrite(stream, reason);
  return Promise.resolve();
}

module.exports = { TransformStream, TransformStreamDefaultController };
