'use strict';

// The performance timeline: the global buffers of marks and measures, and
// PerformanceObserver, which receives new entries in a batch from a
// setImmediate callback (as node delivers them).

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const {
  validateFunction,
  validateObject,
} = require('internal/validators');
const { DOMException } = require('internal/domexception');
const {
  isPerformanceEntry,
  inspectAs,
  setRecorder,
} = require('internal/perf/entries');

const kInspect = Symbol.for('nodejs.util.inspect.custom');

// The entry types this runtime can produce or that node lists as supported.
const kSupportedEntryTypes = Object.freeze([
  'dns', 'function', 'gc', 'http', 'http2', 'mark', 'measure', 'net', 'resource',
]);

// Entries that stay in the global timeline until cleared.
const buffers = { mark: [], measure: [], resource: [] };
const kClearHint = { mark: 'performance.clearMarks', measure: 'performance.clearMeasures' };
const kBufferWarnSize = 1e6;
const warnedTypes = new Set();

const observers = new Set();
const pending = new Set();
let dispatchScheduled = false;

function schedulePending() {
  if (dispatchScheduled) return;
  dispatchScheduled = true;
  setImmediate(() => {
    dispatchScheduled = false;
    const ready = Array.from(pending);
    pending.clear();
    for (const observer of ready) observer[kDispatch]();
  });
}

const kMaybeBuffer = Symbol('kMaybeBuffer');
const kDispatch = Symbol('kDispatch');
const kTypeSingle = 0;
const kTypeMultiple = 1;

function byStartTime(a, b) {
  return a.startTime - b.startTime;
}

class PerformanceObserverEntryList {
  #entries;

  constructor(entries) {
    this.#entries = entries.sort(byStartTime);
  }

  getEntries() {
    return this.#entries.slice();
  }

  getEntriesByType(type) {
    type = `${type}`;
    return this.#entries.filter((entry) => entry.entryType === type);
  }

  getEntriesByName(name, type) {
    name = `${name}`;
    if (type != null) {
      return this.#entries.filter((e) => e.name === name && e.entryType === type);
    }
    return this.#entries.filter((e) => e.name === name);
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    return inspectAs('PerformanceObserverEntryList', this.#entries, depth, options);
  }
}

class PerformanceObserver {
  #buffer = [];
  #entryTypes = new Set();
  #type;
  #callback;

  constructor(callback) {
    validateFunction(callback, 'callback');
    this.#callback = callback;
  }

