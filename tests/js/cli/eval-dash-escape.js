'use strict';
// An option value that starts with "\-" loses the backslash (so -p can take
// code starting with "-"), and V8's --use-strict passes through.
const { spawnSync } = require('child_process');
for (const args of [['-p', '\\-42'], ['-p', '\\\\-1'], ['--use-strict', '-p', '(function () { return this; })()']]) {
  const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
  console.log(JSON.stringify(args), r.status, r.stdout.trim(), r.stderr.split('\n').find((l) => l.includes('Error')) || '');
}
