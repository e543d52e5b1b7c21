'use strict';

// The public `perf_hooks` module.

const { Performance, performance } = require('internal/perf/performance');
const {
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
} = require('internal/perf/entries');
const {
  PerformanceObserver,
  PerformanceObserverEntryList,
} = require('internal/perf/observe');
const { createHistogram, monitorEventLoopDelay } = require('internal/perf/histogram');
const { PerformanceResourceTiming } = require('internal/perf/resource_timing');

module.exports = {
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceObserver,
  PerformanceObserverEntryList,
  PerformanceResourceTiming,
  monitorEventLoopDelay,
  createHistogram,
  performance,
  constants: internalBinding('performance').constants,
};
