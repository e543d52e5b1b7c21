'use strict';

// Buffer encoding throughput, vigil against node on the same workload.
//
//   node bench/buffer.js [path/to/vigil]     compare both (default build/bin/vigil)
//   <runtime> bench/buffer.js --worker CASE  run one case, print JSON
//
// Each case encodes or decodes base64, hex and UTF-8 at 64 bytes and 1 MiB
// for a fixed time budget and reports operations per second.

const kBudgetMs = Number(process.env.BENCH_MS || 400);

// CPU time (user + system) of the process, in milliseconds: on a machine
// shared with other jobs it tracks the work done far better than wall time.
// Both runtimes are measured the same way.
function clock() {
  if (typeof process.cpuUsage === 'function') {
    return () => {
      const { user, system } = process.cpuUsage();
      return (user + system) / 1000;
    };
  }
  if (typeof performance !== 'undefined' && performance.now)
    return () => performance.now();
  return () => Date.now();
}

// A text that is mostly ASCII with some two-, three- and four-byte
// characters, like real-world UTF-8.
function makeText(bytes) {
  const unit = 'The quick brown fox jumps over the lazy dog. Ünïcödé € 😀 ';
  let s = '';
  while (Buffer.byteLength(s) < bytes) s += unit;
  while (Buffer.byteLength(s) > bytes) s = s.slice(0, -1);
  return s;
}

function makeBytes(n) {
  const b = Buffer.alloc(n);
  let x = 0x12345678;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    b[i] = x >>> 24;
  }
  return b;
}

// Each case is [name, setup]; setup builds the input and returns the
// operation, so that a worker only pays for the case it runs.
function cases() {
  const list = [];
  for (const [label, size] of [['64B', 64], ['1MiB', 1 << 20]]) {
    list.push([`base64 encode ${label}`, () => {
      const bytes = makeBytes(size);
      return () => bytes.toString('base64');
    }]);
    list.push([`base64 decode ${label}`, () => {
      const b64 = makeBytes(size).toString('base64');
      return () => Buffer.from(b64, 'base64');
    }]);
    list.push([`hex encode ${label}`, () => {
      const bytes = makeBytes(size);
      return () => bytes.toString('hex');
    }]);
    list.push([`hex decode ${label}`, () => {
      const hex = makeBytes(size).toString('hex');
      return () => Buffer.from(hex, 'hex');
    }]);
    list.push([`utf8 encode ${label}`, () => {
      const text = makeText(size);
      return () => Buffer.from(text, 'utf8');
    }]);
    list.push([`utf8 decode ${label}`, () => {
      const utf8 = Buffer.from(makeText(size));
      return () => utf8.toString('utf8');
    }]);
  }
  return list;
}

// Runs one case for the time budget and prints its rate as JSON. Every case
// gets a fresh process, so no case inherits another's garbage.
function worker(name) {
  const now = clock();
  const [, setup] = cases().find(([n]) => n === name);
  const fn = setup();
  let sink = 0;
  // Warm up so that both engines measure optimized code.
  for (let i = 0; i < 20; i++) sink += fn().length;
  let ops = 0;
  let batch = 1;
  const start = now();
  let elapsed = 0;
  while (elapsed < kBudgetMs) {
    for (let i = 0; i < batch; i++) sink += fn().length;
    ops += batch;
    elapsed = now() - start;
    if (elapsed < kBudgetMs / 10) batch *= 2;
  }
  console.log(JSON.stringify({ [name]: ops / (elapsed / 1000), sink: sink > 0 }));
}

// The machine may be shared: the two runtimes take turns for a few rounds
// and each keeps its best rate per case, so that a noisy moment does not
// decide the ratio.
function driver() {
  const { execFileSync } = require('child_process');
  const path = require('path');
  const root = path.join(__dirname, '..');
  const vigil = process.argv[2] || path.join(root, 'build', 'bin', 'vigil');
  const rounds = Number(process.env.BENCH_ROUNDS || 3);
  const names = cases().map(([name]) => name);
  const run = (bin) => {
    const result = {};
    for (const name of names) {
      const out = execFileSync(bin, [__filename, '--worker', name],
                               { encoding: 'utf8' });
      result[name] = JSON.parse(out.trim().split('\n').pop())[name];
    }
    return result;
  };
  const best = (acc, r) => {
    for (const k of Object.keys(r)) acc[k] = Math.max(acc[k] || 0, r[k]);
    return acc;
  };
  let theirs = {};
  let ours = {};
  for (let i = 0; i < rounds; i++) {
    theirs = best(theirs, run(process.execPath));
    ours = best(ours, run(vigil));
  }
  const rows = [['case', 'vigil ops/s', 'node ops/s', 'vigil/node']];
  let worst = Infinity;
  for (const name of Object.keys(theirs)) {
    const ratio = ours[name] / theirs[name];
    worst = Math.min(worst, ratio);
    rows.push([name, ours[name].toFixed(0), theirs[name].toFixed(0),
               ratio.toFixed(2) + 'x']);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const row of rows)
    console.log(row.map((c, i) => (i ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  '));
  console.log(`lowest ratio: ${worst.toFixed(2)}x (best of ${rounds} alternating rounds, ops per CPU second)`);
}

const workerArg = process.argv.indexOf('--worker');
if (workerArg !== -1)
  worker(process.argv[workerArg + 1]);
else
  driver();
