'use strict';

// perf_hooks histograms: createHistogram() (a RecordableHistogram) and
// monitorEventLoopDelay() (an IntervalHistogram sampling the loop from an
// unref'd timer). Values are nanoseconds; the statistics come from an HDR
// histogram laid out as node's (internal/perf/hdr.js).

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { validateInteger, validateObject } = require('internal/validators');
const { HdrHistogram, kInt64Max } = require('internal/perf/hdr');
const { inspect } = require('internal/util/inspect');

const performanceBinding = internalBinding('performance');
const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kHdr = Symbol('kHdr');
const kState = Symbol('kState');
const kCreateToken = Symbol('kCreateToken');

// node hands out its percentiles in a SafeMap, which inspect names.
class SafeMap extends Map {}

function hdrOf(self) {
  const hdr = self !== null && typeof self === 'object' ? self[kHdr] : undefined;
  if (hdr === undefined) throw new ERR_INVALID_THIS('Histogram');
  return hdr;
}

function validatePercentile(percentile) {
  if (typeof percentile !== 'number') {
    throw new ERR_INVALID_ARG_TYPE('percentile', 'number', percentile);
  }
  if (!(percentile > 0 && percentile <= 100)) {
    throw new ERR_OUT_OF_RANGE('percentile', '> 0 && <= 100', percentile);
  }
}

class Histogram {
  constructor(token) {
    if (token !== kCreateToken) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get count() { return hdrOf(this).totalCount; }

  get countBigInt() { return BigInt(hdrOf(this).totalCount); }

  get min() { return hdrOf(this).min(); }

  get minBigInt() {
    const min = hdrOf(this).min();
    // The empty histogram's min is INT64_MAX, which a double cannot hold.
    return min === kInt64Max ? 9223372036854775807n : BigInt(min);
  }

  get max() { return hdrOf(this).max(); }

  get maxBigInt() { return BigInt(hdrOf(this).max()); }

  get mean() { return hdrOf(this).mean(); }

  get exceeds() { return this[kState].exceeds; }

  get exceedsBigInt() { return BigInt(this[kState].exceeds); }

  get stddev() { return hdrOf(this).stddev(); }

  percentile(percentile) {
    const hdr = hdrOf(this);
    validatePercentile(percentile);
    return hdr.valueAtPercentile(percentile);
  }

  percentileBigInt(percentile) {
    return BigInt(this.percentile(percentile));
  }

  get percentiles() {
    const map = new SafeMap();
    for (const [key, value] of hdrOf(this).percentiles()) map.set(key, value);
    return map;
  }

  get percentilesBigInt() {
    const map = new SafeMap();
    for (const [key, value] of hdrOf(this).percentiles()) map.set(key, BigInt(value));
    return map;
  }

  reset() {
    hdrOf(this).reset();
    this[kState].exceeds = 0;
    this[kState].previous = 0;
  }

  toJSON() {
    return {
      count: this.count,
      min: this.min,
      max: this.max,
      mean: this.mean,
      exceeds: this.exceeds,
      stddev: this.stddev,
      percentiles: Object.fromEntries(this.percentiles),
    };
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `Histogram ${inspect({
      min: this.min,
      max: this.max,
      mean: this.mean,
      exceeds: this.exceeds,
      stddev: this.stddev,
      count: this.count,
      percentiles: this.percentiles,
    }, opts)}`;
  }
}

function recordValue(self, value) {
  if (!self[kHdr].record(value)) self[kState].exceeds++;
}

const nowNs = () => Math.round(performanceBinding.now() * 1e6);

class RecordableHistogram extends Histogram {
  record(val) {
    hdrOf(this);
    if (typeof val === 'bigint') {
      if (val < 1n) throw new ERR_OUT_OF_RANGE('val', 'a safe integer greater than 0', val);
      val = Number(val);
    } else {
      validateInteger(val, 'val', 1);
    }
    recordValue(this, val);
  }

  // Records the nanoseconds since the previous call (nothing on the first).
  recordDelta() {
    hdrOf(this);
    const now = nowNs();
    const state = this[kState];
    if (state.previous > 0) {
      const delta = now - state.previous;
      if (delta > 0) recordValue(this, delta);
    }
    state.previous = now;
  }

  add(other) {
    const hdr = hdrOf(this);
    if (!(other instanceof RecordableHistogram)) {
      throw new ERR_INVALID_ARG_TYPE('other', 'RecordableHistogram', other);
    }
    this[kState].exceeds += hdr.add(other[kHdr]) + other[kState].exceeds;
  }
}

function makeHistogram(Class, lowest, highest, figures) {
  const histogram = Reflect.construct(Histogram, [kCreateToken], Class);
  histogram[kHdr] = new HdrHistogram(lowest, highest, figures);
  histogram[kState] = { exceeds: 0, previous: 0 };
  return histogram;
}

function createHistogram(options = {}) {
  validateObject(options, 'options');
  let { lowest = 1, highest = Number.MAX_SAFE_INTEGER, figures = 3 } = options;
  if (typeof lowest === 'bigint') lowest = Number(lowest);
  else validateInteger(lowest, 'options.lowest', 1, Number.MAX_SAFE_INTEGER);
  if (typeof highest === 'bigint') highest = Number(highest);
  else validateInteger(highest, 'options.highest', 2 * lowest, Number.MAX_SAFE_INTEGER);
  validateInteger(figures, 'options.figures', 1, 5);
  return makeHistogram(RecordableHistogram, lowest, highest, figures);
}

// Samples the loop every `resolution` ms from an unref'd timer; each sample
// is the time since the previous one, so a blocked loop shows as long ones.
class IntervalHistogram extends Histogram {
  enable() {
    const state = this[kState];
    if (state.timer !== undefined) return false;
    state.previous = 0;
    state.timer = setInterval(() => {
      const now = nowNs();
      if (state.previous > 0) recordValue(this, now - state.previous);
      state.previous = now;
    }, state.resolution);
    state.timer.unref();
    state.previous = nowNs();
    return true;
  }

  disable() {
    const state = this[kState];
    if (state.timer === undefined) return false;
    clearInterval(state.timer);
    state.timer = undefined;
    return true;
  }
}

function monitorEventLoopDelay(options = {}) {
  validateObject(options, 'options');
  const { resolution = 10 } = options;
  if (typeof resolution !== 'number') {
    throw new ERR_INVALID_ARG_TYPE('options.resolution', 'number', resolution);
  }
  if (resolution <= 0 || !Number.isSafeInteger(resolution)) {
    throw new ERR_OUT_OF_RANGE('resolution', '> 0', resolution);
  }
  const histogram = makeHistogram(IntervalHistogram, 1, Number.MAX_SAFE_INTEGER, 3);
  histogram[kState].resolution = resolution;
  return histogram;
}

function isRecordableHistogram(value) {
  return value instanceof RecordableHistogram && value[kHdr] !== undefined;
}

module.exports = {
  isRecordableHistogram,
  Histogram,
  RecordableHistogram,
  IntervalHistogram,
  createHistogram,
  monitorEventLoopDelay,
};
