// FORCE_COLOR turns colors on for console output even when stdout is not a
// terminal (and FORCE_COLOR=0 turns them off); NO_COLOR does not override it.
const { spawnSync } = require('child_process');
const script = `
console.log({ n: 1, s: 'str', b: true, u: undefined, nul: null, sym: Symbol('s'), d: new Date(0), r: /re/ });
console.log('%s %d %o', 'plain', 42, [1]);
console.error(new Map([[1, 'one']]));
console.log(require('util').styleText('red', 'styled'));
const { Console } = require('console');
new Console({ stdout: process.stdout, colorMode: false }).log({ colorMode: false });
`;
for (const value of ['1', '0', '3', 'true', 'false', '']) {
  const env = { ...process.env, FORCE_COLOR: value };
  const r = spawnSync(process.execPath, ['-e', script], { env, encoding: 'utf8' });
  console.log(JSON.stringify(value), r.status);
  console.log(JSON.stringify(r.stdout));
  // The warning line names the runtime and its pid.
  console.log(JSON.stringify(r.stderr.replace(/\((node|vigil):\d+\)/g, '(PROCESS)').replace(/`(node|vigil) /g, '`RUNTIME ')));
}
