'use strict';
// Inspector latency, vigil against node in one run:
//   startup    process start -> GET /json/list answered (median of 10)
//   evaluate   Runtime.evaluate round trip (median of 1,000, in turns with node's)
//   brk        Runtime.runIfWaitingForDebugger -> Debugger.paused (median of 10)
//   step       Debugger.stepOver -> Debugger.paused, paused in a loop (median of 200)
// The round trip is timed by a small C++ client (bench/tools/ws_probe.cc):
// a JavaScript client spends more per message than either server and would
// hide their difference. For scale it also times a node TCP server that
// writes back what it reads (two processes waking, loopback TCP, and
// node's event loop).
// usage: node bench/inspector.js [path/to/vigil]
const { spawn } = require('child_process');
const http = require('http');
const path = require('path');
const fs = require('fs');
const os = require('os');

const root = path.join(__dirname, '..');
const WebSocket = require(path.join(root, 'tests/inspector/node_modules/ws'));
const VIGIL = process.argv[2] || path.join(root, 'build/bin/vigil');
const NODE = process.env.NODE || process.execPath;

const script = path.join(os.tmpdir(), `vigil-bench-inspector-${process.pid}.js`);
fs.writeFileSync(script, 'let n = 0;\nn += 1;\nsetTimeout(() => {}, 60000);\n');
const loopScript = path.join(os.tmpdir(), `vigil-bench-inspector-loop-${process.pid}.js`);
fs.writeFileSync(loopScript, 'let n = 0;\nfor (let i = 0; i < 1e9; i++) {\n  n += i;\n}\n');
process.on('exit', () => {
  fs.rmSync(script, { force: true });
  fs.rmSync(loopScript, { force: true });
});

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const now = () => Number(process.hrtime.bigint()) / 1e6;

function start(bin, flag, file = script) {
  const t0 = now();
  const child = spawn(bin, [flag, file], { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${bin}: no inspector after 10 s`)), 10000);
    child.stderr.on('data', (d) => {
      err += d;
      const m = /Debugger listening on ws:\/\/127\.0\.0\.1:(\d+)\/(\S+)/.exec(err);
      if (m) { clearTimeout(timer); resolve({ child, t0, port: Number(m[1]), id: m[2] }); }
    });
  });
}

function getList(port) {
  return new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, path: '/json/list' }, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve(JSON.parse(body)));
    }).on('error', reject);
  });
}

function connect(port, id) {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/${id}`);
    let nextId = 1;
    const pending = new Map();
    const events = [];
    ws.on('message', (data) => {
      const msg = JSON.parse(data);
      if (msg.id && pending.has(msg.id)) { pending.get(msg.id)(msg); pending.delete(msg.id); }
      else if (msg.method) events.push([now(), msg]);
    });
    ws.on('open', () => resolve({
      ws, events,
      call: (method, params = {}) => new Promise((res) => {
        const id = nextId++;
        pending.set(id, res);
        ws.send(JSON.stringify({ id, method, params }));
      }),
    }));
    ws.on('error', reject);
  });
}

// Round trips to vigil, node and an echo server, timed by bench/tools/ws_probe.cc
// (built as build/bin/vigil_ws_probe), which takes turns of 100 between
// them so that the machine's state (load, CPU frequency, idle wake-ups,
// which cost the most here) falls on all three alike. The echo server is a node
// process echoing the request bytes over TCP.
async function measureRoundTrips() {
  const probe = path.join(path.dirname(VIGIL), 'vigil_ws_probe');
  const targets = [await start(VIGIL, '--inspect=127.0.0.1:0'), await start(NODE, '--inspect=127.0.0.1:0')];
  const echo = spawn(NODE, ['-e', `
    const s = require('net').createServer((c) => { c.setNoDelay(true); c.on('data', (d) => c.write(d)); });
    s.listen(0, '127.0.0.1', () => console.log(s.address().port));`], { stdio: ['ignore', 'pipe', 'inherit'] });
  const echoPort = await new Promise((resolve) => echo.stdout.once('data', (d) => resolve(Number(String(d)))));
  const { execFile } = require('child_process');
  const out = await new Promise((resolve, reject) => {
    execFile(probe, ['10', '100', ...targets.map((t) => `${t.port}/${t.id}`), `echo:${echoPort}`],
             { timeout: 120000 }, (err, stdout) => (err ? reject(err) : resolve(stdout)));
  });
  for (const t of targets) t.child.kill('SIGKILL');
  echo.kill('SIGKILL');
  const [vigil, node, echoed] = out.trim().split('\n').map((line) => Number(line) / 1000);
  return { vigil, node, echo: echoed };
}

async function measure(bin) {
  const startup = [];
  for (let i = 0; i < 10; i++) {
    const run = await start(bin, '--inspect=127.0.0.1:0');
    await getList(run.port);
    startup.push(now() - run.t0);
    run.child.kill('SIGKILL');
  }
  const brk = [];
  for (let i = 0; i < 10; i++) {
    const r = await start(bin, '--inspect-brk=127.0.0.1:0');
    const c = await connect(r.port, r.id);
    await c.call('Debugger.enable');
    const t = now();
    c.call('Runtime.runIfWaitingForDebugger');
    for (;;) {
      const ev = c.events.find(([, m]) => m.method === 'Debugger.paused');
      if (ev) { brk.push(ev[0] - t); break; }
      await new Promise((res) => setImmediate(res));
    }
    c.ws.terminate();
    r.child.kill('SIGKILL');
  }
  // Stepping: each stepOver is answered, then Debugger.resumed and
  // Debugger.paused follow as separate frames.
  const r = await start(bin, '--inspect-brk=127.0.0.1:0', loopScript);
  const c = await connect(r.port, r.id);
  await c.call('Debugger.enable');
  const pausedAfter = async (count) => {
    for (;;) {
      const paused = c.events.filter(([, m]) => m.method === 'Debugger.paused');
      if (paused.length > count) return paused[count][0];
      await new Promise((res) => setImmediate(res));
    }
  };
  c.call('Runtime.runIfWaitingForDebugger');
  await pausedAfter(0);
  const step = [];
  for (let i = 1; i <= 200; i++) {
    const t = now();
    c.call('Debugger.stepOver');
    step.push(await pausedAfter(i) - t);
  }
  c.ws.terminate();
  r.child.kill('SIGKILL');
  return { startup: median(startup), brk: median(brk), step: median(step) };
}

(async () => {
  const vigil = await measure(VIGIL);
  const node = await measure(NODE);
  const rtt = await measureRoundTrips();
  const echo = rtt.echo;
  vigil.evaluate = rtt.vigil;
  node.evaluate = rtt.node;
  const fmt = (x) => x.toFixed(3).padStart(9);
  console.log('inspector            vigil (ms)  node (ms)  vigil/node');
  for (const [key, label] of [['startup', 'start -> /json/list'], ['evaluate', 'evaluate round trip'],
                              ['brk', 'run -> paused'],
                              ['step', 'step -> paused']]) {
    console.log(`${label.padEnd(20)} ${fmt(vigil[key])}  ${fmt(node[key])}  ${(vigil[key] / node[key]).toFixed(2).padStart(9)}`);
  }
  console.log(`(for scale: a node TCP server echoing the same bytes, same client: ${echo.toFixed(3)} ms)`);
  process.exit(0);
})().catch((e) => { console.error(e); process.exit(1); });
