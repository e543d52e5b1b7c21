'use strict';
// Fractional delays share the whole-millisecond list, so they fire in
// creation order, and an interval with a fractional delay keeps running.
const order = [];
setTimeout(() => order.push(1), 1);
setTimeout(() => order.push(2), 1.8);
setTimeout(() => order.push(3), 1.1);
setTimeout(() => order.push(4), 1);
setTimeout(() => console.log('order', order), 2);

let n = 20;
const interval = setInterval(() => {
  if (--n === 0) {
    clearInterval(interval);
    console.log('interval done');
  }
}, 1.1);
