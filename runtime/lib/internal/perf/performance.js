'use strict';

// The `performance` object (an EventTarget) with the High Resolution Time,
// User Timing and Performance Timeline methods, nodeTiming,
// eventLoopUtilization() and timerify().

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_MISSING_ARGS, ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { EventTarget } = require('internal/event_target');
const {
  InternalPerformanceEntry,
  inspectAs,
  mark,
  measure,
  clearMarkTimings,
  setMilestoneSource,
  now,
} = require('internal/perf/entries');
const {
  bufferResourceTiming,
  clearEntriesFromBuffer,
  enqueue,
  filterEntries,
  setDispatchBufferFull,
  setResourceTimingBufferSize: setResourceLimit,
} = require('internal/perf/observe');
const { createResourceTiming } = require('internal/perf/resource_timing');

const binding = internalBinding('performance');
const kInspect = Symbol.for('nodejs.util.inspect.custom');

// Milestones of the runtime's start-up; -1 marks one this runtime does not
// record (as node reports milestones that have not happened).
function milestone(name) {
  if (name === 'nodeStart') return 0;
  if (name === 'loopStart') return binding.getLoopTiming()[0];
  return -1;
}
setMilestoneSource(milestone);

class PerformanceNodeTiming {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get name() { return 'node'; }

  get entryType() { return 'node'; }

  get startTime() { return 0; }

  get duration() { return now(); }

  get nodeStart() { return milestone('nodeStart'); }

  get v8Start() { return milestone('v8Start'); }

  get environment() { return milestone('environment'); }

  get loopStart() { return milestone('loopStart'); }

  get loopExit() { return milestone('loopExit'); }

  get bootstrapComplete() { return milestone('bootstrapComplete'); }

  get idleTime() { return binding.getLoopTiming()[1]; }

  toJSON() {
    return {
      name: 'node',
      entryType: 'node',
      startTime: this.startTime,
      duration: this.duration,
      nodeStart: this.nodeStart,
      v8Start: this.v8Start,
      bootstrapComplete: this.bootstrapComplete,
      environment: this.environment,
      loopStart: this.loopStart,
      loopExit: this.loopExit,
      idleTime: this.idleTime,
    };
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    return inspectAs('PerformanceNodeTiming', this.toJSON(), depth, options);
  }
}
const nodeTiming = Object.create(PerformanceNodeTiming.prototype);

function eventLoopUtilization(util1, util2) {
  const [loopStart, idleTime] = binding.getLoopTiming();
  if (loopStart <= 0) return { idle: 0, active: 0, utilization: 0 };
  if (util2) {
    const idle = util1.idle - util2.idle;
    const active = util1.active - util2.active;
    return { idle, active, utilization: active / (idle + active) };
  }
  const idle = idleTime;
  const active = now() - loopStart - idle;
  if (!util1) return { idle, active, utilization: active / (idle + active) };
  const idleDelta = idle - util1.idle;
  const activeDelta = active - util1.active;
  return { idle: idleDelta, active: activeDelta, utilization: activeDelta / (idleDelta + activeDelta) };
}

// timerify(fn, { histogram }): a new wrapper on every call, reporting each
// call of fn as a 'function' entry and its duration (ns) to the histogram.
function timerify(fn, options = {}) {
  if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE('fn', 'Function', fn);
  const { validateObject } = require('internal/validators');
  validateObject(options, 'options');
  const { histogram } = options;
  if (histogram !== undefined &&
      !require('internal/perf/histogram').isRecordableHistogram(histogram)) {
    throw new ERR_INVALID_ARG_TYPE('options.histogram', 'RecordableHistogram', histogram);
  }
  function timed(...args) {
    const start = now();
    const result = new.target ? Reflect.construct(fn, args, fn) : Reflect.apply(fn, this, args);
    const record = () => {
      const duration = now() - start;
      if (histogram !== undefined) histogram.record(Math.ceil(duration * 1e6));
      const entry = new InternalPerformanceEntry(fn.name, 'function', start, duration, args);
      for (let i = 0; i < args.length; i++) entry[i] = args[i];
      enqueue(entry);
    };
    if (!new.target && result && typeof result.finally === 'function') {
      return result.finally(record);
    }
    record();
    return result;
  }
  Object.defineProperties(timed, {
    length: { __proto__: null, configurable: false, enumerable: true, value: fn.length },
    name: { __proto__: null, configurable: false, enumerable: true, value: `timerified ${fn.name}` },
  });
  return timed;
}

