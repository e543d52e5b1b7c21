'use strict';
// c8, the coverage tool of the node world, run on a real vigil: it sets
// NODE_V8_COVERAGE, runs the program, and turns the coverage files vigil
// writes at exit (with their source-map-cache) into a report. The report
// must be what c8 makes of node 20 on the same program, down to the
// TypeScript file it maps back to.
const assert = require('assert');
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { runTest } = require('./lib');

const vigil = path.resolve(process.argv[2]);
const c8 = require.resolve('c8/bin/c8.js');
const app = path.join(__dirname, 'fixtures', 'coverage', 'app.js');

function summary(runtime) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-c8-'));
  try {
    execFileSync(process.execPath, [c8, '--reporter=json-summary', `--report-dir=${dir}/report`,
                                    `--temp-directory=${dir}/tmp`, '--all=false', runtime, app],
                 { cwd: path.dirname(app), stdio: ['ignore', 'ignore', 'inherit'], timeout: 60000 });
    const json = JSON.parse(fs.readFileSync(path.join(dir, 'report', 'coverage-summary.json'), 'utf8'));
    const out = {};
    for (const [file, totals] of Object.entries(json)) {
      out[file === 'total' ? file : path.basename(file)] = ['lines', 'branches', 'functions']
        .map((k) => `${totals[k].covered}/${totals[k].total}`).join(' ');
    }
    return out;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

runTest('c8 coverage report', async () => {
  const fromVigil = summary(vigil);
  // app.js: the else branch and unused() never ran; orig.ts (reached through
  // gen.js's source map) ran whole.
  assert.deepStrictEqual(Object.keys(fromVigil).sort(), ['app.js', 'orig.ts', 'total']);
  assert.match(fromVigil["app.js"], /^\d+\/\d+ 2\/3 1\/2$/);
  assert.notStrictEqual(fromVigil['app.js'].split(' ')[0].split('/')[0], fromVigil['app.js'].split(' ')[0].split('/')[1]);
  assert.deepStrictEqual(fromVigil, summary(process.execPath));
}, 120000);
