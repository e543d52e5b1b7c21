'use strict';
// One event-loop workload, timed inside the runtime. Usage: RUNTIME loop.js CASE
const kind = process.argv[2];
const N = { immediate: 300000, nextTick: 1000000, promise: 1000000, timeout: 100000, interval: 200 }[kind];
const start = process.hrtime.bigint();
function done() {
  process.stdout.write(`${(Number(process.hrtime.bigint() - start) / 1e6).toFixed(2)}\n`);
}
let i = 0;
switch (kind) {
  case 'immediate': {
    const step = () => (++i < N ? setImmediate(step) : done());
    setImmediate(step);
    break;
  }
  case 'nextTick': {
    const step = () => (++i < N ? process.nextTick(step) : done());
    process.nextTick(step);
    break;
  }
  case 'promise': {
    const step = () => (++i < N ? Promise.resolve().then(step) : done());
    step();
    break;
  }
  case 'timeout': {
    // Many timers alive at once, all due at the same time.
    let left = N;
    for (let k = 0; k < N; k++) setTimeout(() => --left === 0 && done(), 1);
    break;
  }
  case 'interval': {
    let n = 0;
    const t = setInterval(() => {
      if (++n === N) {
        clearInterval(t);
        done();
      }
    }, 0);
    break;
  }
  default:
    throw new Error(`unknown case ${kind}`);
}
