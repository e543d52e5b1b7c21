// An uncaught exception: 'exit' is emitted (with code 1) before the error is
// printed, and an 'exit' listener may still choose the exit code.
process.on('exit', (code) => {
  process._rawDebug('exit listener', code, process.exitCode);
  process.exitCode = 3;
});
process.on('beforeExit', () => {
  throw new Error('thrown in beforeExit');
});
console.log('main done');
