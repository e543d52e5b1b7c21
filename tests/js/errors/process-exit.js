// process.exit() stops at once: no more ticks, timers or microtasks.
process.on('exit', (code) => console.log('exit event', code, process.exitCode));
setTimeout(() => console.log('never'), 0);
Promise.resolve().then(() => console.log('never either'));
console.log('before');
process.exit(5);
console.log('not reached');
