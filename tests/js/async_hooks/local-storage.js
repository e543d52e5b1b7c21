// AsyncLocalStorage keeps its store across every kind of asynchronous hop:
// await and then, timers, immediates, nextTick, queueMicrotask, fs callbacks
// and promises, child process events and write callbacks; run() nests,
// exit() leaves it, and a timer scheduled outside any run() sees nothing.
const { AsyncLocalStorage, AsyncResource } = require('async_hooks');
const fs = require('fs');
const cp = require('child_process');
const als = new AsyncLocalStorage();
const seen = [];
const log = (what) => seen.push(`${what}: ${JSON.stringify(als.getStore())}`);
log('outside');
als.run({ id: 1 }, async () => {
  log('sync');
  setTimeout(() => log('timeout'), 1);
  setImmediate(() => log('immediate'));
  process.nextTick(() => log('nextTick'));
  queueMicrotask(() => log('queueMicrotask'));
  fs.readFile(__filename, () => log('fs.readFile callback'));
  fs.stat(__filename, () => log('fs.stat callback'));
  await null;
  log('after await');
  await fs.promises.readFile(__filename);
  log('after fs.promises');
  als.run({ id: 2 }, () => setTimeout(() => log('nested run'), 5));
  als.exit(() => log('exit()'));
  const child = cp.spawn(process.execPath, ['-e', 'process.stdin.pipe(process.stdout)']);
  child.stdout.on('data', () => log('child stdout data'));
  child.on('exit', () => log('child exit'));
  child.stdin.end('x', () => log('stdin write callback'));
  const resource = new AsyncResource('Example');
  als.run({ id: 3 }, () => setTimeout(() => resource.runInAsyncScope(() => log('AsyncResource scope')), 10));
});
log('outside again');
setTimeout(() => log('unrelated timer'), 2);
process.on('exit', () => console.log(seen.sort().join('\n')));
