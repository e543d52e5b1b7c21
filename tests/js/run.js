'use strict';
// Runs one tests/js file under vigil and compares it with the golden files
// node 20 produced (see docs/conventions.md). Usage: node run.js VIGIL FILE
// With --golden NODE it writes the golden files from NODE instead.
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..', '..');

function normalize(text, isStderr) {
  let out = text.split(root).join('<root>');
  if (!isStderr) return out;
  const lines = out.split('\n');
  const kept = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    // An arrow into the runtime's own JavaScript: "node:internal/x:N", the
    // source line and the carets.
    if (/^node:internal\/[\w/]+:\d+$/.test(line)) {
      i += 2;
      continue;
    }
    if (/^\s+at /.test(line)) continue;
    if (/^(Node\.js|vigil) v\d/.test(line)) continue;
    kept.push(line.replace(/^\S*(node|vigil): bad option:/, 'RUNTIME: bad option:').replace(/\((node|vigil):\d+\)/g, '(PROCESS)').replace(/`(node|vigil) --/g, '`RUNTIME --'));
  }
  return kept.join('\n');
}

function testEnv() {
  const env = { ...process.env, NO_COLOR: '1' };
  delete env.FORCE_COLOR;
  delete env.NODE_OPTIONS;
  return env;
}

function run(bin, file) {
  const args = [];
  const flags = /^\/\/ Flags: (.*)$/m.exec(fs.readFileSync(file, 'utf8'));
  if (flags) args.push(...flags[1].trim().split(/\s+/));
  const argsLine = /^\/\/ Args: (.*)$/m.exec(fs.readFileSync(file, 'utf8'));
  const result = spawnSync(bin, [...args, path.basename(file), ...(argsLine ? argsLine[1].trim().split(/\s+/) : [])], {
    cwd: path.dirname(file),
    encoding: 'utf8',
    timeout: 30000,
    env: testEnv(),
  });
  if (result.error) throw result.error;
  return { stdout: result.stdout, stderr: result.stderr, status: result.status === null ? `signal ${result.signal}` : String(result.status) };
}

function goldenPaths(file) {
  const base = file.replace(/\.(m|c)?js$/, '');
  return { stdout: base + '.stdout', stderr: base + '.stderr', status: base + '.status' };
}

const argv = process.argv.slice(2);
if (argv[0] === '--golden') {
  const [, nodeBin, ...files] = argv;
  for (const file of files) {
    const r = run(nodeBin, path.resolve(file));
    const g = goldenPaths(path.resolve(file));
    fs.writeFileSync(g.stdout, normalize(r.stdout, false));
    fs.writeFileSync(g.status, r.status + '\n');
    if (fs.existsSync(g.stderr) || process.env.GOLDEN_STDERR) fs.writeFileSync(g.stderr, normalize(r.stderr, true));
    console.log(`${file}: status ${r.status}`);
  }
  process.exit(0);
}

const [bin, file] = argv;
const g = goldenPaths(file);
const r = run(bin, file);
let failed = false;
function check(name, actual, expectedFile) {
  if (!fs.existsSync(expectedFile)) return;
  const expected = fs.readFileSync(expectedFile, 'utf8');
  if (actual !== expected) {
    failed = true;
    console.log(`--- ${name} differs from ${path.relative(root, expectedFile)}`);
    console.log('--- expected:\n' + expected + '\n--- actual:\n' + actual);
  }
}
if (!fs.existsSync(g.stdout) || !fs.existsSync(g.status)) {
  console.log(`missing golden files for ${file}: run scripts/golden.sh ${path.relative(root, file)}`);
  process.exit(1);
}
check('stdout', normalize(r.stdout, false), g.stdout);
check('status', r.status + '\n', g.status);
check('stderr', normalize(r.stderr, true), g.stderr);
if (failed) {
  if (!fs.existsSync(g.stderr)) console.log('--- stderr:\n' + r.stderr);
  process.exit(1);
}
console.log('ok');
