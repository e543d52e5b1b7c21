'use strict';
// v8.promiseHooks: init/before/after/settled hooks see promises as V8 runs
// them; several hooks of a kind all run even when one throws, and what a
// hook throws reaches 'uncaughtException'; stopping a hook removes it.
const { promiseHooks } = require('v8');
const events = [];
const ids = new WeakMap();
let next = 0;
const id = (p) => {
  if (!ids.has(p)) ids.set(p, ++next);
  return ids.get(p);
};
process.on('uncaughtException', (err) => events.push(`uncaught ${err.message}`));
const stopAll = promiseHooks.createHook({
  init(promise, parent) {
    events.push(`init ${id(promise)}${parent ? ` parent ${id(parent)}` : ''}`);
  },
  before(promise) {
    events.push(`before ${id(promise)}`);
  },
  after(promise) {
    events.push(`after ${id(promise)}`);
  },
  settled(promise) {
    events.push(`settled ${id(promise)}`);
  },
});
const stopThrower = promiseHooks.onInit(() => {
  stopThrower();
  throw new Error('from init hook');
});
for (const bad of [undefined, async () => {}, 1]) {
  try {
    promiseHooks.onSettled(bad);
  } catch (err) {
    events.push(`${err.code} ${err.message}`);
  }
}
Promise.resolve(1).then((v) => v + 1).then(() => {
  stopAll();
  Promise.resolve();
  setTimeout(() => console.log(events.join('\n')), 10);
});
