'use strict';
// BroadcastChannel within one process: other channels of the same name get
// a clone of each message, the sender and other names do not.
const a = new BroadcastChannel('news');
const b = new BroadcastChannel('news');
const other = new BroadcastChannel('sport');
console.log(a.name, Object.prototype.toString.call(a), a instanceof EventTarget);
b.onmessage = (event) => {
  console.log('b got', event.constructor.name, event.data);
  b.close();
  a.close();
  try {
    a.postMessage('after close');
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
};
other.onmessage = () => console.log('other channel must not receive');
a.addEventListener('message', () => console.log('the sender must not receive'));
a.postMessage({ headline: 'hello', when: new Date(0) });
other.close();
try {
  new BroadcastChannel();
} catch (err) {
  console.log(err.name, err.code, err.message);
}
