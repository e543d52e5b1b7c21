'use strict';
// The runner shared by run.js (vigil against passing.txt) and compare.js
// (vigil against node 20): it picks Node's test/parallel files, runs one the
// way Node's test.py would (flags from its `// Flags:` line, cwd = the tree,
// a private NODE_TEST_DIR), and tells pass from fail from skip.
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

function globToRegExp(glob) {
  return new RegExp('^' + glob.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$');
}

// Test paths relative to the tree (`test/parallel/test-x.js`), sorted. A
// pattern may name another directory of test/ (`sequential/test-cpu-prof-*`).
function testsMatching(tree, pattern) {
  const slash = pattern.lastIndexOf('/');
  const dir = slash < 0 ? 'parallel' : pattern.slice(0, slash);
  const glob = pattern.slice(slash + 1);
  const re = globToRegExp(glob.endsWith('.js') ? glob : glob + '.js');
  return fs.readdirSync(path.join(tree, 'test', dir)).filter((f) => re.test(f)).sort().map((f) => `test/${dir}/${f}`);
}

function testsListed(file) {
  return fs.readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}

function flagsOf(file) {
  const text = fs.readFileSync(file, 'utf8').slice(0, 2000);
  const m = /^\/\/ Flags: (.*)$/m.exec(text);
  return m ? m[1].trim().split(/\s+/) : [];
}

// Scratch space of test/common (NODE_TEST_DIR/.tmp.N), private to this run
// so that concurrent runs do not clash; removed when the runner exits.
function makeScratch() {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-node-tests-'));
  process.on('exit', () => fs.rmSync(scratch, { recursive: true, force: true }));
  return scratch;
}

// Runs one test under `bin` and resolves to { test, ok, skipped, code,
// signal, ms, output }. `worker` must be unique among the runs going on at
// the same time: test/common derives its tmp dir name from it. With
// `ownGroup`, the test runs in a process group of its own, so that a
// timeout also kills whatever it spawned (a grandchild still holding the
// pipes would otherwise keep us waiting forever).
function runOne({ bin, tree, test, worker, scratch, timeoutMs = 60000, ownGroup = false }) {
  return new Promise((resolve) => {
    const file = path.join(tree, test);
    if (!fs.existsSync(file)) {
      resolve({ test, ok: false, skipped: false, code: null, signal: null, ms: 0, output: 'missing test file' });
      return;
    }
    const env = { ...process.env, NODE_TEST_DIR: scratch, TEST_THREAD_ID: String(worker) };
    delete env.NODE_OPTIONS;
    delete env.FORCE_COLOR;
    const started = Date.now();
    const child = spawn(bin, [...flagsOf(file), file], {
      cwd: tree, env, stdio: ['ignore', 'pipe', 'pipe'], detached: ownGroup,
    });
    let output = '';
    let done = false;
    let exited = null;
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    function finish(code, signal) {
      if (done) return;
      done = true;
      clearTimeout(timer);
      clearTimeout(grace);
      // test/common's skip() exits 0 after printing "1..0 # Skipped": a
      // skipped test proves nothing, so it does not count as passing.
      const skipped = /^1\.\.0 # Skipped/m.test(output);
      resolve({ test, ok: code === 0 && signal === null && !skipped, skipped, code, signal, ms: Date.now() - started, output });
    }
    function kill() {
      try {
        if (ownGroup) process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        // Already gone.
      }
    }
    let grace;
    const timer = setTimeout(() => {
      output += `\n[timed out after ${timeoutMs} ms]`;
      kill();
      // If a grandchild outside our reach keeps the pipes open, 'close'
      // never comes: settle on the exit status a little later.
      grace = setTimeout(() => finish(exited ? exited[0] : null, exited ? exited[1] : 'SIGKILL'), 5000);
    }, timeoutMs);
    child.on('error', (err) => {
      output += `\n[spawn failed: ${err.message}]`;
      finish(null, null);
    });
    child.on('exit', (code, signal) => {
      exited = [code, signal];
      // Whatever the test left running in its group (a failed test often
      // leaves the children it meant to kill) would outlive the run.
      if (ownGroup) kill();
      // A test that exits while something it started (outside our reach)
      // still holds our pipes open must not hang the run either: give the
      // pipes a moment, then settle.
      if (!done) {
        grace = setTimeout(() => finish(code, signal), 10000);
      }
    });
    child.on('close', (code, signal) => finish(code, signal));
  });
}

// Runs `task(item, workerIndex)` over `items` with `jobs` concurrent workers;
// `onResult` sees every result as it comes. Resolves to the results in the
// order they finished.
async function runPool(items, jobs, task, onResult = () => {}) {
  const results = [];
  let next = 0;
  async function worker(index) {
    while (next < items.length) {
      const item = items[next++];
      const r = await task(item, index);
      results.push(r);
      onResult(r, item);
    }
  }
  await Promise.all(Array.from({ length: jobs }, (_, index) => worker(index)));
  return results;
}

module.exports = { globToRegExp, testsMatching, testsListed, flagsOf, makeScratch, runOne, runPool };
