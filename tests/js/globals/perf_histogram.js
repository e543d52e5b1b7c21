'use strict';
// perf_hooks histograms report node's HDR statistics (bucketed min, max,
// mean, stddev, percentiles); monitorEventLoopDelay samples the loop.
const { createHistogram, monitorEventLoopDelay, performance } = require('perf_hooks');

const empty = createHistogram();
console.log(empty.min, empty.minBigInt, empty.max, empty.mean, empty.stddev, empty.count,
            empty.exceeds, empty.percentiles, empty.percentile(50));
const h = createHistogram();
for (const v of [1, 2, 3, 1000, 2047, 2048, 2049, 4097, 123456789]) h.record(v);
h.record(5n);
console.log(h);
console.log(h.percentile(50), h.percentile(99), h.percentile(100), h.percentileBigInt(1), h.countBigInt);
for (const bad of [() => h.record(0), () => h.record(-1), () => h.record('1'), () => h.percentile(0),
                   () => h.percentile(101), () => createHistogram({ figures: 6 }),
                   () => createHistogram({ lowest: 10, highest: 15 }), () => createHistogram(1)]) {
  try {
    bad();
  } catch (err) {
    console.log(err.code, err.message);
  }
}
const small = createHistogram({ lowest: 1, highest: 100, figures: 1 });
for (let i = 1; i < 300; i += 7) small.record(i);
console.log(small.toJSON());
const spread = createHistogram();
let seed = 12345;
for (let i = 0; i < 1000; i++) {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  spread.record(1 + (seed % 100000000));
}
console.log(spread.toJSON());
const sum = createHistogram();
sum.record(5);
sum.add(h);
console.log(sum.count, sum.max, sum.min);
sum.reset();
console.log(sum.count, sum.max);

const timed = createHistogram();
const square = performance.timerify((n) => n * n, { histogram: timed });
console.log(square(4), square(5), timed.count, timed.min > 0);

const delay = monitorEventLoopDelay({ resolution: 5 });
console.log(delay.enable(), delay.enable());
setTimeout(() => {
  console.log(delay.disable(), delay.disable(), delay.count > 3, delay.min > 0);
}, 100);
