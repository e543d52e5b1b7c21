'use strict';
// Runs Node's own test/parallel files, unmodified, under vigil, from the
// nodejs source tree the bootstrap unpacks (.deps/nodejs-src).
//
//   node tests/node/run.js --vigil BIN --tree DIR --list passing.txt
//       runs every listed test; fails if any of them fails.
//   node tests/node/run.js --vigil BIN --tree DIR --try 'test-path-*' [--jobs N]
//       runs the matching tests and prints which pass (to grow passing.txt).
// compare.js measures the same tests against node 20 itself. Each test runs
// in a process group of its own, killed when the test ends: a failing test
// often leaves behind the children it meant to stop (test-vm-sigint's spin
// until a SIGINT that never comes), and they must not outlive the run.
const path = require('path');
const { testsMatching, testsListed, makeScratch, runOne, runPool } = require('./lib');

const args = process.argv.slice(2);
function opt(name, fallback) {
  const i = args.indexOf(name);
  return i === -1 ? fallback : args[i + 1];
}
const vigil = path.resolve(opt('--vigil', 'build/bin/vigil'));
const tree = path.resolve(opt('--tree', '.deps/nodejs-src'));
const list = opt('--list');
const pattern = opt('--try');
const jobs = Number(opt('--jobs', 2));
const timeoutMs = Number(opt('--timeout', 60000));

let tests;
if (list) {
  tests = testsListed(list);
} else if (pattern) {
  tests = testsMatching(tree, pattern);
} else {
  console.error('usage: run.js --vigil BIN --tree DIR (--list FILE | --try GLOB)');
  process.exit(2);
}

const scratch = makeScratch();

async function main() {
  const results = await runPool(tests, jobs, (test, worker) => runOne({ bin: vigil, tree, test, worker, scratch, timeoutMs, ownGroup: true }), (r) => {
    if (pattern) process.stdout.write(`${r.ok ? 'PASS' : r.skipped ? 'SKIP' : 'FAIL'} ${r.test}\n`);
  });
  const failed = results.filter((r) => !r.ok);
  if (list) {
    for (const r of failed) {
      console.log(`${r.skipped ? 'SKIPPED' : 'FAIL'} ${r.test} (exit ${r.code}${r.signal ? `, ${r.signal}` : ''})`);
      console.log(r.output.split('\n').slice(0, 30).join('\n'));
    }
  }
  console.log(`${results.length - failed.length} passed, ${failed.length} failed`);
  process.exit(list && failed.length > 0 ? 1 : 0);
}
main();
