// Timer semantics: ordering, args, clear, refresh, unref/hasRef, intervals.
// Each step starts from the previous one so a stalled machine cannot
// reorder them.
const order = [];
const t = setTimeout(() => order.push('unref never'), 100000);
console.log(t.hasRef(), t.unref() === t, t.hasRef());
const cleared = setTimeout(() => order.push('cleared'), 1);
clearTimeout(cleared);
const immediates = [];
setImmediate((x) => immediates.push(`imm ${x}`), 'arg');
const ci = setImmediate(() => immediates.push('cleared imm'));
clearImmediate(ci);

setTimeout((a, b) => {
  order.push(`t1 ${a} ${b}`);
  const started = Date.now();
  const r = setTimeout(() => {
    // refresh() at 20 ms restarted the 30 ms timer: it fires at >= 50 ms.
    order.push(`refreshed after ${Date.now() - started >= 49 ? '>= 50' : '< 50'} ms`);
    let n = 0;
    const iv = setInterval(() => {
      order.push(`iv ${++n}`);
      if (n === 3) {
        clearInterval(iv);
        console.log(order.join('\n'));
        console.log(immediates);
        console.log(typeof t[Symbol.toPrimitive](), 'number');
      }
    }, 5);
  }, 30);
  setTimeout(() => r.refresh(), 20);
}, 1, 'x', 'y');
