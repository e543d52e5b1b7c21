'use strict';
// Inspector latency, vigil against node in one run:
//   startup    process start -> GET /json/list answered (median of 10)
//   evaluate   Runtime.evaluate round trip (median of 1,000)
//   brk        Runtime.runIfWaitingForDebugger -> Debugger.paused (median of 10)
//   step       Debugger.stepOver -> Debugger.paused, paused in a loop (median of 200)
// The round trip is timed with a lean client (a raw socket, frames made by
// hand, answers matched by their id without JSON.parse): a WebSocket library
// in the client costs more than either server's work and would hide it. The
// same client also times a bare TCP echo server (another node process that
// writes back what it reads): that floor is what any server costs on this
// machine (two processes waking, loopback TCP), and "over the floor" is what
// the inspector itself adds.
// usage: node bench/inspector.js [path/to/vigil]
const { spawn } = require('child_process');
const http = require('http');
const net = require('net');
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

// A masked client text frame (RFC 6455 requires clients to mask).
function clientFrame(text) {
  const payload = Buffer.from(text);
  const n = payload.length;
  const header = n < 126 ? Buffer.from([0x81, 0x80 | n]) : Buffer.from([0x81, 0x80 | 126, n >> 8, n & 255]);
  const mask = Buffer.from([0x11, 0x22, 0x33, 0x44]);
  for (let i = 0; i < n; i++) payload[i] ^= mask[i & 3];
  return Buffer.concat([header, mask, payload]);
}

// Times `count` round trips over `socket`: send(i) writes request i, and
// isAnswer(i, chunk) says whether the bytes received so far answer it.
function roundTrips(socket, count, send, isAnswer) {
  return new Promise((resolve) => {
    const rtt = [];
    let i = 0;
    let t = 0;
    let pending = Buffer.alloc(0);
    const next = () => {
      if (i === count) { socket.removeAllListeners('data'); resolve(rtt); return; }
      i++;
      pending = Buffer.alloc(0);
      t = now();
      send(i);
    };
    socket.on('data', (chunk) => {
      pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
      if (!isAnswer(i, pending)) return;
      rtt.push(now() - t);
      next();
    });
    next();
  });
}

// Runtime.evaluate over a raw WebSocket: the answer to request i is the
// text frame that starts with {"id":i, (events in between are skipped).
async function evaluateRoundTrips(port, id, count) {
  const socket = net.connect(port, '127.0.0.1');
  socket.setNoDelay(true);
  await new Promise((resolve, reject) => { socket.once('connect', resolve); socket.once('error', reject); });
  socket.write(`GET /${id} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nUpgrade: websocket\r\n` +
               'Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n' +
               'Sec-WebSocket-Version: 13\r\n\r\n');
  let head = Buffer.alloc(0);
  await new Promise((resolve) => {
    const onData = (d) => {
      head = Buffer.concat([head, d]);
      if (head.indexOf('\r\n\r\n') < 0) return;
      socket.removeListener('data', onData);
      resolve();
    };
    socket.on('data', onData);
  });
  const send = (i) => socket.write(clientFrame(
    `{"id":${i},"method":"Runtime.evaluate","params":{"expression":"1 + 1"}}`));
  const isAnswer = (i, bytes) => {
    let at = 0;
    while (bytes.length >= at + 2) {
      let len = bytes[at + 1] & 127;
      let off = at + 2;
      if (len === 126) { if (bytes.length < at + 4) return false; len = bytes.readUInt16BE(at + 2); off = at + 4; }
      else if (len === 127) { if (bytes.length < at + 10) return false; len = Number(bytes.readBigUInt64BE(at + 2)); off = at + 10; }
      if (bytes.length < off + len) return false;
      if (bytes.toString('latin1', off, Math.min(off + len, off + 16)).startsWith(`{"id":${i},`)) return true;
      at = off + len;
    }
    return false;
  };
  await roundTrips(socket, 100, send, isAnswer);  // warm-up
  const rtt = await roundTrips(socket, count, send, isAnswer);
  socket.destroy();
  return rtt;
}

// The floor: a node process echoing the same request bytes over TCP.
async function echoFloor(count) {
  const server = spawn(NODE, ['-e', `
    const s = require('net').createServer((c) => { c.setNoDelay(true); c.on('data', (d) => c.write(d)); });
    s.listen(0, '127.0.0.1', () => console.log(s.address().port));`], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise((resolve) => server.stdout.once('data', (d) => resolve(Number(String(d)))));
  const socket = net.connect(port, '127.0.0.1');
  socket.setNoDelay(true);
  await new Promise((resolve) => socket.once('connect', resolve));
  const request = clientFrame('{"id":1,"method":"Runtime.evaluate","params":{"expression":"1 + 1"}}');
  const send = () => socket.write(request);
  const isAnswer = (i, bytes) => bytes.length >= request.length;
  await roundTrips(socket, 100, send, isAnswer);
  const rtt = await roundTrips(socket, count, send, isAnswer);
  socket.destroy();
  server.kill('SIGKILL');
  return median(rtt);
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
  const rtt = await evaluateRoundTrips(run.port, run.id, 1000);
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
  return { startup: median(startup), evaluate: median(rtt), brk: median(brk), step: median(step) };
}

(async () => {
  const vigil = await measure(VIGIL);
  const node = await measure(NODE);
  const floor = await echoFloor(1000);
  vigil.over = Math.max(vigil.evaluate - floor, 0);
  node.over = Math.max(node.evaluate - floor, 0);
  const fmt = (x) => x.toFixed(3).padStart(9);
  console.log('inspector            vigil (ms)  node (ms)  vigil/node');
  for (const [key, label] of [['startup', 'start -> /json/list'], ['evaluate', 'evaluate round trip'],
                              ['over', '  over the floor'], ['brk', 'run -> paused'],
                              ['step', 'step -> paused']]) {
    console.log(`${label.padEnd(20)} ${fmt(vigil[key])}  ${fmt(node[key])}  ${(vigil[key] / node[key]).toFixed(2).padStart(9)}`);
  }
  console.log(`(floor: a bare TCP echo round trip with the same client, ${floor.toFixed(3)} ms)`);
  process.exit(0);
})().catch((e) => { console.error(e); process.exit(1); });
