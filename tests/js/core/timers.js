// Timer semantics: ordering, args, clear, refresh, unref/hasRef, intervals.
const order = [];
setTimeout((a, b) => order.push(`t1 ${a} ${b}`), 1, 'x', 'y');
const cleared = setTimeout(() => order.push('cleared'), 1);
clearTimeout(cleared);
const t = setTimeout(() => order.push('unref never'), 1000);
console.log(t.hasRef(), t.unref() === t, t.hasRef());
let n = 0;
const iv = setInterval(() => {
  order.push(`iv ${++n}`);
  if (n === 3) clearInterval(iv);
}, 50);
const r = setTimeout(() => order.push('refreshed'), 5);
setTimeout(() => r.refresh(), 3);
const immediates = [];
setImmediate((x) => immediates.push(`imm ${x}`), 'arg');
const ci = setImmediate(() => immediates.push('cleared imm'));
clearImmediate(ci);
setTimeout(() => {
  console.log(order.join('\n'));
  console.log(immediates);
  console.log(typeof t[Symbol.toPrimitive](), 'number');
}, 250);
