'use strict';
// worker_threads: vigil runs one JavaScript thread per Environment and has no
// Workers yet; the main-thread view is real, creating a Worker is a clear error.
const { codes } = require('internal/errors');

class Worker {
  constructor() {
    throw new codes.ERR_METHOD_NOT_IMPLEMENTED('Worker');
  }
}

module.exports = {
  isMainThread: true,
  parentPort: null,
  workerData: null,
  threadId: 0,
  resourceLimits: {},
  SHARE_ENV: Symbol.for('nodejs.worker_threads.SHARE_ENV'),
  Worker,
  markAsUntransferable() {},
  moveMessagePortToContext() {
    throw new codes.ERR_METHOD_NOT_IMPLEMENTED('moveMessagePortToContext');
  },
  getEnvironmentData() {
    return undefined;
  },
  setEnvironmentData() {},
};

// Channels work within one environment (runtime/lib/internal/worker/io.js).
Object.defineProperties(module.exports, {
  BroadcastChannel: { __proto__: null, enumerable: true, get: () => require('internal/worker/io').BroadcastChannel },
  MessageChannel: { __proto__: null, enumerable: true, get: () => require('internal/worker/io').MessageChannel },
  MessagePort: { __proto__: null, enumerable: true, get: () => require('internal/worker/io').MessagePort },
  receiveMessageOnPort: {
    __proto__: null, enumerable: true, get: () => require('internal/worker/io').receiveMessageOnPort,
  },
});
