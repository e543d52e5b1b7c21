'use strict';
// MessageChannel within one process: cloned messages, delivery from the
// loop with microtasks between messages, close events, receiveMessageOnPort.
const { receiveMessageOnPort, MessageChannel: WTMessageChannel } = require('worker_threads');

console.log(WTMessageChannel === MessageChannel, typeof MessagePort, typeof MessageEvent);
const { port1, port2 } = new MessageChannel();
console.log(Object.keys(new MessageChannel()), port1 instanceof EventTarget);
port1.on('message', (msg) => {
  console.log('port1 got', msg);
  Promise.resolve().then(() => console.log('microtask after', msg.n));
  if (msg.n === 3) port1.close();
});
port2.on('close', () => console.log('port2 closed'));
port1.on('close', () => console.log('port1 closed'));
const original = { n: 1, nested: { list: [1, 2] } };
port2.postMessage(original);
original.nested.list.push(3);
port2.postMessage({ n: 2, when: new Date(0), map: new Map([[1, 'one']]) });
port2.postMessage({ n: 3 });
console.log('posted');

const web = new MessageChannel();
web.port1.onmessage = (event) => {
  console.log('event', event.constructor.name, event.type, event.data, event.origin === '', event.ports);
  web.port1.close();
};
web.port2.postMessage('hello');

const sync = new MessageChannel();
sync.port2.postMessage({ sync: true });
sync.port2.postMessage(2);
console.log(receiveMessageOnPort(sync.port1), receiveMessageOnPort(sync.port1), receiveMessageOnPort(sync.port1));
sync.port1.close();

const buffer = new ArrayBuffer(8);
const transfer = new MessageChannel();
transfer.port1.once('message', (received) => {
  console.log('transferred', received.byteLength, buffer.byteLength);
  transfer.port1.close();
});
transfer.port2.postMessage(buffer, [buffer]);

for (const bad of [() => new MessagePort(), () => port2.postMessage(() => {}),
                   () => port2.postMessage(1, { transfer: [1] }), () => receiveMessageOnPort({})]) {
  try {
    bad();
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
const event = new MessageEvent('message', { data: { x: 1 } });
console.log(event.data, event.type, event.lastEventId === '', event.source);

// An idle port without listeners does not keep the process alive.
const idle = new MessageChannel();
idle.port2.postMessage('never read');
// The peer's 'close' arrives later than the closing port's own.
setTimeout(() => console.log('end'), 30);
