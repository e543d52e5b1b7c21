'use strict';
// zlib and crypto jobs on the thread pool: gzip and gunzip of 32 MiB through
// streams in 64 KiB chunks, 2,000 sequential zlib.deflate calls, 200
// sequential crypto.pbkdf2 calls (10 iterations) and 5,000 sequential
// crypto.randomBytes(32, cb) calls (each sequential case after one
// untimed synchronous call) — vigil and node on the same work in the same
// run, alternating, median of N; ratio = node time / vigil time (above 1.0x
// vigil is faster).
// Usage: node bench/zlib.js [path/to/vigil] [runs] [case,case...]
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const zlib = require('zlib');

const vigil = path.resolve(process.argv[2] || 'build/bin/vigil');
const runs = Number(process.argv[3] || 5);
const cases = (process.argv[4] || 'gzipStream,gunzipStream,deflateSmall,pbkdf2,randomBytes').split(',');
const workload = path.join(__dirname, 'workloads', 'zlib.js');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-bench-zlib-'));

// Semi-compressible: words from a small vocabulary with random numbers in
// between, so that deflate finds matches but still has work (about 3:1).
function makeData(size) {
  const words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa'];
  const out = Buffer.alloc(size);
  let seed = 12345;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed;
  };
  let off = 0;
  while (off < size) {
    const piece = `${words[rand() % words.length]} ${rand() % 100000} `;
    off += out.write(piece, off);
  }
  return out;
}

const data = makeData(32 * 1024 * 1024);
fs.writeFileSync(path.join(dir, 'data.bin'), data);
fs.writeFileSync(path.join(dir, 'data.gz'), zlib.gzipSync(data));

function time(bin, kind) {
  return Number(execFileSync(bin, [workload, kind, dir], { encoding: 'utf8' }).trim());
}

const median = (times) => times.slice().sort((a, b) => a - b)[times.length >> 1];

try {
  console.log(`zlib/crypto, median of ${runs} runs (ms), alternating; ratio = node/vigil, above 1.0x vigil is faster`);
  for (const kind of cases) {
    const v = [];
    const n = [];
    for (let i = 0; i < runs; i++) {
      v.push(time(vigil, kind));
      n.push(time(process.execPath, kind));
    }
    const mv = median(v);
    const mn = median(n);
    console.log(`${kind.padEnd(12)} vigil ${mv.toFixed(1).padStart(8)} ms | node ${mn.toFixed(1).padStart(8)} ms | ratio ${(mn / mv).toFixed(2)}x`);
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
