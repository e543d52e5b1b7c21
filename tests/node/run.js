'use strict';
// Runs Node's own test/parallel files, unmodified, under vigil, from the
// nodejs source tree the bootstrap unpacks (.deps/nodejs-src).
//
//   node tests/node/run.js --vigil BIN --tree DIR --list passing.txt
//       runs every listed test; fails if any of them fails.
//   node tests/node/run.js --vigil BIN --tree DIR --try 'test-path-*' [--jobs N]
//       runs the matching tests and prints which pass (to grow passing.txt).
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');

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

function globToRegExp(glob) {
  return new RegExp('^' + glob.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$');
}

let tests;
if (list) {
  tests = fs.readFileSync(list, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
} else if (pattern) {
  const re = globToRegExp(pattern.endsWith('.js') ? pattern : pattern + '.js');
  tests = fs.readdirSync(path.join(tree, 'test/parallel')).filter((f) => re.test(f)).sort().map((f) => `test/parallel/${f}`);
} else {
  console.error('usage: run.js --vigil BIN --tree DIR (--list FILE | --try GLOB)');
  process.exit(2);
}

function flagsOf(file) {
  const text = fs.readFileSync(file, 'utf8').slice(0, 2000);
  const m = /^\/\/ Flags: (.*)$/m.exec(text);
  return m ? m[1].trim().split(/\s+/) : [];
}

// Scratch space of test/common (NODE_TEST_DIR/.tmp.N), private to this run
// so that concurrent runs do not clash.
const scratch = fs.mkdtempSync(path.join(require('os').tmpdir(), 'vigil-node-tests-'));
process.on('exit', () => fs.rmSync(scratch, { recursive: true, force: true }));

function runOne(test, worker) {
  return new Promise((resolve) => {
    const file = path.join(tree, test);
    if (!fs.existsSync(file)) {
      resolve({ test, ok: false, output: 'missing test file' });
      return;
    }
    // test/common keeps its scratch files in test/.tmp.N; one per job.
    const env = { ...process.env, NODE_TEST_DIR: scratch, TEST_THREAD_ID: String(worker) };
    delete env.NODE_OPTIONS;
    delete env.FORCE_COLOR;
    const child = spawn(vigil, [...flagsOf(file), file], { cwd: tree, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => {
      output += `\n[timed out after ${timeoutMs} ms]`;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      // test/common's skip() exits 0 after printing "1..0 # Skipped": a
      // skipped test proves nothing, so it does not count as passing.
      const skipped = /^1\.\.0 # Skipped/m.test(output);
      resolve({ test, ok: code === 0 && signal === null && !skipped, skipped, code, signal, output });
    });
  });
}

async function main() {
  const results = [];
  let next = 0;
  async function worker(index) {
    while (next < tests.length) {
      const test = tests[next++];
      const r = await runOne(test, index);
      results.push(r);
      if (pattern) process.stdout.write(`${r.ok ? 'PASS' : r.skipped ? 'SKIP' : 'FAIL'} ${test}\n`);
    }
  }
  await Promise.all(Array.from({ length: jobs }, (_, index) => worker(index)));
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
