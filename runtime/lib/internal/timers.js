'use strict';
// Timers and immediates. All timers of an environment share one uv_timer
// (runtime/src/timers.cc) armed for the earliest expiry; they live in a
// binary heap ordered by expiry, then by creation. Immediates are a FIFO run
// in the check phase.

const binding = internalBinding('timers');
const { runNextTicks } = require('internal/process/task_queues');
const { immediateInfo } = binding;
const kCount = 0;
const kRefCount = 1;
const kHasOutstanding = 2;
const TIMEOUT_MAX = 2 ** 31 - 1;

let nextId = 1;
let refedTimers = 0;
let armedExpiry = 0;

// --- the heap -----------------------------------------------------------
const heap = [];
function before(a, b) {
  return a._expiry < b._expiry || (a._expiry === b._expiry && a._seq < b._seq);
}
function siftUp(i) {
  const item = heap[i];
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!before(item, heap[parent])) break;
    heap[i] = heap[parent];
    heap[i]._heapIndex = i;
    i = parent;
  }
  heap[i] = item;
  item._heapIndex = i;
}
function siftDown(i) {
  const item = heap[i];
  const n = heap.length;
  for (;;) {
    let child = 2 * i + 1;
    if (child >= n) break;
    if (child + 1 < n && before(heap[child + 1], heap[child])) child++;
    if (!before(heap[child], item)) break;
    heap[i] = heap[child];
    heap[i]._heapIndex = i;
    i = child;
  }
  heap[i] = item;
  item._heapIndex = i;
}
function heapInsert(timer) {
  heap.push(timer);
  siftUp(heap.length - 1);
}
function heapRemove(timer) {
  const i = timer._heapIndex;
  timer._idleNext = null;
  timer._idlePrev = null;
  if (i < 0) return;
  timer._heapIndex = -1;
  const last = heap.pop();
  if (i < heap.length) {
    heap[i] = last;
    last._heapIndex = i;
    siftUp(i);
    siftDown(last._heapIndex);
  }
}

function arm() {
  if (heap.length === 0) return;
  const expiry = heap[0]._expiry;
  if (armedExpiry !== 0 && armedExpiry <= expiry) return;
  armedExpiry = expiry;
  binding.scheduleTimer(Math.max(1, expiry - binding.getLibuvNow()));
}

function changeRef(delta) {
  const before = refedTimers;
  refedTimers += delta;
  if (before === 0 && refedTimers > 0) binding.toggleTimerRef(true);
  else if (before > 0 && refedTimers === 0) binding.toggleTimerRef(false);
}

const kRefed = Symbol('refed');

class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    after *= 1;
    if (!(after >= 1 && after <= TIMEOUT_MAX)) {
      if (after > TIMEOUT_MAX) {
        process.emitWarning(
          `${after} does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.`,
          'TimeoutOverflowWarning',
        );
      }
      after = 1;
    }
    this._idleTimeout = after;
    this._idlePrev = this;
    this._idleNext = this;
    this._idleStart = null;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    this[kRefed] = isRefed;
    this._heapIndex = -1;
    this._id = nextId++;
    this._seq = 0;
    this._expiry = 0;
    if (isRefed) changeRef(1);
    start(this);
  }

  refresh() {
    if (this._heapIndex >= 0 || !this._destroyed) {
      heapRemove(this);
      start(this);
    }
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (!this._destroyed) changeRef(-1);
    }
    return this;
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (!this._destroyed) changeRef(1);
    }
    return this;
  }

  hasRef() {
    return this[kRefed];
  }

  close() {
    clearTimeout(this);
    return this;
  }

  [Symbol.toPrimitive]() {
    knownTimersById.set(this._id, this);
    return this._id;
  }

  [Symbol.dispose]() {
    clearTimeout(this);
  }
}

const knownTimersById = new Map();

function start(timer) {
  // Node keeps timers in linked lists; code that checks _idleNext to know
  // whether a timer is armed sees the same answer here.
  timer._idleNext = timer;
  timer._idlePrev = timer;
  const now = binding.getLibuvNow();
  timer._idleStart = now;
  timer._expiry = now + timer._idleTimeout;
  timer._seq = nextId++;
  heapInsert(timer);
  arm();
}

function unenroll(timer) {
  if (timer._destroyed) return;
  timer._destroyed = true;
  heapRemove(timer);
  knownTimersById.delete(timer._id);
  if (timer[kRefed]) changeRef(-1);
}

// Called by C++ when the uv timer fires; returns the next expiry (negative
// when only unref'd timers are left, 0 when none).
function processTimers(now) {
  armedExpiry = 0;
  let ranAtLeastOne = false;
  while (heap.length > 0 && heap[0]._expiry <= now) {
    const timer = heap[0];
    if (ranAtLeastOne) {
      runNextTicks();
      // A tick may have cleared or refreshed this very timer.
      if (heap.length === 0 || heap[0] !== timer || timer._expiry > now) {
        now = binding.getLibuvNow();
        continue;
      }
    } else {
      ranAtLeastOne = true;
    }
    heapRemove(timer);
    if (timer._repeat === null) {
      timer._destroyed = true;
      knownTimersById.delete(timer._id);
      if (timer[kRefed]) changeRef(-1);
    }
    let threw = true;
    try {
      const args = timer._timerArgs;
      if (args === undefined) timer._onTimeout();
      else timer._onTimeout(...args);
      threw = false;
    } finally {
      if (timer._repeat !== null && !timer._destroyed && timer._heapIndex < 0) {
        timer._idleTimeout = timer._repeat;
        start(timer);
      }
      if (threw) armedExpiry = 0;
    }
  }
  if (heap.length === 0) return 0;
  const next = heap[0]._expiry;
  armedExpiry = next;
  return refedTimers > 0 ? next : -next;
}