class Performance extends EventTarget {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    return inspectAs('Performance', {
      nodeTiming: this.nodeTiming,
      timeOrigin: this.timeOrigin,
    }, depth, options);
  }
}

function clearMarks(name) {
  if (name !== undefined) name = `${name}`;
  clearMarkTimings(name);
  clearEntriesFromBuffer('mark', name);
}

function clearMeasures(name) {
  if (name !== undefined) name = `${name}`;
  clearEntriesFromBuffer('measure', name);
}

function clearResourceTimings(name) {
  if (name !== undefined) name = `${name}`;
  clearEntriesFromBuffer('resource', name);
}

// Called by fetch (undici) with the Fetch standard's timing info.
function markResourceTiming(timingInfo, requestedUrl, initiatorType, global, cacheMode) {
  if (cacheMode !== '' && cacheMode !== 'local') {
    const err = new Error("cache must be an empty string or 'local'");
    err.code = 'ERR_INTERNAL_ASSERTION';
    throw err;
  }
  const entry = createResourceTiming(requestedUrl, initiatorType, timingInfo, cacheMode);
  enqueue(entry);
  bufferResourceTiming(entry);
  return entry;
}

// The size is a WebIDL unsigned long; what does not convert to a finite,
// non-negative number becomes 0.
function setResourceTimingBufferSize(maxSize) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('maxSize');
  const size = Number(maxSize);
  setResourceLimit(Number.isFinite(size) && size > 0 ? Math.floor(size) : 0);
}

function getEntries() {
  return filterEntries();
}

function getEntriesByName(name) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
  return filterEntries(`${name}`, undefined);
}

function getEntriesByType(type) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
  return filterEntries(undefined, `${type}`);
}

function toJSON() {
  return {
    nodeTiming: this.nodeTiming,
    timeOrigin: this.timeOrigin,
    eventLoopUtilization: this.eventLoopUtilization(),
  };
}

const hidden = (value) => ({ __proto__: null, configurable: true, enumerable: false, value });
Object.defineProperties(Performance.prototype, {
  clearMarks: hidden(clearMarks),
  clearMeasures: hidden(clearMeasures),
  clearResourceTimings: hidden(clearResourceTimings),
  markResourceTiming: hidden(markResourceTiming),
  setResourceTimingBufferSize: hidden(setResourceTimingBufferSize),
  eventLoopUtilization: hidden(eventLoopUtilization),
  getEntries: hidden(getEntries),
  getEntriesByName: hidden(getEntriesByName),
  getEntriesByType: hidden(getEntriesByType),
  mark: hidden(mark),
  measure: hidden(measure),
  nodeTiming: hidden(nodeTiming),
  now: hidden(now),
  timerify: hidden(timerify),
  timeOrigin: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return binding.timeOrigin; },
  },
  toJSON: { __proto__: null, configurable: true, enumerable: true, value: toJSON },
});

// The one instance: an EventTarget built with Performance as new.target, so
// that the throwing public constructor never runs.
const performance = Reflect.construct(EventTarget, [], Performance);

setDispatchBufferFull((type) => {
  const { Event, kTrustEvent } = require('internal/event_target');
  const init = kTrustEvent === undefined ? {} : { [kTrustEvent]: true };
  performance.dispatchEvent(new Event(type, init));
});

module.exports = {
  Performance,
  performance,
  eventLoopUtilization,
  timerify,
};
