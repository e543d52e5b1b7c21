'use strict';
// events.once() and events.on(): promises and async iteration, with
// 'error' rejection and AbortSignal cancellation.
const { once, on, EventEmitter } = require('events');

async function main() {
  const e = new EventEmitter();
  process.nextTick(() => e.emit('ready', 1, 2));
  console.log('once', await once(e, 'ready'));

  process.nextTick(() => e.emit('error', new Error('bad')));
  try {
    await once(e, 'ready');
  } catch (err) {
    console.log('once rejected', err.message, e.listenerCount('ready'), e.listenerCount('error'));
  }

  process.nextTick(() => {
    e.emit('tick', 'a');
    e.emit('tick', 'b');
    e.emit('tick', 'c');
  });
  const seen = [];
  for await (const args of on(e, 'tick')) {
    seen.push(args);
    if (seen.length === 3) break;
  }
  console.log('on', seen, e.listenerCount('tick'), e.listenerCount('error'));

  const iterator = on(e, 'value');
  process.nextTick(() => e.emit('error', new Error('iteration failed')));
  try {
    await iterator.next();
  } catch (err) {
    console.log('on rejected', err.message);
  }
  console.log('after error', await iterator.next());

  const closing = on(e, 'item', { close: ['end'] });
  process.nextTick(() => {
    e.emit('item', 1);
    e.emit('end');
  });
  const items = [];
  for await (const [v] of closing) items.push(v);
  console.log('closed', items);

  try {
    await once(e, 'x', { signal: 'nope' });
  } catch (err) {
    console.log(err.code, err.message);
  }
  try {
    on(e, 'x', 5);
  } catch (err) {
    console.log(err.code, err.message);
  }
}
main();