// --- immediates --------------------------------------------------------------
class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = false;
    this.ref();
    immediateInfo[kCount]++;
    immediateQueue.append(this);
  }

  ref() {
    if (this[kRefed] === false) {
      this[kRefed] = true;
      if (immediateInfo[kRefCount]++ === 0) binding.toggleImmediateRef(true);
    }
    return this;
  }

  unref() {
    if (this[kRefed] === true) {
      this[kRefed] = false;
      if (--immediateInfo[kRefCount] === 0) binding.toggleImmediateRef(false);
    }
    return this;
  }

  hasRef() {
    return !!this[kRefed];
  }

  [Symbol.dispose]() {
    clearImmediate(this);
  }
}

class ImmediateList {
  constructor() {
    this.head = null;
    this.tail = null;
  }
  append(item) {
    if (this.tail !== null) this.tail._idleNext = item;
    else this.head = item;
    this.tail = item;
  }
}

const immediateQueue = new ImmediateList();
// The round being run; when a callback throws, the rest of it runs on the
// next call (C++ calls again after reporting the exception).
const outstandingQueue = new ImmediateList();

function processImmediate() {
  if (outstandingQueue.head === null) {
    // Immediates queued while this round runs wait for the next check phase.
    outstandingQueue.head = immediateQueue.head;
    outstandingQueue.tail = immediateQueue.tail;
    immediateQueue.head = immediateQueue.tail = null;
  }
  immediateInfo[kHasOutstanding] = 1;
  let ranAtLeastOne = false;
  while (outstandingQueue.head !== null) {
    const immediate = outstandingQueue.head;
    outstandingQueue.head = immediate._idleNext;
    if (immediate._destroyed) continue;
    if (ranAtLeastOne) {
      runNextTicks();
      if (immediate._destroyed) continue;
    } else {
      ranAtLeastOne = true;
    }
    immediate._destroyed = true;
    immediateInfo[kCount]--;
    if (immediate[kRefed] && --immediateInfo[kRefCount] === 0) binding.toggleImmediateRef(false);
    immediate[kRefed] = null;
    const argv = immediate._argv;
    if (argv === undefined) immediate._onImmediate();
    else immediate._onImmediate(...argv);
  }
  outstandingQueue.tail = null;
  immediateInfo[kHasOutstanding] = 0;
}

binding.setupTimers(processImmediate, processTimers);

// --- the public functions ------------------------------------------------------
function validateCallback(callback) {
  if (typeof callback !== 'function') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
  }
}

function setTimeout(callback, after, ...args) {
  validateCallback(callback);
  return new Timeout(callback, after, args.length ? args : undefined, false, true);
}

function setInterval(callback, repeat, ...args) {
  validateCallback(callback);
  return new Timeout(callback, repeat, args.length ? args : undefined, true, true);
}

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    unenroll(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const known = knownTimersById.get(+timer);
    if (known !== undefined) unenroll(known);
  }
}

function setImmediate(callback, ...args) {
  validateCallback(callback);
  return new Immediate(callback, args.length ? args : undefined);
}

function clearImmediate(immediate) {
  if (!immediate || immediate._destroyed) return;
  immediateInfo[kCount]--;
  immediate._destroyed = true;
  if (immediate[kRefed] && --immediateInfo[kRefCount] === 0) binding.toggleImmediateRef(false);
  immediate[kRefed] = null;
  immediate._onImmediate = null;
}

// The deprecated timers.enroll/active/unenroll: any object with
// _idleTimeout and _onTimeout becomes a timer.
function activeLegacy(item, refed) {
  if (typeof item._idleTimeout !== 'number' || item._idleTimeout < 0) return;
  if (item._heapIndex === undefined) {
    item._heapIndex = -1;
    item._id = nextId++;
  }
  if (item._heapIndex >= 0) heapRemove(item);
  else if (refed) changeRef(1);
  item[kRefed] = refed;
  item._destroyed = false;
  item._repeat = null;
  start(item);
}

function unenrollLegacy(item) {
  if (item._heapIndex !== undefined && item._heapIndex >= 0) {
    heapRemove(item);
    if (item[kRefed]) changeRef(-1);
  }
  item._idleTimeout = -1;
  item._destroyed = true;
}

module.exports = {
  activeLegacy,
  unenrollLegacy,
  Timeout,
  Immediate,
  setTimeout,
  setInterval,
  clearTimeout,
  clearInterval: clearTimeout,
  setImmediate,
  clearImmediate,
  kRefed,
  TIMEOUT_MAX,
  getLibuvNow: binding.getLibuvNow,
};
