'use strict';
// node 20's command-line debugger (`node inspect HOST:PORT`) drives
// `BIN --inspect-brk=0` through its stdin: sb(), cont, exec, bt, next.
const { spawn } = require('child_process');
const assert = require('assert');
const { fixture, markerLine, launch, withTimeout, runTest } = require('./lib');

const script = fixture('cli.js');
// node inspect shows file:// URLs relative to its own working directory.
const url = 'fixtures/cli.js';
const line1 = (name) => markerLine(script, name) + 1;  // node inspect counts from 1

runTest('node inspect', async () => {
  const run = await launch(['--inspect-brk=127.0.0.1:0'], script);
  const cli = spawn(process.env.NODE || 'node', ['inspect', `127.0.0.1:${run.port}`], {
    stdio: ['pipe', 'pipe', 'pipe'],
    cwd: __dirname,
    env: { ...process.env, NODE_NO_READLINE: '1', NO_COLOR: '1' },
  });
  process.on('exit', () => { try { cli.kill('SIGKILL'); } catch {} });
  let out = '';
  cli.stdout.setEncoding('utf8');
  cli.stderr.setEncoding('utf8');
  cli.stdout.on('data', (d) => { out += d; });
  cli.stderr.on('data', (d) => { out += d; });

  // Resolves with the output up to the first prompt that follows a match of
  // `pattern` (node inspect prints a prompt at once after `cont` and `next`,
  // and another one after the "break in" lines).
  let consumed = 0;
  const until = (pattern, what) => withTimeout(new Promise((resolve) => {
    const check = () => {
      const rest = out.slice(consumed);
      const m = pattern.exec(rest);
      if (!m) return;
      const at = rest.indexOf('debug> ', m.index + m[0].length);
      if (at < 0) return;
      cli.stdout.off('data', check);
      consumed += at + 'debug> '.length;
      resolve(rest.slice(0, at));
    };
    cli.stdout.on('data', check);
    check();
  }), 10000, what);
  const command = (text, pattern = /^/) => {
    cli.stdin.write(text + '\n');
    return until(pattern, text);
  };
  const breakIn = (text) => {
    const m = /break in (\S+):(\d+)/.exec(text);
    assert.ok(m, `no "break in" in:\n${text}`);
    return { url: m[1], line: Number(m[2]) };
  };
  const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

  let text = await until(/Break on start in \S+:\d+/, 'Break on start');
  assert.match(text, new RegExp(`Break on start in ${escape(url)}:\\d+`));

  await command(`sb(${line1('square')})`);
  let b = breakIn(await command('cont', /break in \S+:\d+/));
  assert.deepStrictEqual(b, { url, line: line1('square') });
  text = await command('exec x');
  assert.match(text, /^\s*3\s*$/m);
  text = await command('bt');
  assert.match(text, new RegExp(`#0 square ${escape(url)}:${line1('square')}:\\d+`));
  assert.match(text, /#1 /);
  b = breakIn(await command('next', /break in \S+:\d+/));
  assert.deepStrictEqual(b, { url, line: line1('square-return') });
  text = await command('exec y');
  assert.match(text, /^\s*9\s*$/m);
  cli.stdin.write('cont\n');
  await withTimeout(new Promise((resolve) => {
    const check = () => { if (/x is 10/.test(run.stdout)) resolve(); else setTimeout(check, 20); };
    check();
  }), 10000, 'the program to finish');
  cli.stdin.write('.exit\n');
  const { code } = await withTimeout(run.exited, 10000, 'exit');
  assert.strictEqual(code, 0);
  cli.kill();
});
