'use strict';
// The command-line side of the inspector, as node behaves: a port in use is
// reported and the script still runs; --inspect-wait waits without pausing
// and announces NodeRuntime.waitingForDebugger; ES modules are paused on
// their first statement under file:// URLs; -e is listed as "file://"; a
// client leaving prints "Debugger ending on"; notifyWhenWaitingForDisconnect.
const CDP = require('chrome-remote-interface');
const assert = require('assert');
const net = require('net');
const http = require('http');
const { spawn } = require('child_process');
const { BIN, fixture, fileUrl, markerLine, launch, withTimeout, runTest, waitForOutput } = require('./lib');

function once(client, event, what) {
  return withTimeout(new Promise((resolve) => client.once(event, resolve)), 10000, what);
}

function getJson(port, path) {
  return new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, path }, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve(JSON.parse(body)));
    }).on('error', reject);
  });
}

async function portInUse() {
  const blocker = net.createServer();
  await new Promise((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  const { port } = blocker.address();
  const child = spawn(BIN, [`--inspect=127.0.0.1:${port}`, '-e', 'console.log("still ran")'],
                      { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => { out += d; });
  child.stderr.on('data', (d) => { err += d; });
  const code = await withTimeout(new Promise((resolve) => child.on('exit', resolve)), 10000, 'exit');
  blocker.close();
  assert.strictEqual(err, `Starting inspector on 127.0.0.1:${port} failed: address already in use\n`);
  assert.strictEqual(out, 'still ran\n');
  assert.strictEqual(code, 0);
}

async function inspectWait() {
  const script = fixture('short.js');
  const run = await launch(['--inspect-wait=127.0.0.1:0'], script);
  const client = await CDP({ target: run.wsUrl, local: true });
  const waiting = once(client, 'NodeRuntime.waitingForDebugger', 'NodeRuntime.waitingForDebugger');
  await client.send('NodeRuntime.enable');
  await waiting;
  const paused = [];
  client.Debugger.paused((p) => paused.push(p));
  await client.Debugger.enable();
  await new Promise((r) => setTimeout(r, 200));
  assert.strictEqual(run.stdout, '', 'nothing runs before runIfWaitingForDebugger');
  await client.send('NodeRuntime.notifyWhenWaitingForDisconnect', { enabled: true });
  const destroyed = [];
  client.Runtime.executionContextDestroyed((p) => destroyed.push(p));
  await client.Runtime.enable();
  const disconnectWait = once(client, 'NodeRuntime.waitingForDisconnect', 'NodeRuntime.waitingForDisconnect');
  await client.Runtime.runIfWaitingForDebugger();
  await disconnectWait;
  // stdout is another pipe: its data may arrive after the WebSocket message.
  await waitForOutput(run, 'stdout', (s) => s === 'done\n');
  assert.strictEqual(paused.length, 0, '--inspect-wait does not pause');
  assert.strictEqual(destroyed.length, 0, 'the context is kept for the client');
  await client.close();
  const { code } = await withTimeout(run.exited, 10000, 'exit');
  assert.strictEqual(code, 0);
}

async function esmBreakOnStart() {
  const script = fixture('esm.mjs');
  const run = await launch(['--inspect-brk=127.0.0.1:0'], script);
  const list = await getJson(run.port, '/json/list');
  assert.strictEqual(list[0].url, fileUrl(script));
  const client = await CDP({ target: run.wsUrl, local: true });
  const scripts = new Map();
  client.Debugger.scriptParsed((p) => scripts.set(p.scriptId, p));
  await client.Debugger.enable();
  const paused = once(client, 'Debugger.paused', 'paused');
  await client.Runtime.runIfWaitingForDebugger();
  const p = await paused;
  const where = p.callFrames[0].location;
  assert.strictEqual(scripts.get(where.scriptId).url, fileUrl(script));
  // node 20's V8 stops at the module's entry (line 0), V8 10.2 on its first
  // statement: both before any of the module's code ran.
  assert.ok(where.lineNumber === 0 || where.lineNumber === markerLine(script, 'first'), `line ${where.lineNumber}`);
  const before = await client.Debugger.evaluateOnCallFrame({
    callFrameId: p.callFrames[0].callFrameId, expression: 'typeof shout',
  });
  // Still in its temporal dead zone: reading it throws.
  assert.ok(before.exceptionDetails || before.result.value === 'undefined', JSON.stringify(before));
  await client.Debugger.resume();
  await waitForOutput(run, 'stdout', (s) => s.includes('HELLO'));
  await client.close();
  const { code } = await withTimeout(run.exited, 10000, 'exit');
  assert.strictEqual(code, 0);
}

async function evalAndEnding() {
  const run = await launch(['--inspect=127.0.0.1:0', '-e', 'setTimeout(() => {}, 30000)'], '');
  const list = await getJson(run.port, '/json/list');
  assert.strictEqual(list[0].url, 'file://');
  const client = await CDP({ target: run.wsUrl, local: true });
  const r = await client.Runtime.evaluate({ expression: 'typeof process.pid' });
  assert.strictEqual(r.result.value, 'number');
  // The console's top-level await settles while the loop is idle.
  const awaited = await withTimeout(client.Runtime.evaluate({
    expression: 'await Promise.resolve(5)', awaitPromise: true, replMode: true,
  }), 5000, 'top-level await');
  assert.strictEqual(awaited.result.value, 5);
  await client.close();
  await waitForOutput(run, 'stderr', (s) => s.includes(`Debugger ending on ${run.wsUrl}\n` +
                                                     'For help, see: https://nodejs.org/en/docs/inspector\n'));
  run.child.kill('SIGKILL');
}

async function fatalException() {
  const script = fixture('fatal.js');
  const run = await launch(['--inspect=127.0.0.1:0'], script);
  const client = await CDP({ target: run.wsUrl, local: true });
  await client.Runtime.enable();
  const thrown = await once(client, 'Runtime.exceptionThrown', 'Runtime.exceptionThrown');
  const details = thrown.exceptionDetails;
  assert.strictEqual(details.text, 'Uncaught');
  assert.strictEqual(details.exception.className, 'Error');
  assert.strictEqual(details.lineNumber, markerLine(script, 'throw'));
  assert.ok(details.url === script || details.url === fileUrl(script), details.url);
  assert.strictEqual(details.stackTrace.callFrames[0].functionName, 'boom');
  // The runtime waits for the client before printing the error, as node.
  await waitForOutput(run, 'stderr', (s) => s.includes('Waiting for the debugger to disconnect...\n'));
  await new Promise((resolve) => setTimeout(resolve, 100));
  assert.ok(!run.stderr.includes('Error: bad'));
  await client.close();
  const { code } = await withTimeout(run.exited, 10000, 'exit');
  assert.strictEqual(code, 1);
  assert.match(run.stderr, /Waiting for the debugger to disconnect\.\.\.\n[^]*Error: bad/);
}

runTest('cli options', async () => {
  for (const step of [portInUse, inspectWait, esmBreakOnStart, evalAndEnding, fatalException]) {
    try {
      await step();
    } catch (error) {
      error.message = `${step.name}: ${error.message}`;
      throw error;
    }
  }
}, 90000);
