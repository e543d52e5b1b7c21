// 'unhandledRejection' and 'uncaughtException' listeners keep the process alive.
process.on('unhandledRejection', (reason, p) => console.log('unhandled', reason, p instanceof Promise));
process.on('uncaughtException', (err, origin) => console.log('caught', err.message, origin));
Promise.reject(42);
setTimeout(() => {
  throw new Error('from timer');
}, 1);
setTimeout(() => console.log('still running'), 20);
