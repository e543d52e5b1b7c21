'use strict';
// Event-loop throughput: setImmediate, nextTick and promise chains, many
// timers at once, a 0 ms interval — vigil and node in the same run; median of
// 5; ratio = node time / vigil time (above 1.0x vigil is faster).
// Usage: node bench/loop.js [path/to/vigil] [runs]
const { execFileSync } = require('child_process');
const path = require('path');

const vigil = path.resolve(process.argv[2] || 'build/bin/vigil');
const runs = Number(process.argv[3] || 5);
const workload = path.join(__dirname, 'workloads', 'loop.js');

function median(bin, kind) {
  const times = [];
  for (let i = 0; i < runs; i++) times.push(Number(execFileSync(bin, [workload, kind], { encoding: 'utf8' }).trim()));
  return times.sort((a, b) => a - b)[times.length >> 1];
}

console.log(`event loop, median of ${runs} runs (ms); ratio = node/vigil, above 1.0x vigil is faster`);
for (const kind of ['immediate', 'nextTick', 'promise', 'timeout', 'interval']) {
  const v = median(vigil, kind);
  const n = median(process.execPath, kind);
  console.log(`${kind.padEnd(10)} vigil ${v.toFixed(1).padStart(8)} ms | node ${n.toFixed(1).padStart(8)} ms | ratio ${(n / v).toFixed(2)}x`);
}
