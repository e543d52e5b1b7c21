// nextTick before microtasks, after every callback; queueMicrotask.
setTimeout(() => {
  console.log('timeout 1');
  process.nextTick(() => console.log('tick in timeout 1'));
  Promise.resolve().then(() => console.log('promise in timeout 1'));
}, 0);
setTimeout(() => console.log('timeout 2'), 0);
Promise.resolve().then(() => {
  console.log('promise 1');
  process.nextTick(() => console.log('tick from promise'));
});
queueMicrotask(() => console.log('microtask'));
process.nextTick(() => {
  console.log('tick 1');
  Promise.resolve().then(() => console.log('promise from tick'));
  process.nextTick(() => console.log('tick 2'));
});
setImmediate(() => {
  console.log('immediate 1');
  process.nextTick(() => console.log('tick in immediate'));
});
setImmediate(() => console.log('immediate 2'));
console.log('main');
