// spawn with pipes: stdout/stderr data, stdin input, 'exit' before 'close'.
const { spawn, exec, execFile } = require('child_process');
const child = spawn('sh', ['-c', 'read line; echo "got $line"; echo oops >&2; exit 7']);
let out = '';
let err = '';
child.stdout.setEncoding('utf8');
child.stdout.on('data', (d) => (out += d));
child.stderr.on('data', (d) => (err += d));
child.on('spawn', () => console.log('spawn', typeof child.pid));
child.on('exit', (code, signal) => console.log('exit', code, signal));
child.on('close', (code, signal) => {
  console.log('close', code, signal, JSON.stringify(out), JSON.stringify(err.toString()));
  exec('echo $((6 * 7))', (e, stdout, stderr) => {
    console.log('exec', e, JSON.stringify(stdout), JSON.stringify(stderr));
    execFile('sh', ['-c', 'exit 3'], (e2) => {
      console.log('execFile', e2.code, e2.killed, e2.signal, e2.message.split('\n')[0]);
      const e3 = spawn('definitely-not-a-command-xyz');
      e3.on('error', (e) => console.log('error', e.code, e.syscall, e.path, e.message));
      e3.on('close', (code) => console.log('close after error', code));
    });
  });
});
child.stdin.end('hello\n');
