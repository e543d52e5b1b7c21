'use strict';
// Start-up: vigil and node on `-e 0` and on a hello-world file, in the same
// run. Prints median wall time and peak RSS of each and the ratio vigil/node.
// Usage: node bench/startup.js [path/to/vigil] [runs]
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const vigil = path.resolve(process.argv[2] || 'build/bin/vigil');
const runs = Number(process.argv[3] || 30);
const hello = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-bench-')), 'hello.js');
fs.writeFileSync(hello, "console.log('hello world');\n");

// GNU time's %M gives peak RSS in KiB; fall back to wall time only.
const timeBin = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

function runOnce(bin, args, into) {
  const start = process.hrtime.bigint();
  const r = timeBin ? spawnSync(timeBin, ['-f', '%M', bin, ...args], { encoding: 'utf8' })
    : spawnSync(bin, args, { encoding: 'utf8' });
  into.walls.push(Number(process.hrtime.bigint() - start) / 1e6);
  if (r.status !== 0) throw new Error(`${bin} ${args.join(' ')} failed: ${r.stderr}`);
  if (timeBin) into.rss.push(Number(r.stderr.trim().split('\n').pop()));
}

// vigil and node take turns, so that load from other processes on a shared
// machine falls on both alike instead of on whichever ran during a burst.
function measure(args) {
  const v = { walls: [], rss: [] };
  const n = { walls: [], rss: [] };
  for (let i = 0; i < runs; i++) {
    runOnce(vigil, args, v);
    runOnce(process.execPath, args, n);
  }
  const median = (a) => a.slice().sort((x, y) => x - y)[a.length >> 1];
  const summary = (m) => ({ wall: median(m.walls), rss: m.rss.length ? median(m.rss) : NaN });
  return [summary(v), summary(n)];
}

console.log(`startup, median of ${runs} runs (wall ms, peak RSS KiB)`);
for (const [name, args] of [['-e 0', ['-e', '0']], ['hello.js', [hello]]]) {
  const [v, n] = measure(args);
  console.log(`${name.padEnd(9)} vigil ${v.wall.toFixed(1)} ms ${v.rss} KiB | node ${n.wall.toFixed(1)} ms ${n.rss} KiB | ` +
    `ratio wall ${(v.wall / n.wall).toFixed(2)}x rss ${(v.rss / n.rss).toFixed(2)}x`);
}
fs.rmSync(path.dirname(hello), { recursive: true, force: true });
