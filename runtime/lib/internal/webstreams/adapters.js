'use strict';
// Conversions between node streams and web streams: Readable.toWeb/fromWeb,
// Writable.toWeb/fromWeb, Duplex.toWeb/fromWeb. Backpressure crosses over
// (pause/resume on one side, desiredSize and ready on the other) and so do
// errors and the end.

const { AbortError, codes: { ERR_INVALID_ARG_TYPE, ERR_STREAM_PREMATURE_CLOSE } } = require('internal/errors');
const { createDeferred } = require('internal/webstreams/util');
const u = require('internal/streams/utils');

function lazy() {
  return {
    ...require('internal/webstreams/readablestream'),
    ...require('internal/webstreams/writablestream'),
    ...require('internal/webstreams/queuingstrategies'),
    finished: require('internal/streams/end-of-stream'),
    destroy: require('internal/streams/destroy').destroyer,
  };
}

function prematureToAbort(error) {
  if (error && error.code === 'ERR_STREAM_PREMATURE_CLOSE') return new AbortError(undefined, { cause: error });
  return error;
}

function strategyFor(options, objectMode, highWaterMark) {
  if (options && options.strategy) return options.strategy;
  const { CountQueuingStrategy } = lazy();
  if (objectMode) return new CountQueuingStrategy({ highWaterMark });
  return { highWaterMark, size: (chunk) => chunk.byteLength };
}

function newReadableStreamFromStreamReadable(streamReadable, options = {}) {
  const { ReadableStream, finished, destroy } = lazy();
  if (streamReadable == null || typeof streamReadable._readableState !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('streamReadable', 'stream.Readable', streamReadable);
  }
  if (u.isDestroyed(streamReadable) || !u.isReadable(streamReadable)) {
    const readable = new ReadableStream();
    readable.cancel();
    return readable;
  }
  const objectMode = streamReadable.readableObjectMode;
  const strategy = strategyFor(options, objectMode, streamReadable.readableHighWaterMark);
  let controller;
  function onData(chunk) {
    // Bytes cross over as plain Uint8Arrays.
    if (globalThis.Buffer.isBuffer(chunk) && !objectMode) chunk = new Uint8Array(chunk);
    controller.enqueue(chunk);
    if (controller.desiredSize <= 0) streamReadable.pause();
  }
  // Data flows only when the web side pulls.
  streamReadable.pause();
  const cleanup = finished(streamReadable, { writable: false }, (error) => {
    error = prematureToAbort(error);
    cleanup();
    streamReadable.on('error', () => {});
    if (error) return controller.error(error);
    controller.close();
  });
  streamReadable.on('data', onData);
  return new ReadableStream({
    start(c) {
      controller = c;
    },
    pull() {
      streamReadable.resume();
    },
    cancel(reason) {
      destroy(streamReadable, reason);
    },
  }, strategy);
}

function newStreamReadableFromReadableStream(readableStream, options = {}) {
  const { isReadableStream, destroy } = lazy();
  if (!isReadableStream(readableStream)) {
    throw new ERR_INVALID_ARG_TYPE('readableStream', 'ReadableStream', readableStream);
  }
  const { highWaterMark, encoding, objectMode = false, signal } = options;
  const Readable = require('internal/streams/readable');
  const reader = readableStream.getReader();
  let closed = false;
  const readable = new Readable({
    objectMode,
    highWaterMark,
    encoding,
    signal,
    read() {
      reader.read().then((chunk) => {
        if (chunk.done) readable.push(null);
        else readable.push(chunk.value);
      }, (error) => destroy(readable, error));
    },
    destroy(error, callback) {
      function done() {
        try {
          callback(error);
        } catch (err) {
          process.nextTick(() => {
            throw err;
          });
        }
      }
      if (!closed) {
        reader.cancel(error).then(done, done);
        return;
      }
      done();
    },
  });
  reader.closed.then(() => {
    closed = true;
  }, (error) => {
    closed = true;
    destroy(readable, error);
  });
  return readable;
}

function newWritableStreamFromStreamWritable(streamWritable) {
  const { WritableStream, finished, destroy } = lazy();
  if (streamWritable == null || typeof streamWritable._writableState !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('streamWritable', 'stream.Writable', streamWritable);
  }
  if (u.isDestroyed(streamWritable) || !u.isWritable(streamWritable)) {
    const writable = new WritableStream();
    writable.close();
    return writable;
  }
  const highWaterMark = streamWritable.writableHighWaterMark;
  const strategy = streamWritable.writableObjectMode ? new (lazy().CountQueuingStrategy)({ highWaterMark })
    : { highWaterMark };
  let controller;
  let backpressure;
  let closed;
  function onDrain() {
    if (backpressure !== undefined) backpressure.resolve();
  }
  const cleanup = finished(streamWritable, { readable: false }, (error) => {
    error = prematureToAbort(error);
    cleanup();
    streamWritable.on('error', () => {});
    if (error != null) {
      if (backpressure !== undefined) backpressure.reject(error);
      if (closed !== undefined) {
        closed.reject(error);
        closed = undefined;
      }
      controller.error(error);
      controller = undefined;
      return;
    }
    if (closed !== undefined) {
      closed.resolve();
      closed = undefined;
      return;
    }
    controller.error(new AbortError());
    controller = undefined;
  });
  streamWritable.on('drain', onDrain);
  return new WritableStream({
    start(c) {
      controller = c;
    },
    write(chunk) {
      if (streamWritable.writableNeedDrain || !streamWritable.write(chunk)) {
        backpressure = createDeferred();
        return backpressure.promise.finally(() => {
          backpressure = undefined;
        });
      }
      return undefined;
    },
    abort(reason) {
      destroy(streamWritable, reason);
    },
    close() {
      if (closed === undefined && !u.isWritableEnded(streamWritable)) {
        closed = createDeferred();
        streamWritable.end();
        return closed.promise;
      }
      controller = undefined;
      return Promise.resolve();
    },
  }, strategy);
}

