'use strict';
// Measures vigil against node 20 on Node's own test/parallel files, from the
// same tree: for every pattern, how many tests node passes, how many vigil
// passes, and how many of node's passes vigil also passes (the ratio the
// compatibility targets are stated in). A test that fails under node too is
// not held against vigil.
//
//   node tests/node/compare.js --vigil BIN [--node BIN] [--tree DIR]
//        [--jobs N] [--timeout MS] [--json FILE] [--load FILE]... [--fresh RUNTIME]
//        [core|io|GLOB...]
//
// With no pattern, both issue groups run (`core` and `io`, see GROUPS). The
// node runs use --node (default: the node running this script). --json saves
// every per-test result (rewritten as the run goes, so an interrupted run
// keeps what it measured); --load takes earlier results from such a file and
// runs only what is missing; `--fresh vigil` ignores the loaded vigil
// results, to re-measure vigil after a rebuild while keeping node's. Without
// --vigil only node runs.
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const { testsMatching, makeScratch, runOne, runPool } = require('./lib');

// The module groups of the compatibility issues and the share of node's own
// passes each must reach.
const GROUPS = {
  core: {
    title: 'core library',
    target: 0.85,
    patterns: ['test-path-*', 'test-event*', 'test-buffer-*', 'test-util-*', 'test-url-*', 'test-whatwg-url-*',
      'test-whatwg-encoding-*', 'test-querystring*', 'test-string-decoder*', 'test-assert*', 'test-os*',
      'test-crypto-hash*', 'test-crypto-hmac*', 'test-crypto-random*', 'test-console-*', 'test-timers-*',
      'test-next-tick*', 'test-queue-microtask*', 'test-global*'],
  },
  io: {
    title: 'I/O',
    target: 0.75,
    patterns: ['test-fs-*', 'test-stream*', 'test-readable-*', 'test-child-process-*', 'test-zlib-*',
      'test-readline-*', 'test-process-*'],
  },
};

const args = process.argv.slice(2);
const options = { load: [] };
const positional = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--load') options.load.push(args[++i]);
  else if (a.startsWith('--')) options[a.slice(2)] = args[++i];
  else positional.push(a);
}
const tree = path.resolve(options.tree || path.join(__dirname, '../../.deps/nodejs-src'));
const bins = { node: path.resolve(options.node || process.execPath) };
if (options.vigil) bins.vigil = path.resolve(options.vigil);
const jobs = Number(options.jobs || 2);
const timeoutMs = Number(options.timeout || 60000);

// Sections of the report: each issue group named (or implied), plus one
// ad-hoc section for loose patterns.
const sections = [];
const loose = [];
for (const p of positional.length ? positional : Object.keys(GROUPS)) {
  if (GROUPS[p]) sections.push(GROUPS[p]);
  else loose.push(p);
}
if (loose.length) sections.push({ title: 'patterns', target: null, patterns: loose });
for (const s of sections) s.rows = s.patterns.map((p) => ({ pattern: p, tests: testsMatching(tree, p) }));

// Every test runs once per runtime, even if several patterns match it.
const tests = [...new Set(sections.flatMap((s) => s.rows.flatMap((r) => r.tests)))].sort();
const results = Object.create(null);
for (const file of options.load) {
  const saved = JSON.parse(fs.readFileSync(file, 'utf8')).results;
  for (const [test, byRuntime] of Object.entries(saved)) {
    for (const runtime of Object.keys(bins)) {
      const r = byRuntime[runtime];
      if (!r || runtime === options.fresh) continue;
      // Summarize failures again: the summary may have improved since.
      if (!r.ok && r.output) r.error = firstError(r);
      (results[test] ??= {})[runtime] = r;
    }
  }
}

