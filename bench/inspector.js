'use strict';
// Inspector latency, vigil against node in one run:
//   startup    process start -> GET /json/list answered (median of 10)
//   evaluate   Runtime.evaluate round trip (median of 1,000)
//   brk        Runtime.runIfWaitingForDebugger -> Debugger.paused (median of 10)
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
process.on('exit', () => fs.rmSync(script, { force: true }));

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const now = () => Number(process.hrtime.bigint()) / 1e6;

function start(bin, flag) {
  const t0 = now();
  const child = spawn(bin, [flag, script], { stdio: ['ignore', 'ignore', 'pipe'] });
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

async function measure(bin) {
  const startup = [];
  for (let i = 0; i < 10; i++) {
    const run = await start(bin, '--inspect=127.0.0.1:0');
    await getList(run.port);
    startup.push(now() - run.t0);
    run.child.kill('SIGKILL');
  }
  const run = await start(bin, '--inspect=127.0.0.1:0');
  const client = await connect(run.port, run.id);
  const rtt = [];
  for (let i = 0; i < 1000; i++) {
    const t = now();
    await client.call('Runtime.evaluate', { expression: '1 + 1' });
    rtt.push(now() - t);
  }
  client.ws.close();
  run.child.kill('SIGKILL');
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
  return { startup: median(startup), evaluate: median(rtt), brk: median(brk) };
}

(async () => {
  const vigil = await measure(VIGIL);
  const node = await measure(NODE);
  const fmt = (x) => x.toFixed(3).padStart(9);
  console.log('inspector            vigil (ms)  node (ms)  vigil/node');
  for (const [key, label] of [['startup', 'start -> /json/list'], ['evaluate', 'evaluate round trip'],
                              ['brk', 'run -> paused']]) {
    console.log(`${label.padEnd(20)} ${fmt(vigil[key])}  ${fmt(node[key])}  ${(vigil[key] / node[key]).toFixed(2).padStart(9)}`);
  }
  process.exit(0);
})().catch((e) => { console.error(e); process.exit(1); });
