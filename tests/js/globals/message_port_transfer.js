'use strict';
// MessagePorts move through channels and structuredClone: the receiver gets
// a new port that owns the channel end, the original is detached.
const { port1, port2 } = new MessageChannel();
for (const attempt of [
  () => structuredClone(port1),
  () => structuredClone({ nested: port1 }),
  () => structuredClone(port1, { transfer: [port1] }).constructor.name,
  () => port1.postMessage(port1, [port1]),
  () => port1.postMessage(port2, [port2]),
  () => port1.postMessage(null, [port2, port2]),
]) {
  try {
    console.log('ok', attempt());
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}

const a = new MessageChannel();
const b = new MessageChannel();
b.port1.on('message', ({ port, note }) => {
  console.log('received', note, port.constructor.name, port === a.port2);
  port.on('message', (message) => {
    console.log('through the moved port:', message);
    if (message === 'after move') {
      port.close();
      b.port1.close();
    }
  });
});
a.port1.postMessage('queued before move');
b.port2.postMessage({ port: a.port2, note: 'here is a port' }, [a.port2]);
a.port2.postMessage('from the detached original goes nowhere');
setTimeout(() => a.port1.postMessage('after move'), 20);

const c = new MessageChannel();
const d = new MessageChannel();
c.port1.onmessage = (event) => {
  console.log('event ports', event.ports.length, event.ports[0].constructor.name);
  c.port1.close();
  event.ports[0].close();
};
c.port2.postMessage('with ports', [d.port1]);
