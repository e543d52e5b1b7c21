'use strict';
// Pipelined requests while the program alternates between busy and idle:
// the I/O thread and the JS thread both read the session's socket, and the
// answers must still come back once each, in order, with the right values.
// Also: a client that sends malformed JSON gets a parse error (-32700,
// without an id: there is none to read), and the session goes on.
const WebSocket = require('ws');
const assert = require('assert');
const { fixture, launch, withTimeout, runTest } = require('./lib');

runTest('pipelined requests', async () => {
  const run = await launch(['--inspect=127.0.0.1:0'], fixture('busy-idle.js'));
  const ws = new WebSocket(run.wsUrl);
  await withTimeout(new Promise((resolve, reject) => { ws.on('open', resolve); ws.on('error', reject); }),
                    5000, 'connect');
  const answers = [];
  let done;
  const all = new Promise((resolve) => { done = resolve; });
  let parseError;
  const parseErrorSeen = new Promise((resolve) => { parseError = resolve; });
  const count = 2000;
  ws.on('message', (data) => {
    const message = JSON.parse(data);
    if (message.error && message.error.code === -32700) parseError(message);
    if (!(message.id >= 1 && message.id <= count)) return;
    answers.push(message);
    if (answers.length === count) done();
  });
  // The program must be running its interval before the bursts start (a
  // session opens while the main module still loads).
  await withTimeout(new Promise((resolve) => {
    const probe = (data) => {
      const message = JSON.parse(data);
      if (message.id !== 0) return;
      if (message.result.result.value === true) {
        ws.removeListener('message', probe);
        resolve();
      } else {
        setTimeout(ask, 10);
      }
    };
    const ask = () => ws.send(JSON.stringify({
      id: 0, method: 'Runtime.evaluate', params: { expression: 'globalThis.counter > 0' },
    }));
    ws.on('message', probe);
    ask();
  }), 10000, 'the program to run');
  // Bursts of requests, sent without waiting, some of them while the
  // program is busy and some while it is idle.
  for (let burst = 0; burst < 20; burst++) {
    for (let i = 1; i <= 100; i++) {
      const id = burst * 100 + i;
      ws.send(JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression: `${id} * 2` } }));
    }
    await new Promise((resolve) => setTimeout(resolve, 3));
  }
  ws.send('{"id": 99999, "method": ');  // not JSON
  await withTimeout(all, 20000, 'all answers');
  for (let i = 0; i < count; i++) {
    assert.strictEqual(answers[i].id, i + 1, `answer ${i} out of order`);
    assert.strictEqual(answers[i].result.result.value, (i + 1) * 2);
  }
  await withTimeout(parseErrorSeen, 5000, 'the parse error');
  // The session still works.
  const after = new Promise((resolve) => ws.on('message', (data) => {
    const message = JSON.parse(data);
    if (message.id === 100000) resolve(message);
  }));
  ws.send(JSON.stringify({ id: 100000, method: 'Runtime.evaluate', params: { expression: 'globalThis.counter > 0' } }));
  const last = await withTimeout(after, 5000, 'answer after the bad message');
  assert.strictEqual(last.result.result.value, true, JSON.stringify(last));
  ws.close();
  run.child.kill('SIGKILL');
  await withTimeout(run.exited, 5000, 'exit');
});
