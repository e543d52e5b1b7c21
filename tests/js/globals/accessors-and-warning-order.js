'use strict';
// process and Buffer are accessor globals that survive assignment; Crypto
// and SubtleCrypto are globals; the default warning printer runs before
// listeners a script adds.
const realProcess = process;
const realBuffer = Buffer;
for (const name of ['process', 'Buffer']) {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  console.log(name, typeof d.get, typeof d.set, d.enumerable, d.configurable);
}
globalThis.process = 'p';
globalThis.Buffer = 'b';
console.log(globalThis.process, globalThis.Buffer);
globalThis.process = realProcess;
globalThis.Buffer = realBuffer;
console.log(typeof Object.getOwnPropertyDescriptor(globalThis, 'process').get);

console.log(Crypto === crypto.constructor, SubtleCrypto === crypto.subtle.constructor);

console.log('warning listeners', process.listenerCount('warning'));
const write = process.stderr.write;
const events = [];
process.stderr.write = (data) => {
  events.push('stderr');
  return true;
};
process.on('warning', (w) => {
  events.push('listener ' + w.message);
  process.stderr.write = write;
  console.log(events);
});
process.emitWarning('careful');
