'use strict';
// An option given without its value reports "requires an argument" (for
// "--name" at the end and for "--name=") and exits with 9.
const { spawnSync } = require('child_process');
for (const option of ['--eval', '-e', '--inspect-port', '--inspect-port=', '--debug-port=', '--title=']) {
  const r = spawnSync(process.execPath, [option], { encoding: 'utf8' });
  console.log(r.status, r.stderr.split('\n')[0].replace(process.execPath, 'RUNTIME'));
}
