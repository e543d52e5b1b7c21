// Argument checks of spawn/execFile/exec/fork/spawnSync: node's codes and
// messages, thrown before anything is spawned.
const cp = require('child_process');
function check(label, fn) {
  try {
    fn();
    console.log(label, 'no throw');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
check('spawn file', () => cp.spawn(42));
check('spawn empty', () => cp.spawn(''));
check('spawn args', () => cp.spawn('ls', 5));
check('spawn options', () => cp.spawn('ls', [], 1));
check('spawn null byte', () => cp.spawn('ls', ['a\u0000b']));
check('spawn cwd', () => cp.spawn('ls', [], { cwd: 7 }));
check('spawn detached', () => cp.spawn('ls', [], { detached: 1 }));
check('spawn uid', () => cp.spawn('ls', [], { uid: 2 ** 63 }));
check('spawn shell', () => cp.spawn('ls', [], { shell: 3 }));
check('spawn argv0', () => cp.spawn('ls', [], { argv0: [] }));
check('spawn timeout', () => cp.spawn('ls', [], { timeout: -1 }));
check('spawn killSignal', () => cp.spawn('ls', [], { killSignal: 'SIGNOPE' }));
check('spawn killSignal type', () => cp.spawn('ls', [], { killSignal: {} }));
check('spawn signal', () => cp.spawn('ls', [], { signal: {} }));
check('spawn env null byte', () => cp.spawn('ls', [], { env: { A: 'x\u0000' } }));
check('execFile options', () => cp.execFile('ls', [], 'bad'));
check('execFile callback', () => cp.execFile('ls', [], {}, 'bad'));
check('execFile maxBuffer', () => cp.execFile('ls', [], { maxBuffer: -1 }));
check('exec command', () => cp.exec(5));
check('exec null byte', () => cp.exec('ls\u0000'));
check('fork modulePath', () => cp.fork(5));
check('fork args', () => cp.fork('x.js', true));
check('fork ipc', () => cp.fork('x.js', [], { stdio: ['pipe', 'pipe', 'pipe'] }));
check('spawnSync timeout', () => cp.spawnSync('ls', [], { timeout: 1.5 }));
check('spawnSync killSignal', () => cp.spawnSync('ls', [], { killSignal: 9999 }));
check('ChildProcess#spawn', () => new cp.ChildProcess().spawn());
check('ChildProcess#spawn envPairs', () => new cp.ChildProcess().spawn({ envPairs: null }));
check('ChildProcess#spawn file', () => new cp.ChildProcess().spawn({}));
const { promisify } = require('util');
check('promisified exec throws', () => promisify(cp.exec)('ls', { signal: {} }));
