'use strict';
// performance: clocks, user timing, the timeline and observers.
const { performance: perf, PerformanceObserver, PerformanceMark } = require('perf_hooks');

console.log(typeof perf.now(), perf.now() >= 0, perf.now() < 60000);
console.log(Math.abs(perf.timeOrigin + perf.now() - Date.now()) < 1000);
console.log(Object.keys(perf.toJSON()), Object.keys(perf.nodeTiming.toJSON()).length);
const mark = perf.mark('start', { detail: { step: 1 } });
console.log(mark.name, mark.entryType, mark.duration, mark.detail, mark instanceof PerformanceMark);
console.log(Object.prototype.toString.call(mark), Object.keys(mark.toJSON()));
const measure = perf.measure('span', 'start');
console.log(measure.entryType, measure.duration >= 0, measure.startTime === mark.startTime);
console.log(perf.measure('fixed', { start: 10, end: 25 }).duration);
// Mark times are fractional milliseconds: (start + 5) - start may be off
// in the last bits, in node as well.
console.log(Math.round(perf.measure('fixed2', { start: 'start', duration: 5 }).duration * 1e6) / 1e6);
console.log(perf.getEntries().map((e) => `${e.entryType}:${e.name}`));
console.log(perf.getEntriesByName('span').length, perf.getEntriesByType('mark').length);
for (const bad of [() => perf.measure('x', 'missing'), () => perf.mark(), () => perf.mark('loopStart'),
                   () => perf.mark('neg', { startTime: -1 }),
                   () => perf.measure('x', { start: 1, end: 2, duration: 3 }),
                   () => perf.measure('x', { start: 1 }, 'start'),
                   () => perf.getEntriesByType()]) {
  try {
    bad();
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
perf.clearMarks('start');
console.log(perf.getEntriesByType('mark').length);
perf.clearMarks();
perf.clearMeasures();
console.log(perf.getEntries().length);
const observer = new PerformanceObserver((list, obs) => {
  console.log('observed', list.getEntries().map((e) => `${e.entryType}:${e.name}`), obs === observer);
  obs.disconnect();
});
observer.observe({ entryTypes: ['mark', 'measure'] });
perf.mark('a');
perf.measure('a-span', 'a');
console.log('marked');
const elu = perf.eventLoopUtilization();
console.log(Object.keys(elu));
setTimeout(() => {
  const later = perf.eventLoopUtilization();
  console.log(later.idle >= 0, later.active > 0, later.utilization > 0 && later.utilization <= 1);
}, 20);
