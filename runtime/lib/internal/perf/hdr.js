'use strict';

// A High Dynamic Range histogram with HdrHistogram's bucket layout, so that
// perf_hooks histograms report the same min, max, mean, stddev and
// percentiles as node (which uses HdrHistogram_c). Values are integers up to
// 2^53; counts live in a Map from bucket index to count.

const kInt64Max = 9223372036854775807; // Reported as min while empty.

// Integer helpers exact for 0 <= v < 2^53 (bit operators are 32-bit).
function bitLength(v) {
  if (v < 4294967296) return 32 - Math.clz32(v);
  return 64 - Math.clz32(Math.floor(v / 4294967296));
}
const shiftLeft = (v, n) => v * 2 ** n;
const shiftRight = (v, n) => Math.floor(v / 2 ** n);
// v | mask for a mask of low bits (mask + 1 is a power of two).
const orLowMask = (v, mask) => v - (v % (mask + 1)) + mask;

class HdrHistogram {
  constructor(lowest, highest, figures) {
    const largestSingleUnit = 2 * 10 ** figures;
    const subBucketCountMagnitude = Math.ceil(Math.log2(largestSingleUnit));
    this.subBucketHalfCountMagnitude = Math.max(subBucketCountMagnitude, 1) - 1;
    this.unitMagnitude = Math.floor(Math.log2(lowest));
    this.subBucketCount = 2 ** (this.subBucketHalfCountMagnitude + 1);
    this.subBucketHalfCount = this.subBucketCount / 2;
    this.subBucketMask = shiftLeft(this.subBucketCount - 1, this.unitMagnitude);
    // Buckets needed so that `highest` is trackable.
    let smallestUntrackable = shiftLeft(this.subBucketCount, this.unitMagnitude);
    let buckets = 1;
    while (smallestUntrackable <= highest) {
      smallestUntrackable *= 2;
      buckets++;
    }
    this.countsLength = (buckets + 1) * this.subBucketHalfCount;
    this.highest = highest;
    this.reset();
  }

  reset() {
    this.counts = new Map();
    this.totalCount = 0;
    this.minValue = kInt64Max;
    this.maxValue = 0;
  }

  bucketIndex(value) {
    const pow2ceiling = bitLength(orLowMask(value, this.subBucketMask));
    return pow2ceiling - this.unitMagnitude - (this.subBucketHalfCountMagnitude + 1);
  }

  subBucketIndex(value, bucketIndex) {
    return shiftRight(value, bucketIndex + this.unitMagnitude);
  }

  valueFromIndex(bucketIndex, subBucketIndex) {
    return shiftLeft(subBucketIndex, bucketIndex + this.unitMagnitude);
  }

  countsIndexFor(value) {
    const bucketIndex = this.bucketIndex(value);
    const subBucketIndex = this.subBucketIndex(value, bucketIndex);
    const bucketBase = shiftLeft(bucketIndex + 1, this.subBucketHalfCountMagnitude);
    return bucketBase + (subBucketIndex - this.subBucketHalfCount);
  }

  valueAtIndex(index) {
    let bucketIndex = shiftRight(index, this.subBucketHalfCountMagnitude) - 1;
    let subBucketIndex = (index % this.subBucketHalfCount) + this.subBucketHalfCount;
    if (bucketIndex < 0) {
      subBucketIndex -= this.subBucketHalfCount;
      bucketIndex = 0;
    }
    return this.valueFromIndex(bucketIndex, subBucketIndex);
  }

  equivalentRange(value) {
    const bucketIndex = this.bucketIndex(value);
    const subBucketIndex = this.subBucketIndex(value, bucketIndex);
    const adjusted = subBucketIndex >= this.subBucketCount ? bucketIndex + 1 : bucketIndex;
    return 2 ** (this.unitMagnitude + adjusted);
  }

