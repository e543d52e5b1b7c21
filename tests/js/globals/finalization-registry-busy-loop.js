// V8's own tasks run while the loop is busy: a FinalizationRegistry
// cleanup comes soon after the GC that found its object dead, not only
// once the loop has nothing else to do.
const v8 = require('v8');
v8.setFlagsFromString('--expose-gc');
const gc = require('vm').runInNewContext('gc');

let ticks = 0;
const registry = new FinalizationRegistry((held) => {
  console.log('finalized', held, ticks < 50 ? 'while the interval runs' : 'late');
  clearInterval(timer);
});
(function register() {
  registry.register({ payload: new Array(100).fill(1) }, 'object');
})();
const timer = setInterval(() => {
  ticks++;
  if (ticks === 2) gc();
  if (ticks === 200) {
    console.log('not finalized after 200 ticks');
    clearInterval(timer);
  }
}, 2);
