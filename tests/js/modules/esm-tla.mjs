// Top-level await with timers: ordering as node.
console.log('a');
await new Promise((r) => setTimeout(r, 5));
console.log('b');
process.on('exit', (c) => console.log('exit', c));
