'use strict';
// Duplex.from(body): turns streams, { readable, writable } pairs, iterables,
// async generator functions and promises into a Duplex.

const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_RETURN_VALUE },
} = require('internal/errors');
const u = require('internal/streams/utils');
const eos = require('internal/streams/end-of-stream');
const { destroyer } = require('internal/streams/destroy');
const from = require('internal/streams/from');

function duplexify(body, name) {
  const Duplex = require('internal/streams/duplex');
  if (u.isDuplexNodeStream(body)) return body;
  if (u.isReadableNodeStream(body)) return fromPair(Duplex, { readable: body });
  if (u.isWritableNodeStream(body)) return fromPair(Duplex, { writable: body });
  if (u.isNodeStream(body)) return fromPair(Duplex, { writable: false, readable: false });
  if (u.isReadableStream(body)) {
    return fromPair(Duplex, { readable: require('internal/streams/readable').fromWeb(body) });
  }
  if (u.isWritableStream(body)) {
    return fromPair(Duplex, { writable: require('internal/streams/writable').fromWeb(body) });
  }

  if (typeof body === 'function') {
    const { value, write, final, destroy } = fromAsyncGen(body);
    if (u.isIterable(value)) return from(Duplex, value, { objectMode: true, write, final, destroy });
    const then = value && value.then;
    if (typeof then === 'function') {
      let d;
      const promise = then.call(value, (val) => {
        if (val != null) throw new ERR_INVALID_RETURN_VALUE('nully', 'body', val);
      }, (err) => {
        destroyer(d, err);
      });
      d = new Duplex({
        objectMode: true,
        readable: false,
        write,
        final(cb) {
          final(async () => {
            try {
              await promise;
              process.nextTick(cb, null);
            } catch (err) {
              process.nextTick(cb, err);
            }
          });
        },
        destroy,
      });
      return d;
    }
    throw new ERR_INVALID_RETURN_VALUE('Iterable, AsyncIterable or AsyncFunction', name, value);
  }

  // A Blob reads as one chunk: the ArrayBuffer of its bytes.
  const { Blob } = require('internal/blob');
  if (body instanceof Blob) return duplexify(body.arrayBuffer(), name);

  if (u.isIterable(body)) return from(Duplex, body, { objectMode: true, writable: false });

  if (body && typeof body.then === 'function') {
    let d;
    body.then((val) => {
      if (val != null) d.push(val);
      d.push(null);
    }, (err) => destroyer(d, err));
    d = new Duplex({ objectMode: true, writable: false, read() {} });
    return d;
  }

  if (typeof body === 'object' && body !== null &&
      (typeof body.readable === 'object' || typeof body.writable === 'object')) {
    // A { readable, writable } pair, of node streams or web streams (a
    // TransformStream is one).
    let readable;
    let writable;
    if (body.readable) readable = u.isReadableNodeStream(body.readable) ? body.readable : duplexify(body.readable);
    if (body.writable) writable = u.isWritableNodeStream(body.writable) ? body.writable : duplexify(body.writable);
    return fromPair(Duplex, { readable, writable });
  }

  throw new ERR_INVALID_ARG_TYPE(name, ['Blob', 'ReadableStream', 'WritableStream', 'Stream', 'Iterable',
    'AsyncIterable', 'Function', '{ readable, writable } pair', 'Promise'], body);
}

// Feeds what is written to the Duplex into the generator function as an
// async iterable; the function's result becomes the readable side.
function fromAsyncGen(fn) {
  let resolve;
  let promise = new Promise((r) => { resolve = r; });
  const ac = u.newAbortController();
  const signal = ac.signal;
  const value = fn((async function* source() {
    while (true) {
      const current = promise;
      promise = null;
      const { chunk, done, cb } = await current;
      process.nextTick(cb);
      if (done) return;
      if (signal.aborted) throw new AbortError(undefined, { cause: signal.reason });
      promise = new Promise((r) => { resolve = r; });
      yield chunk;
    }
  })(), { signal });
  return {
    value,
    write(chunk, encoding, cb) {
      const r = resolve;
      resolve = null;
      r({ chunk, done: false, cb });
    },
    final(cb) {
      const r = resolve;
      resolve = null;
      r({ done: true, cb });
    },
    destroy(err, cb) {
      ac.abort();
      cb(err);
    },
  };
}

function fromPair(Duplex, { readable: r, writable: w }) {
  let ondrain = null;
  let onfinish = null;
  let onreadable = null;
  // undefined while running, the destroy callback while closing, null once done.
  let onclose;
  const d = new Duplex({
    readableObjectMode: !!(r && r.readableObjectMode),
    writableObjectMode: !!(w && w.writableObjectMode),
    readable: !!r,
    writable: !!w,
  });

  function onfinished(err) {
    const cb = onclose;
    onclose = null;
    if (cb) cb(err);
    else if (err) d.destroy(err);
  }

  if (w) {
    eos(w, (err) => {
      if (err) destroyer(r, err);
      onfinished(err);
    });
    d._write = function (chunk, encoding, callback) {
      if (w.write(chunk, encoding)) callback();
      else ondrain = callback;
    };
    d._final = function (callback) {
      w.end();
      onfinish = callback;
    };
    w.on('drain', () => {
      if (ondrain) {
        const cb = ondrain;
        ondrain = null;
        cb();
      }
    });
    w.on('finish', () => {
      if (onfinish) {
        const cb = onfinish;
        onfinish = null;
        cb();
      }
    });
  }

  if (r) {
    eos(r, (err) => {
      if (err) destroyer(w, err);
      onfinished(err);
    });
    r.on('readable', () => {
      if (onreadable) {
        const cb = onreadable;
        onreadable = null;
        cb();
      }
    });
    r.on('end', () => d.push(null));
    d._read = function () {
      while (true) {
        const buf = r.read();
        if (buf === null) {
          onreadable = d._read;
          return;
        }
        if (!d.push(buf)) return;
      }
    };
  }

  d._destroy = function (err, callback) {
    if (!err && onclose !== null) err = new AbortError();
    onreadable = null;
    ondrain = null;
    onfinish = null;
    if (onclose === null) {
      callback(err);
    } else {
      onclose = callback;
      destroyer(w, err);
      destroyer(r, err);
    }
  };
  return d;
}

module.exports = duplexify;
