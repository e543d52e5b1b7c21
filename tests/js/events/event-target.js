'use strict';
// EventTarget, Event and CustomEvent: dispatch order, once, passive,
// stopImmediatePropagation, handleEvent objects, errors and AbortSignal-free
// options.
const { getEventListeners } = require('events');
const target = new EventTarget();
const order = [];
function first(event) {
  order.push(`first:${event.type}:${event.eventPhase}:${event.target === target}:${this === target}`);
}
target.addEventListener('go', first);
target.addEventListener('go', first); // Duplicates are ignored.
target.addEventListener('go', { handleEvent(event) { order.push(`object:${event.type}`); } });
target.addEventListener('go', () => order.push('once'), { once: true });
const event = new Event('go', { cancelable: true });
console.log(target.dispatchEvent(event), target.dispatchEvent(new Event('go')));
console.log(order.join(' '));
console.log(event.eventPhase, event.target === target, event.currentTarget, event.composedPath());

target.addEventListener('cancel', (ev) => ev.preventDefault());
const cancelable = new Event('cancel', { cancelable: true });
console.log(target.dispatchEvent(cancelable), cancelable.defaultPrevented, cancelable.returnValue);
const notCancelable = new Event('cancel');
console.log(target.dispatchEvent(notCancelable), notCancelable.defaultPrevented);

const stopped = [];
target.addEventListener('stop', (ev) => {
  stopped.push(1);
  ev.stopImmediatePropagation();
});
target.addEventListener('stop', () => stopped.push(2));
target.dispatchEvent(new Event('stop'));
console.log(stopped);

const custom = new CustomEvent('custom', { detail: { answer: 42 } });
console.log(custom.detail, custom instanceof Event, custom.type, new CustomEvent('x').detail);
console.log(getEventListeners(target, 'go').length, getEventListeners(target, 'none'));
target.removeEventListener('go', first);
console.log(getEventListeners(target, 'go').length);

for (const attempt of [
  () => new Event(),
  () => target.addEventListener('x'),
  () => target.dispatchEvent({ type: 'x' }),
  () => target.addEventListener('x', 5),
  () => Event.prototype.type,
  () => EventTarget.prototype.dispatchEvent.call({}, new Event('x')),
  () => new Event('x', 5),
]) {
  try {
    attempt();
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
console.log(Object.keys(Event), Event.AT_TARGET, Object.prototype.toString.call(event));

process.on('uncaughtException', (err) => console.log('uncaught:', err.message));
target.addEventListener('throws', () => {
  throw new Error('listener threw');
});
target.addEventListener('throws', () => console.log('next listener still runs'));
target.dispatchEvent(new Event('throws'));
const again = new Event('again');
target.addEventListener('again', () => target.dispatchEvent(again));
target.dispatchEvent(again);
console.log('dispatch returned');
