// kill() failures: process.kill on a gone pid throws "kill ESRCH"; a bad
// signal is refused before anything is sent; a spawn that fails still has
// stdio streams and closes.
const { spawn } = require('child_process');
const child = spawn('sh', ['-c', 'exit 0']);
child.on('close', (code) => {
  console.log('close', code, child.exitCode, child.signalCode);
  try {
    process.kill(child.pid);
  } catch (e) {
    console.log(e.name, e.message, e.code, e.errno === require('os').constants.errno.ESRCH ? 'ESRCH' : e.errno, e.syscall);
  }
  try {
    child.kill('SIGNOPE');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
  console.log('kill after exit', child.kill());
  const bad = spawn('pwd', [], { cwd: 'does-not-exist-dir' });
  console.log('pid', typeof bad.pid, 'stdout', bad.stdout !== null, 'stdin', bad.stdin !== null);
  bad.stdout.on('data', () => console.log('unexpected data'));
  bad.on('error', (e) => console.log('error', e.code, e.syscall, e.message));
  bad.on('exit', () => console.log('unexpected exit'));
  bad.on('close', (code) => console.log('close after error', code, bad.exitCode));
});
