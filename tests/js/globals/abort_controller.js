'use strict';
// AbortController / AbortSignal: events, reasons, static helpers.
const util = require('util');

const ac = new AbortController();
console.log(util.inspect(ac), util.inspect(ac.signal), String(ac.signal));
ac.signal.onabort = (event) => console.log('onabort', event.type, event.isTrusted);
ac.signal.addEventListener('abort', () => console.log('listener', ac.signal.reason.name));
ac.abort();
ac.abort();
console.log(ac.signal.aborted, ac.signal.reason.message, ac.signal.reason.code);
try {
  ac.signal.throwIfAborted();
} catch (err) {
  console.log('thrown', err.name);
}
const custom = new AbortController();
custom.abort({ why: 1 });
console.log(custom.signal.reason);
try {
  new AbortSignal();
} catch (err) {
  console.log(err.name, err.code, err.message);
}
const pre = AbortSignal.abort('reason');
console.log(pre.aborted, pre.reason);
for (const bad of [() => AbortSignal.timeout(-1), () => AbortSignal.timeout('1'),
                   () => AbortSignal.any(1), () => AbortSignal.any([1])]) {
  try {
    bad();
  } catch (err) {
    console.log(err.code, err.message);
  }
}
const a = new AbortController();
const b = new AbortController();
const any = AbortSignal.any([a.signal, b.signal]);
const anyOfAny = AbortSignal.any([any]);
anyOfAny.addEventListener('abort', () => console.log('any of any', anyOfAny.reason));
b.abort('second');
console.log(any.aborted, any.reason, a.signal.aborted);
console.log(AbortSignal.any([AbortSignal.abort('early')]).reason);
const timed = AbortSignal.timeout(5);
timed.addEventListener('abort', () => {
  console.log('timeout', timed.reason.name, timed.reason.message, timed.reason.code);
});
setTimeout(() => console.log('end'), 50);
// A timeout signal alone does not keep the process alive.
AbortSignal.timeout(100000);
