'use strict';

// PerformanceEntry and the User Timing entries (PerformanceMark,
// PerformanceMeasure) with mark() / measure() and the table of mark times.

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_VALUE,
    ERR_PERFORMANCE_INVALID_TIMESTAMP,
    ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS,
  },
} = require('internal/errors');
const {
  validateNumber,
  validateObject,
  validateString,
} = require('internal/validators');
const { inspect } = require('internal/util/inspect');
const { DOMException } = require('internal/domexception');
const { structuredClone } = require('internal/structured_clone');

const binding = internalBinding('performance');
const now = () => binding.now();

const kName = Symbol('kName');
const kType = Symbol('kType');
const kStart = Symbol('kStart');
const kDuration = Symbol('kDuration');
const kDetail = Symbol('kDetail');
const kInspect = Symbol.for('nodejs.util.inspect.custom');

function isPerformanceEntry(obj) {
  return obj != null && obj[kName] !== undefined;
}

// `Name { ...toJSON() }`, one level shallower than the caller asked for.
function inspectAs(name, value, depth, options) {
  const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
  return `${name} ${inspect(value, opts)}`;
}

class PerformanceEntry {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get name() { return this[kName]; }

  get entryType() { return this[kType]; }

  get startTime() { return this[kStart]; }

  get duration() { return this[kDuration]; }

  get detail() { return this[kDetail]; }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    return inspectAs(this.constructor.name, this.toJSON(), depth, options);
  }

  toJSON() {
    return {
      name: this.name,
      entryType: this.entryType,
      startTime: this.startTime,
      duration: this.duration,
      detail: this.detail,
    };
  }
}

// Entries the runtime creates: the public constructor throws.
class InternalPerformanceEntry {
  constructor(name, type, start, duration, detail) {
    this[kName] = name;
    this[kType] = type;
    this[kStart] = start;
    this[kDuration] = duration;
    this[kDetail] = detail;
  }
}
InternalPerformanceEntry.prototype.constructor = PerformanceEntry;
Object.setPrototypeOf(InternalPerformanceEntry.prototype, PerformanceEntry.prototype);

// Mark names that refer to the runtime's own milestones (nodeTiming).
const kMilestoneNames = new Set([
  'nodeStart', 'v8Start', 'environment', 'loopStart', 'loopExit', 'bootstrapComplete',
]);
let milestoneOf = () => -1;
function setMilestoneSource(fn) {
  milestoneOf = fn;
}

const markTimes = new Map();

class PerformanceMark extends InternalPerformanceEntry {
  constructor(name, options) {
    name = `${name}`;
    if (kMilestoneNames.has(name)) throw new ERR_INVALID_ARG_VALUE('name', name);
    options = options == null ? {} : options;
    validateObject(options, 'options');
    const startTime = options.startTime === undefined || options.startTime === null ?
      now() : options.startTime;
    validateNumber(startTime, 'startTime');
    if (startTime < 0) throw new ERR_PERFORMANCE_INVALID_TIMESTAMP(startTime);
    markTimes.set(name, startTime);
    const detail = options.detail != null ? structuredClone(options.detail) : null;
    super(name, 'mark', startTime, 0, detail);
  }

  get [Symbol.toStringTag]() {
    return 'PerformanceMark';
  }
}

class PerformanceMeasure extends InternalPerformanceEntry {
  constructor(name, start, duration, detail, token) {
    if (token !== kMeasureToken) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super(name, 'measure', start, duration, detail);
  }

  get [Symbol.toStringTag]() {
    return 'PerformanceMeasure';
  }
}
const kMeasureToken = Symbol('kMeasureToken');

// The time a mark name or timestamp stands for.
function getMark(name) {
  if (name === undefined) return undefined;
  if (typeof name === 'number') {
    if (name < 0) throw new ERR_PERFORMANCE_INVALID_TIMESTAMP(name);
    return name;
  }
  name = `${name}`;
  if (kMilestoneNames.has(name)) return milestoneOf(name);
  const time = markTimes.get(name);
  if (time === undefined) {
    throw new DOMException(`The "${name}" performance mark has not been set`, 'SyntaxError');
  }
  return time;
}

function calculateStartDuration(startOrOptions, endMark) {
  if (startOrOptions == null) startOrOptions = 0;
  let start;
  let end;
  let duration;
  let optionsValid = false;
  if (typeof startOrOptions === 'object') {
    ({ start, end, duration } = startOrOptions);
    optionsValid = start !== undefined || end !== undefined;
  }
  if (optionsValid) {
    if (endMark !== undefined) {
      throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS('endMark must not be specified');
    }
    if (start !== undefined && end !== undefined && duration !== undefined) {
      throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS(
        'Must not have options.start, options.end, and options.duration specified');
    }
  }

  if (endMark !== undefined) {
    end = getMark(endMark);
  } else if (optionsValid && end !== undefined) {
    end = getMark(end);
  } else if (optionsValid && start !== undefined && duration !== undefined) {
    end = getMark(start) + getMark(duration);
  } else {
    end = now();
  }

  if (typeof startOrOptions === 'string') {
    start = getMark(startOrOptions);
  } else if (optionsValid && start !== undefined) {
    start = getMark(start);
  } else if (optionsValid && duration !== undefined && end !== undefined) {
    start = end - getMark(duration);
  } else {
    start = 0;
  }
  return { start, duration: end - start };
}

// Set by internal/perf/observe: where new entries go.
let record = () => {};
function setRecorder(fn) {
  record = fn;
}

function mark(name, options) {
  if (arguments.length === 0) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_MISSING_ARGS('name');
  }
  const entry = new PerformanceMark(name, options);
  record(entry);
  return entry;
}

function measure(name, startOrOptions, endMark) {
  validateString(name, 'name');
  const { start, duration } = calculateStartDuration(startOrOptions, endMark);
  let detail = startOrOptions != null ? startOrOptions.detail : undefined;
  detail = detail != null ? structuredClone(detail) : null;
  const entry = new PerformanceMeasure(name, start, duration, detail, kMeasureToken);
  record(entry);
  return entry;
}

function clearMarkTimings(name) {
  if (name !== undefined) {
    name = `${name}`;
    if (kMilestoneNames.has(name)) throw new ERR_INVALID_ARG_VALUE('name', name);
    markTimes.delete(name);
    return;
  }
  markTimes.clear();
}

module.exports = {
  PerformanceEntry,
  InternalPerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  isPerformanceEntry,
  inspectAs,
  mark,
  measure,
  clearMarkTimings,
  setRecorder,
  setMilestoneSource,
  now,
};
