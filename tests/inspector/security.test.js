'use strict';
// The inspector's HTTP and WebSocket surface over raw sockets: node's
// discovery answers, and the checks that keep web pages and broken clients
// out (Host header against DNS rebinding, WebSocket Origin, GET only, a cap
// on frame size, a malformed frame closing only its own connection).
// vigil checks more than node does (Origin, lenient IP spellings), so this
// test is meant for vigil.
const net = require('net');
const crypto = require('crypto');
const assert = require('assert');
const { fixture, fileUrl, launch, withTimeout, runTest, IS_NODE } = require('./lib');

const script = fixture('idle.js');

function rawRequest(port, text) {
  return withTimeout(new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(text));
    let data = '';
    socket.setEncoding('latin1');
    socket.on('data', (d) => { data += d; });
    socket.on('end', () => resolve(data));
    socket.on('close', () => resolve(data));
    socket.on('error', reject);
    // A handshake that succeeded keeps the socket open: answer with what came.
    setTimeout(() => { socket.destroy(); resolve(data); }, 1500);
  }), 5000, 'raw request');
}

const get = (port, path, host, extra = '', method = 'GET') =>
  rawRequest(port, `${method} ${path} HTTP/1.1\r\nHost: ${host}\r\n${extra}Connection: close\r\n\r\n`);

function statusOf(response) {
  const m = /^HTTP\/1\.[01] (\d{3})/.exec(response);
  return m ? Number(m[1]) : 0;
}

function bodyOf(response) {
  return response.slice(response.indexOf('\r\n\r\n') + 4);
}

function handshake(port, id, headers = {}) {
  const key = crypto.randomBytes(16).toString('base64');
  const lines = [`GET /${id} HTTP/1.1`, `Host: ${headers.Host || `127.0.0.1:${port}`}`,
                 'Upgrade: websocket', 'Connection: Upgrade', `Sec-WebSocket-Key: ${key}`,
                 'Sec-WebSocket-Version: 13'];
  for (const [k, v] of Object.entries(headers)) if (k !== 'Host') lines.push(`${k}: ${v}`);
  return lines.join('\r\n') + '\r\n\r\n';
}

// A WebSocket client small enough to send broken frames on purpose.
class RawWs {
  constructor(port, id, headers) {
    this.socket = net.connect(port, '127.0.0.1');
    this.buffer = Buffer.alloc(0);
    this.messages = [];
    this.closed = new Promise((resolve) => this.socket.on('close', resolve));
    this.socket.on('error', () => {});
    this.open = withTimeout(new Promise((resolve, reject) => {
      this.socket.on('connect', () => this.socket.write(handshake(port, id, headers)));
      const onData = (d) => {
        this.buffer = Buffer.concat([this.buffer, d]);
        const end = this.buffer.indexOf('\r\n\r\n');
        if (end < 0) return;
        const head = this.buffer.slice(0, end).toString('latin1');
        this.buffer = this.buffer.slice(end + 4);
        this.socket.off('data', onData);
        this.socket.on('data', (more) => this.onFrames(more));
        if (statusOf(head) === 101) resolve(head); else reject(new Error(head));
      };
      this.socket.on('data', onData);
    }), 5000, 'WebSocket handshake');
  }
  onFrames(data) {
    this.buffer = Buffer.concat([this.buffer, data]);
    for (;;) {
      if (this.buffer.length < 2) return;
      let len = this.buffer[1] & 0x7f;
      let offset = 2;
      if (len === 126) { if (this.buffer.length < 4) return; len = this.buffer.readUInt16BE(2); offset = 4; }
      else if (len === 127) { if (this.buffer.length < 10) return; len = Number(this.buffer.readBigUInt64BE(2)); offset = 10; }
      if (this.buffer.length < offset + len) return;
      const opcode = this.buffer[0] & 0x0f;
      if (opcode === 1) this.messages.push(JSON.parse(this.buffer.slice(offset, offset + len).toString('utf8')));
      this.buffer = this.buffer.slice(offset + len);
    }
  }
  sendRaw(bytes) { this.socket.write(bytes); }
  send(text) {
    const payload = Buffer.from(text);
    const mask = crypto.randomBytes(4);
    let header;
    if (payload.length < 126) header = Buffer.from([0x81, 0x80 | payload.length]);
    else { header = Buffer.from([0x81, 0x80 | 126, 0, 0]); header.writeUInt16BE(payload.length, 2); }
    const masked = Buffer.from(payload.map((b, i) => b ^ mask[i % 4]));
    this.socket.write(Buffer.concat([header, mask, masked]));
  }
  async call(id, method, params = {}) {
    this.send(JSON.stringify({ id, method, params }));
    return withTimeout((async () => {
      for (;;) {
        const found = this.messages.find((m) => m.id === id);
        if (found) return found;
        await new Promise((r) => setTimeout(r, 10));
      }
    })(), 5000, method);
  }
}