  observe(options = {}) {
    validateObject(options, 'options');
    const { entryTypes, type, buffered } = { ...options };
    if (entryTypes === undefined && type === undefined) {
      throw new ERR_MISSING_ARGS('options.entryTypes', 'options.type');
    }
    if (entryTypes != null && type != null) {
      throw new ERR_INVALID_ARG_VALUE('options.entryTypes', entryTypes,
                                      'options.entryTypes can not set with ' +
                                      'options.type together');
    }
    if (this.#type === undefined) {
      if (entryTypes !== undefined) this.#type = kTypeMultiple;
      if (type !== undefined) this.#type = kTypeSingle;
    } else if (this.#type === kTypeSingle && entryTypes !== undefined) {
      throw new DOMException('PerformanceObserver can not change to multiple observations',
                             'InvalidModificationError');
    } else if (this.#type === kTypeMultiple && type !== undefined) {
      throw new DOMException('PerformanceObserver can not change to single observation',
                             'InvalidModificationError');
    }

    if (this.#type === kTypeMultiple) {
      if (!Array.isArray(entryTypes)) {
        throw new ERR_INVALID_ARG_TYPE('options.entryTypes', 'string[]', entryTypes);
      }
      this.#entryTypes.clear();
      for (const entryType of entryTypes) {
        if (kSupportedEntryTypes.includes(entryType)) this.#entryTypes.add(entryType);
      }
    } else {
      if (!kSupportedEntryTypes.includes(type)) return;
      this.#entryTypes.add(type);
      if (buffered) {
        this.#buffer.push(...filterEntries(undefined, type));
        pending.add(this);
        schedulePending();
      }
    }

    if (this.#entryTypes.size) observers.add(this);
    else this.disconnect();
  }

  disconnect() {
    observers.delete(this);
    pending.delete(this);
    this.#buffer = [];
    this.#entryTypes.clear();
    this.#type = undefined;
  }

  takeRecords() {
    const list = this.#buffer;
    this.#buffer = [];
    return list;
  }

  static get supportedEntryTypes() {
    return kSupportedEntryTypes;
  }

  [kMaybeBuffer](entry) {
    if (!this.#entryTypes.has(entry.entryType)) return;
    this.#buffer.push(entry);
    pending.add(this);
    schedulePending();
  }

  [kDispatch]() {
    this.#callback(new PerformanceObserverEntryList(this.takeRecords()), this);
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    return inspectAs('PerformanceObserver', {
      connected: observers.has(this),
      pending: pending.has(this),
      entryTypes: Array.from(this.#entryTypes),
      buffer: this.#buffer,
    }, depth, options);
  }
}

// Queues an entry to every interested observer.
function enqueue(entry) {
  if (!isPerformanceEntry(entry)) {
    throw new ERR_INVALID_ARG_TYPE('entry', 'PerformanceEntry', entry);
  }
  for (const observer of observers) observer[kMaybeBuffer](entry);
}

function bufferUserTiming(entry) {
  const buffer = buffers[entry.entryType];
  if (buffer === undefined) return;
  buffer.push(entry);
  const count = buffer.length;
  if (count > kBufferWarnSize && !warnedTypes.has(entry.entryType)) {
    warnedTypes.add(entry.entryType);
    const warning = new Error('Possible perf_hooks memory leak detected. ' +
                              `${count} ${entry.entryType} entries added to the global ` +
                              `performance entry buffer. Use ${kClearHint[entry.entryType]} ` +
                              'to clear the buffer.');
    warning.name = 'MaxPerformanceEntryBufferExceededWarning';
    warning.entryType = entry.entryType;
    warning.count = count;
    process.emitWarning(warning);
  }
}

// Resource entries obey the Resource Timing buffer: at most `limit` of them;
// more wait in a secondary buffer while 'resourcetimingbufferfull' is
// dispatched on performance, whose listeners may clear or grow the buffer.
let resourceLimit = 250;
let resourceOverflow = [];
let bufferFullPending = false;
let dispatchBufferFull = () => {};

function setDispatchBufferFull(fn) {
  dispatchBufferFull = fn;
}

function setResourceTimingBufferSize(maxSize) {
  resourceLimit = maxSize;
}

function bufferResourceTiming(entry) {
  if (buffers.resource.length < resourceLimit && !bufferFullPending) {
    buffers.resource.push(entry);
    return;
  }
  if (!bufferFullPending) {
    bufferFullPending = true;
    setImmediate(() => {
      while (resourceOverflow.length > 0) {
        const excessBefore = resourceOverflow.length;
        dispatchBufferFull('resourcetimingbufferfull');
        const room = Math.max(Math.min(resourceLimit - buffers.resource.length,
                                       resourceOverflow.length), 0);
        const excessAfter = resourceOverflow.length - room;
        buffers.resource.push(...resourceOverflow.slice(0, room));
        resourceOverflow = resourceOverflow.slice(room);
        // Nobody made room: the rest is dropped.
        if (excessBefore <= excessAfter) resourceOverflow = [];
      }
      bufferFullPending = false;
    });
  }
  resourceOverflow.push(entry);
}

setRecorder((entry) => {
  enqueue(entry);
  bufferUserTiming(entry);
});

function clearEntriesFromBuffer(type, name) {
  const buffer = buffers[type];
  if (name === undefined) {
    buffers[type] = [];
    return;
  }
  name = `${name}`;
  buffers[type] = buffer.filter((entry) => entry.name !== name);
}

// The global timeline, sorted by start time, optionally filtered.
function filterEntries(name, type) {
  let entries;
  if (buffers[type] !== undefined) {
    entries = buffers[type].slice();
  } else if (type === undefined) {
    entries = [...buffers.mark, ...buffers.measure, ...buffers.resource];
  } else {
    entries = [];
  }
  if (name !== undefined) entries = entries.filter((entry) => entry.name === name);
  return entries.sort(byStartTime);
}

module.exports = {
  bufferResourceTiming,
  setDispatchBufferFull,
  setResourceTimingBufferSize,
  PerformanceObserver,
  PerformanceObserverEntryList,
  enqueue,
  clearEntriesFromBuffer,
  filterEntries,
};
