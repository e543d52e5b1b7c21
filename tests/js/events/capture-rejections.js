'use strict';
// captureRejections routes a rejected listener promise to 'error' or to
// the Symbol.for('nodejs.rejection') method.
const { EventEmitter, captureRejectionSymbol } = require('events');
console.log(captureRejectionSymbol === Symbol.for('nodejs.rejection'), EventEmitter.captureRejections);
const e = new EventEmitter({ captureRejections: true });
e.on('job', async (n) => {
  throw new Error(`job ${n} failed`);
});
e.on('error', (err) => console.log('error event:', err.message));
e.emit('job', 1);

class Custom extends EventEmitter {
  [captureRejectionSymbol](err, type, ...args) {
    console.log('rejection hook:', err.message, type, args);
  }
}
const c = new Custom({ captureRejections: true });
c.on('work', async () => {
  throw new Error('work failed');
});
c.emit('work', 'x', 'y');

try {
  new EventEmitter({ captureRejections: 'yes' });
} catch (err) {
  console.log(err.code, err.message);
}
const plain = new EventEmitter();
plain.on('quiet', async () => 'fine');
console.log(plain.emit('quiet'));
