'use strict';
// `BIN --inspect=0` running a script that logs and then loops forever:
// messages logged before attaching are replayed, two clients work at once,
// Runtime.evaluate reaches busy JavaScript, and Debugger.pause interrupts
// `for (;;) {}`.
const CDP = require('chrome-remote-interface');
const assert = require('assert');
const { fixture, fileUrl, markerLine, launch, withTimeout, runTest, waitForOutput } = require('./lib');

const script = fixture('spin.js');

function once(client, event, what) {
  return withTimeout(new Promise((resolve) => client.once(event, resolve)), 10000, what);
}

runTest('cri pause and clients', async () => {
  const run = await launch(['--inspect=127.0.0.1:0'], script);
  await waitForOutput(run, 'stdout', (s) => s.includes('early message 1'));

  const first = await CDP({ target: run.wsUrl, local: true });
  const replayed = [];
  first.Runtime.consoleAPICalled((p) => replayed.push(p));
  const contexts = [];
  first.Runtime.executionContextCreated((p) => contexts.push(p.context));
  await first.Runtime.enable();
  await withTimeout((async () => {
    while (!replayed.some((c) => c.args[0].value === 'early message')) {
      await new Promise((r) => setTimeout(r, 10));
    }
  })(), 5000, 'console replay');
  const early = replayed.find((c) => c.args[0].value === 'early message');
  assert.strictEqual(early.type, 'log');
  assert.strictEqual(early.args[1].value, 1);
  // js-debug relies on the default context's id and auxData.
  assert.strictEqual(contexts.length, 1);
  assert.strictEqual(contexts[0].id, 1);
  assert.strictEqual(contexts[0].auxData.isDefault, true);

  const second = await CDP({ target: run.wsUrl, local: true });
  await second.Runtime.enable();
  await second.Debugger.enable();
  await first.Debugger.enable();

  // The loop is running: evaluation still gets through (an interrupt).
  await withTimeout((async () => {
    for (;;) {
      const r = await first.Runtime.evaluate({ expression: 'globalThis.spinning' });
      if (r.result.value === true) return;
      await new Promise((res) => setTimeout(res, 20));
    }
  })(), 10000, 'the loop to start');
  const busy = await withTimeout(second.Runtime.evaluate({ expression: '6 * 7' }), 5000, 'evaluate');
  assert.strictEqual(busy.result.value, 42);

  const pausedFirst = once(first, 'Debugger.paused', 'paused (first)');
  const pausedSecond = once(second, 'Debugger.paused', 'paused (second)');
  await second.Debugger.pause();
  const [p1, p2] = await Promise.all([pausedFirst, pausedSecond]);
  for (const p of [p1, p2]) {
    assert.strictEqual(p.callFrames[0].functionName, 'spin');
    const at = p.callFrames[0].location.lineNumber;
    assert.ok(at === markerLine(script, 'loop') || at === markerLine(script, 'loop-head'), `line ${at}`);
  }
  const n = await first.Debugger.evaluateOnCallFrame({
    callFrameId: p1.callFrames[0].callFrameId, expression: 'n > 0',
  });
  assert.strictEqual(n.result.value, true);

  // One client leaving does not disturb the other.
  await second.close();
  const resumed = once(first, 'Debugger.resumed', 'resumed');
  await first.Debugger.resume();
  await resumed;
  const pausedAgain = once(first, 'Debugger.paused', 'paused again');
  await first.Debugger.pause();
  await pausedAgain;
  await first.close();
  run.child.kill('SIGKILL');
  await withTimeout(run.exited, 5000, 'exit');
  assert.strictEqual((run.stderr.match(/Debugger attached\./g) || []).length, 2);
  assert.ok(fileUrl(script).startsWith('file:///'));
});
