'use strict';
// timers/promises with values, AbortSignal, ref and the interval iterator.
const tp = require('timers/promises');

(async () => {
  console.log(await tp.setTimeout(5, 'timeout value'));
  console.log(await tp.setImmediate('immediate value'));
  for (const bad of [1, null, { signal: 1 }, { ref: 1 }]) {
    await tp.setTimeout(1, 0, bad).catch((err) => console.log(err.code, err.message));
    await tp.setImmediate(0, bad).catch((err) => console.log(err.code, err.message));
  }
  const ac = new AbortController();
  const pending = tp.setTimeout(1000, 'x', { signal: ac.signal });
  ac.abort('because');
  await pending.catch((err) => console.log(err.name, err.code, err.message, err.cause));
  await tp.setImmediate(1, { signal: AbortSignal.abort(2) }).catch((err) => console.log(err.name, err.cause));
  let ticks = 0;
  for await (const value of tp.setInterval(2, 'tick')) {
    console.log(value);
    if (++ticks === 3) break;
  }
  const stop = new AbortController();
  try {
    for await (const value of tp.setInterval(2, 'tock', { signal: stop.signal })) {
      console.log(value);
      stop.abort();
    }
  } catch (err) {
    console.log(err.name, err.cause.name);
  }
  try {
    for await (const value of tp.setInterval(2, 'x', 1)) console.log(value);
  } catch (err) {
    console.log(err.code, err.message);
  }
  await tp.scheduler.wait(3);
  await tp.scheduler.yield();
  console.log('scheduler done');
  tp.setTimeout(100000, 'never', { ref: false }).then(console.log);
  console.log('end');
})();
