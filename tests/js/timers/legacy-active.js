'use strict';
// timers.enroll/active/unenroll on plain objects, and timers whose callback
// was removed, as node 20 treats them.
process.noDeprecation = true;
const timers = require('timers');

// An object without _onTimeout is scheduled and simply ends.
const bare = { _idleTimeout: 1 };
timers.active(bare);
console.log('bare scheduled', Number.isInteger(bare._idleStart), !!bare._idleNext);

// Bogus durations are ignored without touching the object.
for (const bogus of [{ _idleTimeout: -1 }, { _idleTimeout: undefined }]) {
  timers.active(bogus);
  console.log('bogus', Object.keys(bogus));
}

// enroll validates the duration.
for (const bad of [-1, Infinity, NaN, 'x']) {
  try {
    timers.enroll({}, bad);
  } catch (err) {
    console.log(err.code, err.message);
  }
}

// An enrolled object with a callback fires once.
const item = { _onTimeout() { console.log('item fired'); } };
timers.enroll(item, 2);
timers.active(item);

// Unenrolling an interval from inside its callback stops it.
let count = 0;
const interval = setInterval(() => {
  count++;
  timers.unenroll(interval);
}, 1);
// An interval whose callback is set to null stops too.
const other = setInterval(() => {
  other._onTimeout = null;
}, 1);
setTimeout(() => console.log('interval runs', count), 30);
