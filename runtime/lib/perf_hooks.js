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

module.exports = {
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceObserver,
  PerformanceObserverEntryList,
  performance,
  constants: internalBinding('performance').constants,
};
