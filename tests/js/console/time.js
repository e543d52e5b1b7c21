// console.time / timeLog / timeEnd print "label: <duration>"; durations vary,
// so they are captured with a custom Console and normalized.
const { Console } = require('console');
const EventEmitter = require('events');
const lines = [];
// A minimal writable: an event emitter with write().
const sink = Object.assign(new EventEmitter(), {
  write(chunk) {
    lines.push(String(chunk).replace(/\d+(\.\d+)?(ms|s)/g, 'N$2'));
    return true;
  },
});
const c = new Console(sink);
c.time();
c.timeLog();
c.timeLog('default', 'extra', { data: 1 });
c.timeEnd();
c.time('job');
c.timeEnd('job');
c.time(7);
c.timeEnd('7');
process.on('warning', (w) => console.log('warning:', w.name, w.message));
c.timeEnd('missing');
c.timeLog('missing');
c.time('dup');
c.time('dup');
c.countReset('never');
setImmediate(() => {
  for (const line of lines) process.stdout.write(line);
});
