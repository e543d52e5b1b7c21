'use strict';
// Timers and immediates. All timers of an environment share one uv_timer
// (runtime/src/timers.cc) armed for the earliest expiry. As in node, timers
// with the same duration share a list in creation order (so inserting is
// O(1) and their expiries are already sorted), and the lists sit in a binary
// heap ordered by their next expiry. Immediates are a FIFO run in the check
// phase.

const asyncContext = require('internal/async_context');
const binding = internalBinding('timers');
const { runNextTicks } = require('internal/process/task_queues');
const { immediateInfo } = binding;
const kCount = 0;
const kRefCount = 1;
const kHasOutstanding = 2;
const TIMEOUT_MAX = 2 ** 31 - 1;
const kRefed = Symbol('refed');

let nextId = 1;
let timerListId = 1;
let refCount = 0;
// The expiry the uv timer is armed for (Infinity: not armed).
let nextExpiry = Infinity;

// --- intrusive doubly linked lists (a list is its own sentinel) -------------
function listInit(list) {
  list._idleNext = list;
  list._idlePrev = list;
}
function listPeek(list) {
  return list._idleNext === list ? null : list._idleNext;
}
function listAppend(list, item) {
  if (item._idleNext || item._idlePrev) listRemove(item);
  item._idleNext = list;
  item._idlePrev = list._idlePrev;
  list._idlePrev._idleNext = item;
  list._idlePrev = item;
}
function listRemove(item) {
  if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
  if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
  item._idleNext = null;
  item._idlePrev = null;
}

class TimersList {
  constructor(expiry, msecs) {
    listInit(this);
    this.expiry = expiry;
    this.id = timerListId++;
    this.msecs = msecs;
    this.position = -1;
  }
}

// --- the heap of lists, by (expiry, id) --------------------------------------
const listQueue = [];
function before(a, b) {
  return a.expiry < b.expiry || (a.expiry === b.expiry && a.id < b.id);
}
function siftUp(i) {
  const item = listQueue[i];
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!before(item, listQueue[parent])) break;
    listQueue[i] = listQueue[parent];
    listQueue[i].position = i;
    i = parent;
  }
  listQueue[i] = item;
  item.position = i;
}
function siftDown(i) {
  const item = listQueue[i];
  const n = listQueue.length;
  for (;;) {
    let child = 2 * i + 1;
    if (child >= n) break;
    if (child + 1 < n && before(listQueue[child + 1], listQueue[child])) child++;
    if (!before(listQueue[child], item)) break;
    listQueue[i] = listQueue[child];
    listQueue[i].position = i;
    i = child;
  }
  listQueue[i] = item;
  item.position = i;
}
function queueInsert(list) {
  listQueue.push(list);
  siftUp(listQueue.length - 1);
}
function queueRemove(list) {
  const i = list.position;
  if (i < 0) return;
  list.position = -1;
  const last = listQueue.pop();
  if (i < listQueue.length) {
    listQueue[i] = last;
    last.position = i;
    siftUp(i);
    siftDown(last.position);
  }
}

const timerListMap = Object.create(null);

function changeRef(delta) {
  const before = refCount;
  refCount += delta;
  if (before === 0 && refCount > 0) binding.toggleTimerRef(true);
  else if (before > 0 && refCount === 0) binding.toggleTimerRef(false);
}

// Puts `item` at the end of the list for its duration.
function insert(item, msecs, start = binding.getLibuvNow()) {
  // Lists are per whole millisecond: sub-millisecond accuracy is not
  // promised, and timers of 1 and 1.8 ms then fire in creation order.
  msecs = Math.trunc(msecs);
  item._idleStart = start;
  let list = timerListMap[msecs];
  if (list === undefined) {
    const expiry = start + msecs;
    timerListMap[msecs] = list = new TimersList(expiry, msecs);
    queueInsert(list);
    if (nextExpiry > expiry) {
      binding.scheduleTimer(msecs);
      nextExpiry = expiry;
    }
  }
  listAppend(list, item);
}

