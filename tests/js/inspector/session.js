'use strict';
// inspector.Session: synchronous answers, notifications as events, errors
// of node's shape, inspector.console, and inspector/promises.
const inspector = require('inspector');
const session = new inspector.Session();
session.connect();
let sync = false;
session.post('Runtime.evaluate', { expression: '2 + 3' }, (err, res) => {
  sync = true;
  console.log('eval', err, res.result.value);
});
console.log('answered before post returned:', sync);
session.on('inspectorNotification', (m) => {
  if (m.method === 'Runtime.consoleAPICalled') process.stdout.write(`notification: ${m.params.args[0].value}\n`);
});
session.on('Runtime.executionContextCreated', (m) => {
  console.log('context', m.params.context.id, m.params.context.auxData);
});
session.post('Runtime.enable');
inspector.console.log('to the inspector only');
session.post('Nope.method', (err) => console.log(err.code, err.message));
console.log('url', inspector.url());
try {
  session.connect();
} catch (e) {
  console.log(e.code, e.message);
}
session.post('Profiler.enable', () => {});
session.post('Profiler.start', () => {
  for (let i = 0; i < 1e5; i++);
  session.post('Profiler.stop', (err, { profile }) => console.log('profile has nodes', profile.nodes.length > 0));
});
try {
  session.post(42);
} catch (e) {
  console.log(e.code);
}
session.disconnect();
session.disconnect();
try {
  session.post('Runtime.enable');
} catch (e) {
  console.log(e.code, e.message);
}

const promises = require('inspector/promises');
(async () => {
  const s = new promises.Session();
  s.connect();
  console.log('promise', (await s.post('Runtime.evaluate', { expression: '"a" + 1' })).result.value);
  try {
    await s.post('Bad.method');
  } catch (e) {
    console.log('rejected', e.code, e.message);
  }
  s.disconnect();
})();
