// console.time / timeLog / timeEnd print "label: <duration>"; durations vary,
// so they are captured with a custom Console and normalized.
const { Console } = require('console');
const { Writable } = require('stream');
const lines = [];
const sink = new Writable({
  write(chunk, encoding, callback) {
    lines.push(String(chunk).replace(/\d+(\.\d+)?(ms|s)/g, 'N$2'));
    callback();
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
