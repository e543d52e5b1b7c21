'use strict';
// The MaxListenersExceededWarning and the listener limits.
const EventEmitter = require('events');
process.on('warning', (w) => {
  console.log(w.name, w.message, w.type, w.count, w.emitter === e);
});
const e = new EventEmitter();
e.setMaxListeners(2);
console.log(e.getMaxListeners(), EventEmitter.getMaxListeners(e));
for (let i = 0; i < 4; i++) e.on('data', () => {});
e.setMaxListeners(0);
for (let i = 0; i < 4; i++) e.on('other', () => {});
for (const bad of [-1, NaN, 'x']) {
  try {
    e.setMaxListeners(bad);
  } catch (err) {
    console.log(err.code, err.message);
  }
  try {
    EventEmitter.defaultMaxListeners = bad;
  } catch (err) {
    console.log(err.code, err.message);
  }
}
EventEmitter.setMaxListeners(3);
console.log(EventEmitter.defaultMaxListeners, new EventEmitter().getMaxListeners());
const f = new EventEmitter();
EventEmitter.setMaxListeners(1, f);
console.log(f.getMaxListeners());
try {
  EventEmitter.setMaxListeners(1, {});
} catch (err) {
  console.log(err.code, err.message);
}
