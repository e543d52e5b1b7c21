'use strict';

// Buffer encoding throughput, vigil against node on the same workload.
//
//   node bench/buffer.js [path/to/vigil]     compare both (default build/bin/vigil)
//   <runtime> bench/buffer.js --worker       run the workload, print JSON
//
// Each case encodes or decodes base64, hex and UTF-8 at 64 bytes and 1 MiB
// for a fixed time budget and reports operations per second.

const kBudgetMs = Number(process.env.BENCH_MS || 400);

function clock() {
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

function cases() {
  const list = [];
  for (const [label, size] of [['64B', 64], ['1MiB', 1 << 20]]) {
    const bytes = makeBytes(size);
    const b64 = bytes.toString('base64');
    const hex = bytes.toString('hex');
    const text = makeText(size);
    const utf8 = Buffer.from(text);
    list.push([`base64 encode ${label}`, () => bytes.toString('base64')]);
    list.push([`base64 decode ${label}`, () => Buffer.from(b64, 'base64')]);
    list.push([`hex encode ${label}`, () => bytes.toString('hex')]);
    list.push([`hex decode ${label}`, () => Buffer.from(hex, 'hex')]);
    list.push([`utf8 encode ${label}`, () => Buffer.from(text, 'utf8')]);
    list.push([`utf8 decode ${label}`, () => utf8.toString('utf8')]);
  }
  return list;
}

function worker() {
  const now = clock();
  const results = {};
  let sink = 0;
  for (const [name, fn] of cases()) {
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
    results[name] = ops / (elapsed / 1000);
  }
  if (sink === 0) results.sink = sink;
  console.log(JSON.stringify(results));
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
  const run = (bin) => JSON.parse(
    execFileSync(bin, [__filename, '--worker'], { encoding: 'utf8' })
      .trim().split('\n').pop());
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
  console.log(`lowest ratio: ${worst.toFixed(2)}x (best of ${rounds} alternating rounds)`);
}

if (process.argv.includes('--worker'))
  worker();
else
  driver();
