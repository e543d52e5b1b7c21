'use strict';
// Shared helpers of the inspector tests: start a runtime with an --inspect
// flag, find its WebSocket URL on stderr, locate marked lines of fixtures,
// and bound every wait with a timeout so that a test always stops.
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');

// The binary under test: argv[2] (ctest passes vigil's path) or node.
const BIN = path.resolve(process.argv[2] || process.env.VIGIL_BIN || process.execPath);
const IS_NODE = path.basename(BIN).startsWith('node');
const FIXTURES = path.join(__dirname, 'fixtures');

function fixture(name) {
  return path.join(FIXTURES, name);
}

function fileUrl(file) {
  return pathToFileURL(file).href;
}

// The 0-based line of the comment marker `// @name` in a fixture.
function markerLine(file, name) {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const index = lines.findIndex((line) => line.includes(`// @${name}`));
  if (index < 0) throw new Error(`marker @${name} not found in ${file}`);
  return index;
}

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// Starts BIN with `flags` and `script`; resolves once the inspector announced
// its WebSocket URL. The child is killed when this process exits.
function launch(flags, script, args = []) {
  // An empty script runs the flags alone (for -e).
  const argv = script ? [...flags, script, ...args] : [...flags, ...args];
  const child = spawn(BIN, argv, {
    stdio: ['ignore', 'pipe', 'pipe'],
    cwd: script ? path.dirname(script) : FIXTURES,
  });
  const result = {
    child,
    stdout: '',
    stderr: '',
    // 'close' comes after 'exit' once stdout and stderr are drained too.
    exited: new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal }))),
  };
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stdout.on('data', (d) => { result.stdout += d; });
  process.on('exit', () => { try { child.kill('SIGKILL'); } catch {} });
  const ready = new Promise((resolve, reject) => {
    child.stderr.on('data', (d) => {
      result.stderr += d;
      const m = /Debugger listening on (ws:\/\/([^/\s]+)\/(\S+))/.exec(result.stderr);
      if (m && !result.wsUrl) {
        result.wsUrl = m[1];
        result.hostPort = m[2];
        result.port = Number(m[2].split(':').pop());
        result.id = m[3];
        resolve(result);
      }
    });
    child.on('exit', (code) => reject(new Error(`exited with ${code} before listening:\n${result.stderr}`)));
  });
  return withTimeout(ready, 10000, 'Debugger listening');
}

// Resolves when `predicate(text)` holds for the child's stdout or stderr.
function waitForOutput(run, stream, predicate, ms = 10000) {
  return withTimeout(new Promise((resolve) => {
    const check = () => {
      if (predicate(run[stream])) {
        run.child[stream].off('data', onData);
        resolve(run[stream]);
      }
    };
    const onData = () => setImmediate(check);
    run.child[stream].on('data', onData);
    check();
  }), ms, `${stream} to match`);
}

// A tiny test runner: named steps, a global deadline, a non-zero exit code
// on the first failure.
async function runTest(name, fn, deadlineMs = 60000) {
  const deadline = setTimeout(() => {
    console.error(`FAIL ${name}: deadline of ${deadlineMs} ms passed`);
    process.exit(1);
  }, deadlineMs);
  try {
    await fn();
    clearTimeout(deadline);
    console.log(`PASS ${name} (${path.basename(BIN)})`);
    process.exit(0);
  } catch (error) {
    console.error(`FAIL ${name} (${path.basename(BIN)}):`, error && error.stack || error);
    process.exit(1);
  }
}

module.exports = { BIN, IS_NODE, fixture, fileUrl, markerLine, withTimeout, launch, waitForOutput, runTest };