// What the first error says is the best one-line summary of why a test
// failed; absolute paths are dropped so that the same cause groups together.
function firstError(r) {
  if (r.ok) return null;
  if (r.skipped) return 'skipped: ' + (/^1\.\.0 # Skipped:?(.*)$/m.exec(r.output)[1].trim() || '(no reason)');
  if (r.output.includes('[timed out after')) return `timed out after ${timeoutMs / 1000} s`;
  const lines = r.output.split('\n');
  let i = lines.findIndex((l) => /^(Uncaught )?\[?([A-Z]\w*(Error|Exception)|Error)\b( \[\w+\])?(:|$)/.test(l));
  if (i === -1) i = lines.findIndex((l) => /^(Uncaught|vigil:|FATAL|#\s*Fatal|Segmentation|Aborted)/.test(l));
  if (i === -1) {
    // An uncaught value that is not an Error comes after the source line
    // and its caret.
    const caret = lines.findIndex((l) => /^\s*\^+\s*$/.test(l));
    if (caret !== -1) i = lines.findIndex((l, j) => j > caret && l.trim());
  }
  let line;
  if (i !== -1) {
    line = lines[i];
    // An assertion's first line is often only a header ("Expected values
    // to be strictly equal:"); the next line says what differed.
    if (/:\s*$/.test(line)) line += ' ' + (lines.slice(i + 1).find((l) => l.trim()) || '').trim();
  } else if (r.signal) {
    line = `killed by ${r.signal}`;
  } else {
    line = lines.find((l) => l.trim() && !/^\s+at /.test(l)) || `exit code ${r.code}`;
  }
  // Only absolute paths: `internal/test/binding` stays as it is.
  return line.replace(/(^|[\s'"(=])(?:\/[\w.@+-]+)+\/?/g, '$1<path>').slice(0, 200);
}

function record(r) {
  const { ok, skipped, code, signal, ms, output } = r;
  // Enough of the output to see the failure without keeping megabytes.
  const kept = output.length > 4000 ? output.slice(0, 3000) + '\n[...]\n' + output.slice(-1000) : output;
  return { ok, skipped, code, signal, ms, error: firstError(r), output: ok ? undefined : kept };
}

function save() {
  if (!options.json) return;
  const meta = { date: new Date().toISOString(), tree, bins, timeoutMs, argv: process.argv.slice(2) };
  fs.writeFileSync(options.json, JSON.stringify({ meta, results }, null, 1));
}

const scratch = makeScratch();

function version(bin) {
  try {
    return execFileSync(bin, ['--version'], { encoding: 'utf8', timeout: 10000 }).trim();
  } catch {
    return '?';
  }
}

function pct(n, d) {
  return d ? `${((100 * n) / d).toFixed(1)}%` : '-';
}

// One table row: counts over a set of tests.
function counts(list) {
  let node = 0, vigil = 0, both = 0;
  for (const t of list) {
    const r = results[t] || {};
    if (r.node?.ok) node++;
    if (r.vigil?.ok) vigil++;
    if (r.node?.ok && r.vigil?.ok) both++;
  }
  return { tests: list.length, node, vigil, both };
}

function row(label, c) {
  return `| ${label} | ${c.tests} | ${c.node} | ${c.vigil} | ${c.both} | ${pct(c.both, c.node)} |`;
}

function report() {
  const out = [];
  const header = '| pattern | tests | node passes | vigil passes | vigil passes among node\'s | ratio |\n|---|--:|--:|--:|--:|--:|';
  const totals = [];
  for (const s of sections) {
    out.push(`### ${s.title}${s.target ? ` (target ${s.target * 100}%)` : ''}`, '', header);
    for (const r of s.rows) out.push(row(`\`${r.pattern}\``, counts(r.tests)));
    const c = counts([...new Set(s.rows.flatMap((r) => r.tests))]);
    out.push(row(`**total**`, c), '');
    totals.push([s, c]);
  }
  out.push('### per group', '', '| group | tests | node passes | vigil passes | vigil passes among node\'s | ratio | target | met |',
    '|---|--:|--:|--:|--:|--:|--:|---|');
  for (const [s, c] of totals) {
    const met = s.target == null ? '' : c.both >= s.target * c.node ? 'yes' : `no (needs ${Math.ceil(s.target * c.node) - c.both} more)`;
    out.push(`${row(s.title, c)} ${s.target == null ? '-' : `${s.target * 100}%`} | ${met} |`);
  }
  out.push('');

  // The tests node passes and vigil does not, grouped by what vigil said
  // first, biggest cause first.
  const causes = new Map();
  for (const t of tests) {
    const r = results[t];
    if (!r?.node?.ok || !r.vigil || r.vigil.ok) continue;
    const key = r.vigil.error || '(no output)';
    if (!causes.has(key)) causes.set(key, []);
    causes.get(key).push(t.replace('test/parallel/', ''));
  }
  if (bins.vigil) {
    const sorted = [...causes].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
    out.push(`### passing under node, failing under vigil (${sorted.reduce((n, [, l]) => n + l.length, 0)} tests, by first error)`, '');
    for (const [cause, list] of sorted) out.push(`- **${list.length}** \`${cause.replace(/`/g, "'")}\`: ${list.join(', ')}`);
    out.push('');
  }
  // Node's own failures are not targets; list them so nobody chases them.
  const nodeFails = tests.filter((t) => results[t]?.node && !results[t].node.ok);
  out.push(`### failing under node 20 from this tree (${nodeFails.length} tests, not targets)`, '');
  for (const t of nodeFails) {
    const r = results[t];
    const vigil = r.vigil ? (r.vigil.ok ? ' (vigil passes)' : '') : '';
    out.push(`- ${t.replace('test/parallel/', '')}${vigil}: \`${(r.node.error || '').replace(/`/g, "'")}\``);
  }
  out.push('');
  return out.join('\n');
}

async function main() {
  const work = [];
  for (const t of tests) for (const runtime of Object.keys(bins)) if (!results[t]?.[runtime]) work.push([t, runtime]);
  console.log(`tree ${tree}`);
  for (const [runtime, bin] of Object.entries(bins)) console.log(`${runtime} ${bin} (${version(bin)})`);
  console.log(`${tests.length} tests, ${work.length} runs to do, ${jobs} jobs, timeout ${timeoutMs / 1000} s\n`);
  let done = 0;
  let lastSave = Date.now();
  await runPool(work, jobs, ([test, runtime], worker) => runOne({ bin: bins[runtime], tree, test, worker, scratch, timeoutMs, ownGroup: true }).then((r) => {
    (results[test] ??= {})[runtime] = record(r);
    return r;
  }), (r, [test, runtime]) => {
    done++;
    process.stderr.write(`[${done}/${work.length}] ${runtime} ${r.ok ? 'PASS' : r.skipped ? 'SKIP' : 'FAIL'} ${test} (${r.ms} ms)\n`);
    if (Date.now() - lastSave > 15000) {
      save();
      lastSave = Date.now();
    }
  });
  save();
  console.log(report());
}

process.on('SIGINT', () => {
  // Keep what was measured so far.
  save();
  process.exit(130);
});
main();
