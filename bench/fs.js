'use strict';
// fs: readFile of a 100 MiB file, createReadStream of it into sha256, a copy
// with streams, and 10,000 small writeFile/readFile pairs — vigil and node on
// the same work in the same run; median of 5, ratio = node time / vigil
// time (above 1.0x vigil is faster).
// Usage: node bench/fs.js [path/to/vigil] [runs]
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const vigil = path.resolve(process.argv[2] || 'build/bin/vigil');
const runs = Number(process.argv[3] || 5);
const workload = path.join(__dirname, 'workloads', 'fs.js');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-bench-fs-'));
fs.writeFileSync(path.join(dir, 'big.bin'), Buffer.alloc(100 * 1024 * 1024, 7));

function median(bin, kind) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    times.push(Number(execFileSync(bin, [workload, kind, dir], { encoding: 'utf8' }).trim()));
  }
  return times.sort((a, b) => a - b)[times.length >> 1];
}

try {
  console.log(`fs, median of ${runs} runs (ms); ratio = node/vigil, above 1.0x vigil is faster`);
  for (const kind of ['readFile', 'hashStream', 'copyStream', 'smallFiles']) {
    const v = median(vigil, kind);
    const n = median(process.execPath, kind);
    console.log(`${kind.padEnd(11)} vigil ${v.toFixed(1).padStart(8)} ms | node ${n.toFixed(1).padStart(8)} ms | ratio ${(n / v).toFixed(2)}x`);
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
