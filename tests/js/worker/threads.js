// worker_threads: a Worker runs in its own thread and Environment. Covered:
// workerData (with a typed array), messages both ways, 'online', an
// uncaught error reaching the parent's 'error' event, terminate() of a
// busy loop, process.exit() in a worker (and nothing after it runs),
// SharedArrayBuffer memory shared with Atomics, an ArrayBuffer moved by
// the transfer list, worker.stdout read by the parent, several workers at
// once, and an unref()'d worker not keeping the process alive.
const { Worker, isMainThread, threadId } = require('worker_threads');

const exitOf = (w) => new Promise((resolve) => w.on('exit', resolve));

(async () => {
  console.log('main thread:', isMainThread, threadId);
  {
    const w = new Worker(`
      const { parentPort, workerData, isMainThread, threadId } = require('worker_threads');
      parentPort.postMessage({ isMainThread, sameId: threadId === workerData.expectedId, data: workerData.list });
      parentPort.once('message', (m) => { parentPort.postMessage(m.a + m.b); parentPort.close(); });
    `, { eval: true, workerData: { list: new Uint16Array([7, 8]), expectedId: 1 } });
    w.on('online', () => console.log('online'));
    w.on('message', (m) => {
      console.log('from worker:', m);
      if (typeof m === 'object') w.postMessage({ a: 2, b: 40 });
    });
    console.log('exit code:', await exitOf(w));
  }
  {
    const w = new Worker('throw new RangeError("worker broke")', { eval: true });
    w.on('error', (e) => console.log('error event:', e instanceof Error, e.name, e.message));
    console.log('exit code after throw:', await exitOf(w));
  }
  {
    const w = new Worker('for (;;) {}', { eval: true });
    await new Promise((resolve) => w.on('online', resolve));
    console.log('terminate() gives:', await w.terminate(), 'again:', await w.terminate());
  }
  {
    const shared = new Int32Array(new SharedArrayBuffer(8));
    const w = new Worker(`
      const { workerData } = require('worker_threads');
      Atomics.add(workerData, 0, 5);
      process.exit(9);
      workerData[1] = 1;
    `, { eval: true, workerData: shared });
    console.log('process.exit code:', await exitOf(w), 'shared:', shared[0], shared[1]);
  }
  {
    const buffer = new ArrayBuffer(32);
    const w = new Worker(`
      require('worker_threads').parentPort.once('message', (b) => console.log('worker got bytes:', b.byteLength));
    `, { eval: true, stdout: true });
    let out = '';
    w.stdout.setEncoding('utf8').on('data', (d) => { out += d; });
    w.postMessage(buffer, [buffer]);
    console.log('sender keeps bytes:', buffer.byteLength);
    await exitOf(w);
    console.log('read from worker.stdout:', JSON.stringify(out));
  }
  {
    const codes = await Promise.all([1, 2, 3, 4].map((n) => exitOf(new Worker(`process.exitCode = ${n}`, { eval: true }))));
    console.log('four workers:', codes.join(' '));
  }
  {
    // Buffers made in a worker and moved to this thread outlive the worker:
    // they are freed at this process's end, by the allocator that made them.
    const w = new Worker(`
      const { parentPort } = require('worker_threads');
      for (let i = 0; i < 4; i++) { const b = new ArrayBuffer(1 << 20); new Uint8Array(b)[0] = i; parentPort.postMessage(b, [b]); }
    `, { eval: true });
    const kept = [];
    w.on('message', (b) => kept.push(b));
    await exitOf(w);
    globalThis.keptFromWorker = kept;
    console.log('buffers from an exited worker:', kept.length, kept.map((b) => new Uint8Array(b)[0]).join(','));
  }
  const idle = new Worker('setInterval(() => {}, 1000)', { eval: true });
  idle.unref();
  console.log('done; the unref()d worker does not hold the process');
})();