runTest('inspector security', async () => {
  const run = await launch(['--inspect=127.0.0.1:0'], script);
  const { port, id } = run;
  const host = `127.0.0.1:${port}`;

  // Discovery, as node answers it.
  let res = await get(port, '/json/list', host);
  assert.strictEqual(statusOf(res), 200);
  assert.match(res, /Content-Type: application\/json; charset=UTF-8/i);
  const list = JSON.parse(bodyOf(res));
  assert.strictEqual(list.length, 1);
  const target = list[0];
  assert.strictEqual(target.id, id);
  assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.strictEqual(target.type, 'node');
  assert.strictEqual(target.description, IS_NODE ? 'node.js instance' : 'vigil instance');
  assert.strictEqual(target.url, fileUrl(script));
  assert.strictEqual(target.webSocketDebuggerUrl, `ws://${host}/${id}`);
  assert.strictEqual(target.devtoolsFrontendUrl,
                     `devtools://devtools/bundled/js_app.html?experiments=true&v8only=true&ws=${host}/${id}`);
  assert.strictEqual(target.devtoolsFrontendUrlCompat,
                     `devtools://devtools/bundled/inspector.html?experiments=true&v8only=true&ws=${host}/${id}`);
  assert.ok(target.faviconUrl.startsWith('https://'));
  // Like node, the title is the main script's path.
  assert.strictEqual(target.title, script);
  res = await get(port, '/json', `localhost:${port}`);
  assert.strictEqual(JSON.parse(bodyOf(res))[0].webSocketDebuggerUrl, `ws://localhost:${port}/${id}`);
  const version = JSON.parse(bodyOf(await get(port, '/json/version', host)));
  assert.match(version.Browser, IS_NODE ? /^node\.js\/v\d+/ : /^vigil\/v?\d+\.\d+\.\d+/);
  assert.strictEqual(version['Protocol-Version'], '1.1');
  const protocol = JSON.parse(bodyOf(await get(port, '/json/protocol', host)));
  const domains = protocol.domains.map((d) => d.domain);
  for (const d of ['Runtime', 'Debugger', 'Profiler', 'HeapProfiler', 'NodeRuntime', 'NodeWorker']) {
    assert.ok(domains.includes(d), `/json/protocol lists ${d}`);
  }
  for (const path of ['/', '/foo', `/json/activate/${id}`, '/json/nope']) {
    res = await get(port, path, host);
    assert.strictEqual(statusOf(res), 400, path);
    assert.strictEqual(bodyOf(res), 'WebSockets request was expected\r\n', path);
  }

  // DNS rebinding: only localhost and strict IP literals are served.
  for (const bad of ['evil.example', `evil.example:${port}`, '0177.0.0.1', '127.1', '0.0.0.0',
                     'localhost6', 'localhost.', '2130706433', '[::]']) {
    res = await get(port, '/json/list', bad);
    assert.strictEqual(statusOf(res), 400, `Host: ${bad}`);
    assert.ok(!res.includes(id), `Host: ${bad} leaks the id`);
  }
  res = await rawRequest(port, `GET /json/list HTTP/1.1\r\nHost: localhost\r\nHost: evil.example\r\n\r\n`);
  assert.strictEqual(statusOf(res), 400, 'duplicated Host');
  res = await get(port, '/json/list', host, 'Content-Length: 2\r\n', 'POST');
  assert.notStrictEqual(statusOf(res), 200, 'POST');
  assert.ok(!res.includes(id), 'POST leaks the id');

  // WebSocket handshakes: the Host and Origin checks apply too.
  for (const headers of [{ Origin: 'http://evil.example' }, { Origin: 'https://evil.example:443' },
                         { Origin: 'null' }, { Host: 'evil.example' }]) {
    res = await rawRequest(port, handshake(port, id, headers));
    assert.notStrictEqual(statusOf(res), 101, JSON.stringify(headers));
  }
  res = await rawRequest(port, handshake(port, 'not-a-target'));
  assert.notStrictEqual(statusOf(res), 101, 'unknown target');

  const good = new RawWs(port, id, { Origin: 'devtools://devtools' });
  await good.open;
  const loopback = new RawWs(port, id, { Origin: `http://127.0.0.1:${port + 1}` });
  await loopback.open;
  assert.strictEqual((await loopback.call(1, 'Runtime.evaluate', { expression: '1 + 1' })).result.result.value, 2);

  // A frame announcing 8 GiB: closed at once, without reading it.
  const big = new RawWs(port, id);
  await big.open;
  const header = Buffer.from([0x81, 0x80 | 127, 0, 0, 0, 2, 0, 0, 0, 0, 1, 2, 3, 4]);
  big.sendRaw(header);
  await withTimeout(big.closed, 5000, 'oversized frame closes its connection');
  // An unmasked client frame with reserved bits: a protocol error.
  const bad = new RawWs(port, id);
  await bad.open;
  bad.sendRaw(Buffer.from([0xf1, 0x05, 0x68, 0x65, 0x6c, 0x6c, 0x6f]));
  await withTimeout(bad.closed, 5000, 'malformed frame closes its connection');
  // Not JSON at all: V8 answers with an error, the connection stays.
  good.send('this is not json');
  // The other connections are untouched.
  const answer = await good.call(7, 'Runtime.evaluate', { expression: '"still" + " here"' });
  assert.strictEqual(answer.result.result.value, 'still here');
  assert.strictEqual((await loopback.call(2, 'Runtime.evaluate', { expression: '3' })).result.result.value, 3);
  good.socket.destroy();
  loopback.socket.destroy();
  run.child.kill('SIGKILL');
  await withTimeout(run.exited, 5000, 'exit');
});
