'use strict';
// A first script to run under vigil: a ticking clock you can pause in the
// debugger. `make run` starts it; open chrome://inspect to attach when vigil
// is started with --inspect.
let ticks = 0;
const started = Date.now();

function report() {
  ticks += 1;
  const uptime = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`tick ${ticks} after ${uptime}s (pid ${process.pid})`);
  if (ticks >= Number(process.env.VIGIL_EXAMPLE_TICKS || Infinity)) {
    clearInterval(timer);
  }
}

const timer = setInterval(report, 1000);
process.on('SIGINT', () => process.exit(0));
console.log('vigil example: ticking every second; Ctrl-C to stop.');
