'use strict';
// A forked child stays alive while it listens for 'disconnect' (not only
// 'message'), and messages whose cmd starts with NODE_ arrive as
// 'internalMessage' instead of 'message'.
const { fork } = require('child_process');
if (process.argv[2] === 'child') {
  process.send({ cmd: 'NODE_custom', n: 1 });
  process.send({ cmd: 'plain' });
  process.on('disconnect', () => process.stdout.write('child saw disconnect'));
} else {
  const child = fork(__filename, ['child'], { silent: true });
  let stdout = '';
  child.stdout.on('data', (chunk) => { stdout += chunk; });
  child.on('internalMessage', (m) => console.log('internalMessage', m));
  child.on('message', (m) => {
    console.log('message', m);
    child.disconnect();
  });
  child.once('exit', (code) => {
    // The pipe may still hold the child's last write at 'exit'.
    setTimeout(() => console.log('exit', code, JSON.stringify(stdout)), 100);
  });
}