  lowestEquivalent(value) {
    const bucketIndex = this.bucketIndex(value);
    return this.valueFromIndex(bucketIndex, this.subBucketIndex(value, bucketIndex));
  }

  highestEquivalent(value) {
    return this.lowestEquivalent(value) + this.equivalentRange(value) - 1;
  }

  medianEquivalent(value) {
    return this.lowestEquivalent(value) + Math.floor(this.equivalentRange(value) / 2);
  }

  // Returns false when the value is outside the trackable range.
  record(value) {
    if (value < 0 || value > this.highest) return false;
    const index = this.countsIndexFor(value);
    if (index < 0 || index >= this.countsLength) return false;
    this.counts.set(index, (this.counts.get(index) || 0) + 1);
    this.totalCount++;
    if (value < this.minValue && value !== 0) this.minValue = value;
    if (value > this.maxValue) this.maxValue = value;
    return true;
  }

  // [index, count] pairs in value order.
  *entries() {
    const indexes = [...this.counts.keys()].sort((a, b) => a - b);
    for (const index of indexes) yield [index, this.counts.get(index)];
  }

  min() {
    if ((this.counts.get(0) || 0) > 0) return 0;
    if (this.minValue === kInt64Max) return kInt64Max;
    return this.lowestEquivalent(this.minValue);
  }

  max() {
    return this.maxValue === 0 ? 0 : this.highestEquivalent(this.maxValue);
  }

  mean() {
    let total = 0;
    for (const [index, count] of this.entries()) {
      total += count * this.medianEquivalent(this.valueAtIndex(index));
    }
    return total / this.totalCount;
  }

  stddev() {
    const mean = this.mean();
    let total = 0;
    for (const [index, count] of this.entries()) {
      const deviation = this.medianEquivalent(this.valueAtIndex(index)) - mean;
      total += deviation * deviation * count;
    }
    return Math.sqrt(total / this.totalCount);
  }

  valueAtPercentile(percentile) {
    const requested = percentile < 100 ? percentile : 100;
    const wanted = Math.max(Math.trunc((requested / 100) * this.totalCount + 0.5), 1);
    let value = 0;
    let seen = 0;
    for (const [index, count] of this.entries()) {
      seen += count;
      if (seen >= wanted) {
        value = this.valueAtIndex(index);
        break;
      }
    }
    return percentile === 0 ? this.lowestEquivalent(value) : this.highestEquivalent(value);
  }

  // The percentile iteration of HdrHistogram with one tick per half
  // distance: [percentile, value] pairs ending with 100.
  percentiles() {
    const result = [];
    const sorted = [...this.entries()];
    let position = -1;
    let cumulative = 0;
    let value = 0;
    let count = 0;
    let target = 0;
    const advance = () => {
      if (position + 1 >= sorted.length) return false;
      position++;
      const [index, c] = sorted[position];
      value = this.valueAtIndex(index);
      count = c;
      cumulative += c;
      return true;
    };
    while (true) {
      if (!(cumulative < this.totalCount)) {
        result.push([100, value]);
        return result;
      }
      if (position === -1 && !advance()) return result;
      let emitted = false;
      do {
        const current = (100 * cumulative) / this.totalCount;
        if (count !== 0 && target <= current) {
          result.push([target, value]);
          const ticks = 2 ** (Math.trunc(Math.log(100 / (100 - target)) / Math.log(2)) + 1);
          target += 100 / ticks;
          emitted = true;
          break;
        }
      } while (advance());
      if (!emitted && !(cumulative < this.totalCount)) {
        // Reached the end without a new percentile: the final 100 follows.
        continue;
      }
    }
  }

  add(other) {
    let dropped = 0;
    for (const [index, count] of other.entries()) {
      const value = other.valueAtIndex(index);
      for (let i = 0; i < count; i++) {
        if (!this.record(value)) dropped++;
      }
    }
    return dropped;
  }
}

module.exports = { HdrHistogram, kInt64Max };
