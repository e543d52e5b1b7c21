'use strict';

// PerformanceResourceTiming: a resource's fetch timing info (the Fetch
// standard's timing info struct, as undici passes it to
// performance.markResourceTiming) seen through the Resource Timing getters.

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR },
} = require('internal/errors');
const { InternalPerformanceEntry } = require('internal/perf/entries');

const kTiming = Symbol('kTiming');
const kInitiatorType = Symbol('kInitiatorType');
const kCacheMode = Symbol('kCacheMode');

class PerformanceResourceTiming extends InternalPerformanceEntry {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get [Symbol.toStringTag]() {
    return 'PerformanceResourceTiming';
  }

  get startTime() { return this[kTiming].startTime; }

  get duration() { return this[kTiming].endTime - this[kTiming].startTime; }

  get initiatorType() { return this[kInitiatorType]; }

  get workerStart() { return this[kTiming].finalServiceWorkerStartTime; }

  get redirectStart() { return this[kTiming].redirectStartTime; }

  get redirectEnd() { return this[kTiming].redirectEndTime; }

  get fetchStart() { return this[kTiming].postRedirectStartTime; }

  get domainLookupStart() { return this[kTiming].finalConnectionTimingInfo?.domainLookupStartTime; }

  get domainLookupEnd() { return this[kTiming].finalConnectionTimingInfo?.domainLookupEndTime; }

  get connectStart() { return this[kTiming].finalConnectionTimingInfo?.connectionStartTime; }

  get connectEnd() { return this[kTiming].finalConnectionTimingInfo?.connectionEndTime; }

  get secureConnectionStart() {
    return this[kTiming].finalConnectionTimingInfo?.secureConnectionStartTime;
  }

  get nextHopProtocol() { return this[kTiming].finalConnectionTimingInfo?.ALPNNegotiatedProtocol; }

  get requestStart() { return this[kTiming].finalNetworkRequestStartTime; }

  get responseStart() { return this[kTiming].finalNetworkResponseStartTime; }

  get responseEnd() { return this[kTiming].endTime; }

  get encodedBodySize() { return this[kTiming].encodedBodySize; }

  get decodedBodySize() { return this[kTiming].decodedBodySize; }

  // A cached response costs nothing on the wire; a revalidated one only its
  // headers, which the spec counts as 300 bytes.
  get transferSize() {
    if (this[kCacheMode] === 'local') return 0;
    if (this[kCacheMode] === 'validated') return 300;
    return this[kTiming].encodedBodySize + 300;
  }

  toJSON() {
    return {
      name: this.name,
      entryType: this.entryType,
      startTime: this.startTime,
      duration: this.duration,
      initiatorType: this.initiatorType,
      nextHopProtocol: this.nextHopProtocol,
      workerStart: this.workerStart,
      redirectStart: this.redirectStart,
      redirectEnd: this.redirectEnd,
      fetchStart: this.fetchStart,
      domainLookupStart: this.domainLookupStart,
      domainLookupEnd: this.domainLookupEnd,
      connectStart: this.connectStart,
      connectEnd: this.connectEnd,
      secureConnectionStart: this.secureConnectionStart,
      requestStart: this.requestStart,
      responseStart: this.responseStart,
      responseEnd: this.responseEnd,
      transferSize: this.transferSize,
      encodedBodySize: this.encodedBodySize,
      decodedBodySize: this.decodedBodySize,
    };
  }
}

// Builds the entry without running the throwing public constructor.
function createResourceTiming(requestedUrl, initiatorType, timingInfo, cacheMode) {
  const entry = Reflect.construct(InternalPerformanceEntry,
                                  [requestedUrl, 'resource', undefined, undefined, undefined],
                                  PerformanceResourceTiming);
  entry[kInitiatorType] = initiatorType;
  entry[kTiming] = timingInfo;
  entry[kCacheMode] = cacheMode;
  return entry;
}

module.exports = { PerformanceResourceTiming, createResourceTiming };
