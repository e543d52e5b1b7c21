// fork() with an IPC channel: messages both ways, 'disconnect', exit codes.
const { fork } = require('child_process');
if (process.argv[2] === 'child') {
  process.on('message', (msg) => {
    if (msg.done) {
      process.disconnect();
      return;
    }
    process.send({ echo: msg, connected: process.connected });
  });
  process.send({ hello: 'from child', argv: process.argv.slice(2) });
} else {
  const child = fork(__filename, ['child', 'x']);
  const seen = [];
  child.on('message', (msg) => {
    seen.push(msg);
    if (seen.length === 1) child.send({ n: 1, list: [1, 2, 'three'] });
    else child.send({ done: true });
  });
  child.on('disconnect', () => console.log('disconnect', child.connected));
  child.on('exit', (code, signal) => console.log('exit', code, signal));
  child.on('close', (code) => {
    console.log('close', code);
    console.log(JSON.stringify(seen));
  });
}