// Takes `item` out of its list; an emptied list goes away.
function removeFromList(item) {
  if (!item._idleNext && !item._idlePrev) return;
  const msecs = Math.trunc(item._idleTimeout);
  const list = timerListMap[msecs];
  listRemove(item);
  if (list !== undefined && listPeek(list) === null) {
    delete timerListMap[msecs];
    queueRemove(list);
  }
}

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
    this._idlePrev = null;
    this._idleNext = null;
    this._idleStart = null;
    this._onTimeout = callback;
    this._timerArgs = args;
    // AsyncLocalStorage: the callback runs in the frame it was scheduled in.
    this._asyncFrame = asyncContext.captureFrame();
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    this[kRefed] = isRefed;
    this._id = nextId++;
    if (isRefed) changeRef(1);
    insert(this, after);
  }

  // Restarts the timer; one that already fired is armed again (node's
  // documented behaviour), one that was cleared stays cleared.
  refresh() {
    if (this._idleTimeout < 0) return this;
    if (this._destroyed) {
      this._destroyed = false;
      if (this[kRefed]) changeRef(1);
    }
    removeFromList(this);
    insert(this, this._idleTimeout);
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

function unenroll(timer) {
  if (timer._destroyed) return;
  timer._destroyed = true;
  removeFromList(timer);
  knownTimersById.delete(timer._id);
  if (timer[kRefed]) changeRef(-1);
  // The uv timer stays armed; when it fires for nothing, processTimers
  // re-arms it for what is left.
  timer._idleTimeout = -1;
}

// Called by C++ when the uv timer fires; returns the next expiry (negative
// when only unref'd timers are left, 0 when none).
function processTimers(now) {
  nextExpiry = Infinity;
  let list;
  let ranAtLeastOneList = false;
  while ((list = listQueue[0]) !== undefined) {
    if (list.expiry > now) {
      nextExpiry = list.expiry;
      return refCount > 0 ? nextExpiry : -nextExpiry;
    }
    if (ranAtLeastOneList) runNextTicks();
    else ranAtLeastOneList = true;
    listOnTimeout(list, now);
  }
  return 0;
}

function listOnTimeout(list, now) {
  const msecs = list.msecs;
  let ranAtLeastOneTimer = false;
  let timer;
  while ((timer = listPeek(list)) !== null) {
    const diff = now - timer._idleStart;
    // Later timers of this list are not due yet: requeue the list.
    if (diff < msecs) {
      list.expiry = Math.max(timer._idleStart + msecs, now + 1);
      list.id = timerListId++;
      siftDown(list.position);
      return;
    }
    if (ranAtLeastOneTimer) runNextTicks();
    else ranAtLeastOneTimer = true;
    listRemove(timer);
    if (timer._destroyed) continue;
    // A timer whose callback was taken away (or a legacy timers.active()
    // object that never had one) just ends, as in node.
    if (!timer._onTimeout) {
      timer._destroyed = true;
      knownTimersById.delete(timer._id);
      if (timer[kRefed]) changeRef(-1);
      continue;
    }
    let start;
    if (timer._repeat) start = binding.getLibuvNow();
    try {
      const args = timer._timerArgs;
      if (asyncContext.state.tracking) asyncContext.callInFrame(timer._asyncFrame, timer._onTimeout, timer, args || []);
      else if (args === undefined) timer._onTimeout();
      else timer._onTimeout(...args);
    } finally {
      if (timer._repeat && timer._idleTimeout !== -1 && !timer._destroyed) {
        timer._idleTimeout = timer._repeat;
        insert(timer, timer._idleTimeout, start);
      } else if (!timer._idleNext && !timer._idlePrev && !timer._destroyed) {
        timer._destroyed = true;
        knownTimersById.delete(timer._id);
        if (timer[kRefed]) changeRef(-1);
      }
    }
  }
  // Compare before removing: a callback may have made a new list for msecs.
  if (list === timerListMap[msecs]) {
    delete timerListMap[msecs];
    queueRemove(list);
  }
}

// --- immediates --------------------------------------------------------------
class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    this._asyncFrame = asyncContext.captureFrame();
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
    if (asyncContext.state.tracking) {
      asyncContext.callInFrame(immediate._asyncFrame, immediate._onImmediate, immediate, argv || []);
    } else if (argv === undefined) {
      immediate._onImmediate();
    } else {
      immediate._onImmediate(...argv);
    }
  }
  outstandingQueue.tail = null;
  immediateInfo[kHasOutstanding] = 0;
}

binding.setupTimers(processImmediate, processTimers);

// util.promisify(setTimeout) and util.promisify(setImmediate) are the
// timers/promises functions; loaded on first use to keep startup small.
function definePromisified(fn, name) {
  Object.defineProperty(fn, Symbol.for('nodejs.util.promisify.custom'), {
    __proto__: null,
    enumerable: true,
    get() { return require('timers/promises')[name]; },
  });
}

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
// _idleTimeout (and usually _onTimeout) becomes a timer. The ref count
// follows node: a destroyed item counts again only when refed, a live one
// moves between refed and unrefed.
function activeLegacy(item, refed) {
  const msecs = item._idleTimeout;
  if (typeof msecs !== 'number' || msecs < 0) return;
  if (item._idleNext || item._idlePrev) removeFromList(item);
  insert(item, msecs);
  const wasDestroyed = item._destroyed === true;
  item._destroyed = false;
  if (wasDestroyed) {
    if (refed) changeRef(1);
  } else if (refed === !item[kRefed]) {
    changeRef(refed ? 1 : -1);
  }
  item[kRefed] = refed;
}

// timers.unenroll() is clearTimeout() for any timer-like object.
function unenrollLegacy(item) {
  unenroll(item);
}

// Validates a duration for timers.enroll(): too large is clamped with a
// warning, as node does.
function getTimerDuration(msecs, name) {
  const { validateNumber } = require('internal/validators');
  validateNumber(msecs, name);
  if (msecs < 0 || !Number.isFinite(msecs)) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_OUT_OF_RANGE(name, 'a non-negative finite number', msecs);
  }
  if (msecs > TIMEOUT_MAX) {
    process.emitWarning(`${msecs} does not fit into a 32-bit signed integer.` +
                        `\nTimer duration was truncated to ${TIMEOUT_MAX}.`,
                        'TimeoutOverflowWarning');
    return TIMEOUT_MAX;
  }
  return msecs;
}

// An internal timer that does not keep the loop alive.
function setUnrefTimeout(callback, after) {
  validateCallback(callback);
  return new Timeout(callback, after, undefined, false, false);
}

// What process.getActiveResourcesInfo() reports for timers.
function activeCounts() {
  return { timeouts: refCount, immediates: immediateInfo[kRefCount] };
}

definePromisified(setTimeout, 'setTimeout');
definePromisified(setImmediate, 'setImmediate');

module.exports = {
  activeCounts,
  activeLegacy,
  unenrollLegacy,
  getTimerDuration,
  setUnrefTimeout,
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
