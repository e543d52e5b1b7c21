'use strict';
// The Readable accessors (readable, readableFlowing, readableLength, ...),
// async iteration and the conversions to and from web streams.

function install(Readable, { kPaused }) {
  const nop = () => {};

  function streamToAsyncIterator(stream, options) {
    if (typeof stream.read !== 'function') stream = Readable.wrap(stream, { objectMode: true });
    const iter = createAsyncIterator(stream, options);
    iter.stream = stream;
    return iter;
  }

  // Reads with read() and waits for 'readable' when the buffer is empty;
  // finished() tells it about the end, errors and premature close.
  async function* createAsyncIterator(stream, options) {
    const eos = require('internal/streams/end-of-stream');
    const destroyImpl = require('internal/streams/destroy');
    const { aggregateTwoErrors } = require('internal/streams/utils');
    let callback = nop;
    function next(resolve) {
      if (this === stream) {
        callback();
        callback = nop;
      } else {
        callback = resolve;
      }
    }
    stream.on('readable', next);
    let error;
    const cleanup = eos(stream, { writable: false }, (err) => {
      error = err ? aggregateTwoErrors(error, err) : null;
      callback();
      callback = nop;
    });
    try {
      while (true) {
        const chunk = stream.destroyed ? null : stream.read();
        if (chunk !== null) yield chunk;
        else if (error) throw error;
        else if (error === null) return;
        else await new Promise(next);
      }
    } catch (err) {
      error = aggregateTwoErrors(error, err);
      throw error;
    } finally {
      if ((error || (options && options.destroyOnReturn) !== false) &&
          (error === undefined || stream._readableState.autoDestroy)) {
        destroyImpl.destroyer(stream, null);
      } else {
        stream.off('readable', next);
        cleanup();
      }
    }
  }

  Readable.prototype[Symbol.asyncIterator] = function () {
    return streamToAsyncIterator(this);
  };

  Readable.prototype.iterator = function (options) {
    if (options !== undefined) require('internal/validators').validateObject(options, 'options');
    return streamToAsyncIterator(this, options);
  };

  const props = {
    readable: {
      get() {
        const r = this._readableState;
        return !!r && r.readable !== false && !r.destroyed && !r.errorEmitted && !r.endEmitted;
      },
      set(val) {
        if (this._readableState) this._readableState.readable = !!val;
      },
    },
    readableDidRead: { enumerable: false, get() { return this._readableState.dataEmitted; } },
    readableAborted: {
      enumerable: false,
      get() {
        const r = this._readableState;
        return !!(r.readable !== false && (r.destroyed || r.errored) && !r.endEmitted);
      },
    },
    readableHighWaterMark: { enumerable: false, get() { return this._readableState.highWaterMark; } },
    readableBuffer: {
      enumerable: false,
      get() { return this._readableState && this._readableState.buffer; },
    },
    readableFlowing: {
      enumerable: false,
      get() { return this._readableState.flowing; },
      set(state) { if (this._readableState) this._readableState.flowing = state; },
    },
    readableLength: { enumerable: false, get() { return this._readableState.length; } },
    readableObjectMode: {
      enumerable: false,
      get() { return this._readableState ? this._readableState.objectMode : false; },
    },
    readableEncoding: {
      enumerable: false,
      get() { return this._readableState ? this._readableState.encoding : null; },
    },
    errored: {
      enumerable: false,
      get() { return this._readableState ? this._readableState.errored : null; },
    },
    closed: { get() { return this._readableState ? this._readableState.closed : false; } },
    destroyed: {
      enumerable: false,
      get() { return this._readableState ? this._readableState.destroyed : false; },
      set(value) { if (this._readableState) this._readableState.destroyed = value; },
    },
    readableEnded: {
      enumerable: false,
      get() { return this._readableState ? this._readableState.endEmitted : false; },
    },
  };
  for (const key of Object.keys(props)) props[key].configurable = true;
  Object.defineProperties(Readable.prototype, props);

  Readable.wrap = function (src, options) {
    let destroy = src.readableObjectMode;
    if (destroy === undefined) destroy = src.objectMode;
    return new Readable({
      objectMode: destroy != null ? destroy : true,
      ...options,
      destroy(err, callback) {
        require('internal/streams/destroy').destroyer(src, err);
        callback(err);
      },
    }).wrap(src);
  };

  Readable.fromWeb = function (readableStream, options) {
    return require('internal/webstreams/adapters').newStreamReadableFromReadableStream(readableStream, options);
  };
  Readable.toWeb = function (streamReadable, options) {
    return require('internal/webstreams/adapters').newReadableStreamFromStreamReadable(streamReadable, options);
  };

  Readable.prototype.compose = function compose(stream, options) {
    const u = require('internal/streams/utils');
    if (options != null) require('internal/validators').validateObject(options, 'options');
    if (options && options.signal != null) u.validateAbortSignal(options.signal, 'options.signal');
    if (u.isNodeStream(stream) && !u.isWritable(stream)) {
      const { codes } = require('internal/errors');
      throw new codes.ERR_INVALID_ARG_VALUE('stream', stream, 'must be writable');
    }
    const composed = require('internal/streams/compose')(this, stream);
    if (options && options.signal) {
      require('internal/streams/add-abort-signal').addAbortSignalNoValidate(options.signal, composed);
    }
    return composed;
  };

  // The iterator helpers (map, filter, toArray, ...).
  const operators = require('internal/streams/operators');
  for (const key of Object.keys(operators.streamReturningOperators)) {
    const op = operators.streamReturningOperators[key];
    Object.defineProperty(Readable.prototype, key, {
      value(...args) {
        return Readable.from(Reflect.apply(op, this, args));
      },
      enumerable: false, configurable: true, writable: true,
    });
  }
  for (const key of Object.keys(operators.promiseReturningOperators)) {
    const op = operators.promiseReturningOperators[key];
    Object.defineProperty(Readable.prototype, key, {
      value(...args) {
        return Reflect.apply(op, this, args);
      },
      enumerable: false, configurable: true, writable: true,
    });
  }
}

module.exports = { install };
