'use strict';
// ReadableStream.prototype.pipeTo: reads chunks and writes them once the
// writer is ready, then propagates close, errors and abort signals in both
// directions as the WHATWG Streams standard describes.

const { AbortError } = require('internal/errors');
const { kState, createDeferred, setPromiseHandled } = require('internal/webstreams/util');
const rs = require('internal/webstreams/readablestream');
const ws = require('internal/webstreams/writablestream');

function readableStreamPipeTo(source, dest, { preventClose, preventAbort, preventCancel, signal }) {
  const reader = rs.acquireReadableStreamDefaultReader(source);
  const writer = dest.getWriter();
  source[kState].disturbed = true;
  let shuttingDown = false;
  let currentWrite = Promise.resolve();
  const done = createDeferred();
  let removeAbort = () => {};

  if (signal !== undefined) {
    const abortAlgorithm = () => {
      let error = signal.reason !== undefined ? signal.reason : new AbortError();
      // node's own AbortError becomes the web's DOMException.
      if (error instanceof AbortError) error = new DOMException(error.message, 'AbortError');
      const actions = [];
      if (!preventAbort) {
        actions.push(() => (dest[kState].state === 'writable' ? ws.writableStreamAbort(dest, error) : Promise.resolve()));
      }
      if (!preventCancel) {
        actions.push(() => (source[kState].state === 'readable' ? rs.readableStreamCancel(source, error) : Promise.resolve()));
      }
      shutdownWithAction(() => Promise.all(actions.map((action) => action())), true, error);
    };
    if (signal.aborted) {
      abortAlgorithm();
      return done.promise;
    }
    signal.addEventListener('abort', abortAlgorithm, { once: true });
    removeAbort = () => signal.removeEventListener('abort', abortAlgorithm);
  }

  function waitForCurrentWrite() {
    const write = currentWrite;
    return write.then(() => (write !== currentWrite ? waitForCurrentWrite() : undefined));
  }

  function shutdownWithAction(action, hasError, error) {
    if (shuttingDown) return;
    shuttingDown = true;
    const run = () => {
      action().then(() => finalize(hasError, error), (newError) => finalize(true, newError));
    };
    if (dest[kState].state === 'writable' && !ws.closeQueuedOrInFlight(dest)) {
      waitForCurrentWrite().then(run, run);
    } else {
      run();
    }
  }

  function shutdown(hasError, error) {
    if (shuttingDown) return;
    shuttingDown = true;
    if (dest[kState].state === 'writable' && !ws.closeQueuedOrInFlight(dest)) {
      waitForCurrentWrite().then(() => finalize(hasError, error), () => finalize(hasError, error));
    } else {
      finalize(hasError, error);
    }
  }

  function finalize(hasError, error) {
    writer.releaseLock();
    rs.readableStreamDefaultReaderRelease(reader);
    removeAbort();
    if (hasError) done.reject(error);
    else done.resolve();
  }

  // Error and close propagation, checked whenever either side changes.
  function onSourceErrored(error) {
    if (!preventAbort) shutdownWithAction(() => ws.writableStreamAbort(dest, error), true, error);
    else shutdown(true, error);
  }
  function onDestErrored(error) {
    if (!preventCancel) shutdownWithAction(() => rs.readableStreamCancel(source, error), true, error);
    else shutdown(true, error);
  }
  function onSourceClosed() {
    if (!preventClose) {
      shutdownWithAction(() => {
        const w = dest[kState].writer;
        if (ws.closeQueuedOrInFlight(dest) || dest[kState].state === 'closed') return Promise.resolve();
        return w.close();
      });
    } else {
      shutdown();
    }
  }
  function onDestClosed() {
    const error = new TypeError('the destination writable stream closed before all data could be piped to it');
    if (!preventCancel) shutdownWithAction(() => rs.readableStreamCancel(source, error), true, error);
    else shutdown(true, error);
  }

  reader[kState].close.promise.then(() => {
    if (!shuttingDown) onSourceClosed();
  }, (error) => {
    if (!shuttingDown) onSourceErrored(error);
  });
  writer.closed.then(() => {
    if (!shuttingDown) onDestClosed();
  }, (error) => {
    if (!shuttingDown) onDestErrored(error);
  });

  // Initial states, in the standard's order.
  if (source[kState].state === 'errored') onSourceErrored(source[kState].storedError);
  else if (dest[kState].state === 'errored' || dest[kState].state === 'erroring') onDestErrored(dest[kState].storedError);
  else if (source[kState].state === 'closed') onSourceClosed();
  else if (ws.closeQueuedOrInFlight(dest) || dest[kState].state === 'closed') onDestClosed();

  function pipeStep() {
    if (shuttingDown) return Promise.resolve(true);
    return writer.ready.then(() => new Promise((resolve, reject) => {
      rs.readableStreamDefaultReaderRead(reader, {
        chunk(chunk) {
          currentWrite = ws.writerWrite(writer, chunk);
          setPromiseHandled(currentWrite);
          resolve(false);
        },
        close: () => resolve(true),
        error: reject,
      });
    }));
  }

  function loop() {
    if (shuttingDown) return;
    pipeStep().then((finished) => {
      if (!finished) loop();
    }, () => {});
  }
  loop();
  return done.promise;
}

module.exports = { readableStreamPipeTo };
