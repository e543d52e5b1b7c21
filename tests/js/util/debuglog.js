// util.debuglog prints "SECTION pid: message" to stderr when NODE_DEBUG
// names the section (wildcards and lists allowed, case-insensitive).
const { spawnSync } = require('child_process');
const script = `
const util = require('util');
const a = util.debuglog('alpha');
const b = util.debuglog('beta');
const c = util.debuglog('gamma-x');
console.log(a.enabled, b.enabled, c.enabled);
a('hello %s', 'world', { n: 1 });
b('not shown');
c('wildcard');
`;
for (const env of ['alpha', 'ALPHA,gamma-*', 'al*,BETA', '']) {
  const r = spawnSync(process.execPath, ['-e', script], { env: { ...process.env, NODE_DEBUG: env }, encoding: 'utf8' });
  console.log(JSON.stringify(env), r.status, JSON.stringify(r.stdout));
  console.log(JSON.stringify(r.stderr.replace(/ \d+: /g, ' PID: ')));
}
