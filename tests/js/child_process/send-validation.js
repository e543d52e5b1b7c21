// child.send() argument checks: options must be an object, the message must
// be JSON-representable, and the callback sees the reply order.
const { fork } = require('child_process');
if (process.argv[2] === 'child') {
  process.on('message', (m) => {
    process.send({ echo: m }, () => process.disconnect());
  });
} else {
  const child = fork(__filename, ['child']);
  for (const args of [['msg', null, null], ['msg', null, ''], ['msg', null, 'foo'], [Symbol('s')], [undefined]]) {
    try {
      child.send(...args);
      console.log('no throw');
    } catch (e) {
      console.log(e.name, e.code, e.message);
    }
  }
  child.on('message', (m) => console.log('reply', JSON.stringify(m)));
  child.on('exit', (code, signal) => console.log('exit', code, signal));
  console.log('sent', child.send('hi', (err) => console.log('send cb', err)));
}
