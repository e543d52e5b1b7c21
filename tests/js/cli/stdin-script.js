'use strict';
// With no script and stdin not a terminal, or with the script "-", the
// program comes from stdin and runs like -e code named [stdin].
const { spawnSync } = require('child_process');
const code = 'console.log(process.argv.slice(1), __filename, typeof require, typeof path, module.id)';
for (const args of [[], ['-'], ['-', 'a', '--b']]) {
  const r = spawnSync(process.execPath, args, { input: code, encoding: 'utf8' });
  console.log(args, r.status, r.stdout.trim());
}
const thrown = spawnSync(process.execPath, [], { input: 'throw new Error("from stdin")', encoding: 'utf8' });
console.log(thrown.status, thrown.stderr.split('\n').slice(0, 5).join('|'));