function newStreamWritableFromWritableStream(writableStream, options = {}) {
  const { isWritableStream, destroy } = lazy();
  if (!isWritableStream(writableStream)) {
    throw new ERR_INVALID_ARG_TYPE('writableStream', 'WritableStream', writableStream);
  }
  const { highWaterMark, decodeStrings = true, objectMode = false, signal } = options;
  const Writable = require('internal/streams/writable');
  const writer = writableStream.getWriter();
  let closed = false;
  const writable = new Writable({
    highWaterMark,
    objectMode,
    decodeStrings,
    signal,
    write(chunk, encoding, callback) {
      function done(error) {
        try {
          callback(error);
        } catch (err) {
          destroy(writable, err);
        }
      }
      writer.ready.then(() => writer.write(chunk).then(done, done), done);
    },
    destroy(error, callback) {
      function done() {
        try {
          callback(error);
        } catch (err) {
          process.nextTick(() => {
            throw err;
          });
        }
      }
      if (!closed) {
        if (error != null) writer.abort(error).then(done, done);
        else writer.close().then(done, done);
        return;
      }
      done();
    },
    final(callback) {
      function done(error) {
        try {
          callback(error);
        } catch (err) {
          process.nextTick(() => destroy(writable, err));
        }
      }
      if (!closed) writer.close().then(done, done);
    },
  });
  writer.closed.then(() => {
    closed = true;
    if (!u.isWritableEnded(writable)) destroy(writable, new ERR_STREAM_PREMATURE_CLOSE());
  }, (error) => {
    closed = true;
    destroy(writable, error);
  });
  return writable;
}

function newReadableWritablePairFromDuplex(duplex) {
  if (!u.isDuplexNodeStream(duplex)) throw new ERR_INVALID_ARG_TYPE('duplex', 'stream.Duplex', duplex);
  return {
    readable: newReadableStreamFromStreamReadable(duplex),
    writable: newWritableStreamFromStreamWritable(duplex),
  };
}

// A Duplex whose readable side reads the web ReadableStream and whose
// writable side writes to the WritableStream. It is one stream (not two
// glued together) so that encoding, destroy() and errors behave as node's:
// destroying it cancels the reader and aborts the writer.
function newStreamDuplexFromReadableWritablePair(pair = {}, options = {}) {
  const { isReadableStream, isWritableStream, destroy } = lazy();
  if (pair === null || typeof pair !== 'object') throw new ERR_INVALID_ARG_TYPE('pair', 'Object', pair);
  const { readable: readableStream, writable: writableStream } = pair;
  if (!isReadableStream(readableStream)) {
    throw new ERR_INVALID_ARG_TYPE('pair.readable', 'ReadableStream', readableStream);
  }
  if (!isWritableStream(writableStream)) {
    throw new ERR_INVALID_ARG_TYPE('pair.writable', 'WritableStream', writableStream);
  }
  const {
    allowHalfOpen = false, objectMode = false, encoding, decodeStrings = true, highWaterMark, signal,
  } = options;
  const Duplex = require('internal/streams/duplex');
  const writer = writableStream.getWriter();
  const reader = readableStream.getReader();
  let writableClosed = false;
  let readableClosed = false;

  // A callback that throws must not leave the web side hanging.
  function settle(callback, error) {
    try {
      callback(error);
    } catch (err) {
      process.nextTick(() => destroy(duplex, err));
    }
  }

  const duplex = new Duplex({
    allowHalfOpen,
    objectMode,
    encoding,
    decodeStrings,
    highWaterMark,
    signal,
    write(chunk, chunkEncoding, callback) {
      const done = (error) => settle(callback, error);
      writer.ready.then(() => writer.write(chunk).then(done, done), done);
    },
    final(callback) {
      const done = (error) => settle(callback, error);
      if (!writableClosed) writer.close().then(done, done);
    },
    read() {
      reader.read().then((result) => {
        if (result.done) duplex.push(null);
        else duplex.push(result.value);
      }, (error) => destroy(duplex, error));
    },
    destroy(error, callback) {
      function done() {
        try {
          callback(error);
        } catch (err) {
          process.nextTick(() => {
            throw err;
          });
        }
      }
      const pending = [];
      if (!writableClosed) pending.push(writer.abort(error));
      if (!readableClosed) pending.push(reader.cancel(error));
      if (pending.length) Promise.all(pending).then(done, done);
      else done();
    },
  });

  writer.closed.then(() => {
    writableClosed = true;
    if (!u.isWritableEnded(duplex)) destroy(duplex, new ERR_STREAM_PREMATURE_CLOSE());
  }, (error) => {
    writableClosed = true;
    readableClosed = true;
    destroy(duplex, error);
  });
  reader.closed.then(() => {
    readableClosed = true;
  }, (error) => {
    writableClosed = true;
    readableClosed = true;
    destroy(duplex, error);
  });
  return duplex;
}

module.exports = {
  newReadableStreamFromStreamReadable,
  newStreamReadableFromReadableStream,
  newWritableStreamFromStreamWritable,
  newStreamWritableFromWritableStream,
  newReadableWritablePairFromDuplex,
  newStreamDuplexFromReadableWritablePair,
};
