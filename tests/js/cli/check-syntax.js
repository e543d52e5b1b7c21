'use strict';
// -c/--check compiles the program (a file, or stdin; as an ES module with
// --input-type=module) without running it; a syntax error is reported with
// its place and exit code 1; --check with --eval is refused.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-check-'));
fs.writeFileSync(path.join(dir, 'good.js'), '#!/usr/bin/env node\nthrow new Error("must not run");\n');
fs.writeFileSync(path.join(dir, 'bad.js'), 'var a = 1;\nvar b c;\n');
fs.writeFileSync(path.join(dir, 'good.mjs'), 'export const x = 1; throw new Error("must not run");\n');
const runs = [
  [['-c', 'good.js']], [['--check', 'bad.js']], [['-c', 'good.mjs']],
  [['-c'], 'throw new Error("must not run")'], [['--check'], 'var x y;'],
  [['--input-type=module', '-c'], 'export var p = 5; throw new Error("must not run")'],
  [['--input-type=module', '-c'], 'export var p = 5; var q r;'],
  [['-c', '-e', 'foo']],
];
for (const [args, input] of runs) {
  const r = spawnSync(process.execPath, args, { cwd: dir, input: input ?? '', encoding: 'utf8' });
  const err = r.stderr.split('\n');
  console.log(JSON.stringify(args), r.status, JSON.stringify(r.stdout),
              JSON.stringify(err[0].replace(process.execPath, 'RUNTIME').replace(dir, '<dir>')), JSON.stringify(err[1] || ''));
}
fs.rmSync(dir, { recursive: true });
