'use strict';
// 'error' without a listener throws; errorMonitor sees it first.
const EventEmitter = require('events');
const e = new EventEmitter();
for (const value of [new TypeError('boom'), 42, undefined, { code: 'X' }, 'text']) {
  try {
    e.emit('error', value);
  } catch (err) {
    console.log(err === value, err.name, err.code, err.message, err.context === value);
  }
}
e.on(EventEmitter.errorMonitor, (err) => console.log('monitor', err.message));
try {
  e.emit('error', new Error('watched'));
} catch (err) {
  console.log('thrown', err.message);
}
e.on('error', (err) => console.log('handled', err.message));
console.log(e.emit('error', new Error('caught')));
console.log(String(EventEmitter.errorMonitor));
