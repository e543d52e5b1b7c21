// Profiles written at exit, in node's formats and names: NODE_V8_COVERAGE
// (with v8.takeCoverage() writing extra files), --cpu-prof and --heap-prof
// with their -dir/-name/-interval options, and the misuse of an option
// without its profiler.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-profilers-'));
const script = path.join(tmp, 'work.js');
fs.writeFileSync(script, `
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
function branchy(x) {
  if (x > 0) {
    return 'positive';
  } else {
    return 'not positive';
  }
}
branchy(1);
if (process.argv[2] === 'take') require('v8').takeCoverage();
branchy(2);
let s = '';
for (let i = 0; i < 2000; i++) s += JSON.stringify({ i, text: 'x'.repeat(i % 50) });
// Long enough for the sampler to see fib() on a loaded machine.
for (const end = Date.now() + 150; Date.now() < end;) fib(20);
if (process.argv[2] === 'exit') process.exit(3);
`);

function run(args, env = {}) {
  return spawnSync(process.execPath, args, { cwd: tmp, env: { ...process.env, ...env }, encoding: 'utf8' });
}

// Coverage: one file at exit, one more per takeCoverage(); the branch
// counts of each file add up to the calls made.
{
  const dir = path.join(tmp, 'cov');
  const child = run([script, 'take'], { NODE_V8_COVERAGE: 'cov' });
  const files = fs.readdirSync(dir).sort();
  console.log('coverage: status', child.status, 'files', files.length,
              files.every((f) => /^coverage-\d+-\d+-\d+\.json$/.test(f)));
  const counts = files.map((f) => {
    const json = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
    const entry = json.result.find((r) => r.url.endsWith('work.js'));
    const fn = entry.functions.find((x) => x.functionName === 'branchy');
    return fn.ranges.map((r) => r.count).join('/');
  });
  console.log('branchy counts per file:', counts.sort().join(' '));
}

// No variable, no coverage (and takeCoverage does nothing).
{
  const child = run([script, 'take']);
  console.log('no NODE_V8_COVERAGE: status', child.status, 'cov dir reused:', fs.readdirSync(path.join(tmp, 'cov')).length);
}

// CPU and heap profiles, also when the program calls process.exit().
for (const mode of ['end', 'exit']) {
  const child = run(['--cpu-prof', '--cpu-prof-dir=prof-' + mode, '--cpu-prof-interval', '100',
                     '--heap-prof', '--heap-prof-dir', 'prof-' + mode, '--heap-prof-name', 'heap.heapprofile',
                     script, mode]);
  const files = fs.readdirSync(path.join(tmp, 'prof-' + mode)).sort();
  console.log(`profiles (${mode}): status`, child.status, files.map((f) => f.replace(/\d+/g, 'N')).join(' '));
  const cpu = JSON.parse(fs.readFileSync(path.join(tmp, 'prof-' + mode, files.find((f) => f.endsWith('.cpuprofile')))));
  console.log('  cpu profile:', Array.isArray(cpu.nodes), cpu.samples.length > 0, cpu.endTime > cpu.startTime,
              cpu.nodes.some((n) => n.callFrame.functionName === 'fib' && n.callFrame.url.endsWith('work.js')));
  const heap = JSON.parse(fs.readFileSync(path.join(tmp, 'prof-' + mode, 'heap.heapprofile')));
  console.log('  heap profile:', heap.head.callFrame.functionName === '(root)', Array.isArray(heap.samples));
}

for (const option of ['--cpu-prof-name', '--heap-prof-dir']) {
  const child = run([option, 'x', script]);
  console.log(option, 'alone: status', child.status, child.stderr.trim().replace(process.execPath, 'EXEC'));
}

fs.rmSync(tmp, { recursive: true });
