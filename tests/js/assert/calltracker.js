'use strict';
// assert.CallTracker counts calls and reports the functions called too
// rarely or too often.
const assert = require('assert');

process.on('warning', (w) => console.log('warning', w.name, w.code));
const tracker = new assert.CallTracker();
const add = tracker.calls((a, b) => a + b, 2);
console.log(add(1, 2));
console.log(tracker.report().map((r) => [r.message, r.actual, r.expected, r.operator]));
try {
  tracker.verify();
} catch (err) {
  console.log(err.code, err.message);
}
add(3, 4);
tracker.verify();
console.log(tracker.getCalls(add).map((c) => c.arguments));
tracker.reset(add);
console.log(tracker.getCalls(add).length);
try {
  tracker.getCalls(() => {});
} catch (err) {
  console.log(err.code, err.message);
}
