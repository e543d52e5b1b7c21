'use strict';
// process.nextTick, queueMicrotask and the unhandled-rejection bookkeeping.
// After every callback from the loop, C++ calls processTicksAndRejections
// when tickInfo says there is work: nextTicks first, then V8's microtasks,
// until both are empty (node's order).

const asyncContext = require('internal/async_context');
const binding = internalBinding('process');
const { tickInfo, runMicrotasks, enqueueMicrotask } = binding;
const kHasTickScheduled = 0;
const kHasRejectionToWarn = 1;

// A FIFO of tick objects in fixed-size chunks, so that shift() is O(1).
class TickQueue {
  constructor() {
    this.head = this.tail = { items: new Array(2048), top: 0, bottom: 0, next: null };
  }
  isEmpty() {
    return this.head.top === this.head.bottom && this.head.next === null;
  }
  push(item) {
    if (this.tail.top === this.tail.items.length) {
      const chunk = { items: new Array(2048), top: 0, bottom: 0, next: null };
      this.tail.next = chunk;
      this.tail = chunk;
    }
    this.tail.items[this.tail.top++] = item;
  }
  shift() {
    let chunk = this.head;
    if (chunk.bottom === chunk.top) {
      if (chunk.next === null) return null;
      this.head = chunk = chunk.next;
    }
    const item = chunk.items[chunk.bottom];
    chunk.items[chunk.bottom++] = undefined;
    if (chunk.bottom === chunk.top && chunk.next === null) chunk.bottom = chunk.top = 0;
    return item;
  }
}

const queue = new TickQueue();

function nextTick(callback, ...args) {
  if (typeof callback !== 'function') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
  }
  if (process._exiting) return;
  if (tickInfo[kHasTickScheduled] === 0) tickInfo[kHasTickScheduled] = 1;
  queue.push({ callback, args, frame: asyncContext.captureFrame() });
}

function processTicksAndRejections() {
  let tock;
  do {
    while ((tock = queue.shift()) !== null) {
      const { callback, args } = tock;
      if (asyncContext.state.tracking) asyncContext.callInFrame(tock.frame, callback, undefined, args);
      else if (args.length === 0) callback();
      else callback(...args);
    }
    runMicrotasks();
  } while (!queue.isEmpty() || processPromiseRejections());
  tickInfo[kHasTickScheduled] = 0;
  tickInfo[kHasRejectionToWarn] = 0;
}

// Between two timers or immediates: the same draining, cheaper when idle.
function runNextTicks() {
  if (tickInfo[kHasTickScheduled] === 0 && tickInfo[kHasRejectionToWarn] === 0) runMicrotasks();
  if (tickInfo[kHasTickScheduled] === 0 && tickInfo[kHasRejectionToWarn] === 0) return;
  processTicksAndRejections();
}

function queueMicrotask(callback) {
  if (typeof callback !== 'function') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
  }
  const frame = asyncContext.captureFrame();
  enqueueMicrotask(() => {
    try {
      if (asyncContext.state.tracking) asyncContext.callInFrame(frame, callback, undefined, []);
      else callback();
    } catch (err) {
      binding.triggerUncaughtException(err, false);
    }
  });
}

// --- Promise rejections (V8's PromiseRejectEvent values) ---------------------
const kPromiseRejectWithNoHandler = 0;
const kPromiseHandlerAddedAfterReject = 1;

const maybeUnhandled = new WeakMap();
let pendingRejections = [];
const asyncHandledRejections = [];

function promiseRejectHandler(type, promise, reason) {
  if (type === kPromiseRejectWithNoHandler) {
    maybeUnhandled.set(promise, { reason, warned: false });
    pendingRejections.push(promise);
    tickInfo[kHasRejectionToWarn] = 1;
  } else if (type === kPromiseHandlerAddedAfterReject) {
    const info = maybeUnhandled.get(promise);
    if (info === undefined) return;
    maybeUnhandled.delete(promise);
    if (info.warned) {
      asyncHandledRejections.push(promise);
      tickInfo[kHasRejectionToWarn] = 1;
    }
  }
}

// Returns true when it may have queued more ticks or microtasks.
function processPromiseRejections() {
  let maybeScheduled = false;
  while (asyncHandledRejections.length > 0) {
    const promise = asyncHandledRejections.shift();
    process.emit('rejectionHandled', promise);
    maybeScheduled = true;
  }
  const list = pendingRejections;
  pendingRejections = [];
  for (let i = 0; i < list.length; i++) {
    const promise = list[i];
    const info = maybeUnhandled.get(promise);
    if (info === undefined) continue;
    info.warned = true;
    maybeScheduled = true;
    const { reason } = info;
    if (!process.emit('unhandledRejection', reason, promise)) {
      // Rest of the list waits for the next round if this one is fatal.
      pendingRejections = list.slice(i + 1).concat(pendingRejections);
      triggerUnhandled(reason);
    }
  }
  return maybeScheduled || pendingRejections.length > 0;
}

function triggerUnhandled(reason) {
  let err = reason;
  if (!(reason instanceof Error)) {
    const { inspect } = require('internal/util/inspect');
    const text = typeof reason === 'string' ? reason : inspect(reason);
    err = new Error(
      'This error originated either by throwing inside of an async function without a catch block, ' +
        `or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason "${text}".`,
    );
    err.name = 'UnhandledPromiseRejection';
    err.code = 'ERR_UNHANDLED_REJECTION';
  }
  binding.triggerUncaughtException(err, true);
}

module.exports = {
  nextTick,
  queueMicrotask,
  processTicksAndRejections,
  runNextTicks,
  promiseRejectHandler,
};
