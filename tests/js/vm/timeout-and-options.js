'use strict';
// vm: a run past its timeout throws ERR_SCRIPT_EXECUTION_TIMEOUT and the
// program goes on; run options are validated as node does; the one-call
// forms take a string as the filename.
const vm = require('vm');
for (const run of [
  () => vm.runInThisContext('for (;;) {}', { timeout: 30 }),
  () => vm.runInNewContext('while (true) {}', {}, { timeout: 10 }),
  () => new vm.Script('for (;;) {}').runInContext(vm.createContext(), { timeout: 20 }),
]) {
  try {
    run();
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
console.log(vm.runInThisContext('6 * 7', { timeout: 1000 }));
for (const options of [null, 'x', { timeout: 0 }, { timeout: -1 }, { timeout: 1.5 }, { timeout: 'a' },
  { displayErrors: 1 }, { breakOnSigint: 'no' }]) {
  try {
    new vm.Script('1').runInThisContext(options);
    console.log('accepted', options);
  } catch (err) {
    console.log(err.code, err.message);
  }
}
for (const options of [{ cachedData: 'x' }, { produceCachedData: 1 }, 42]) {
  try {
    new vm.Script('1', options);
  } catch (err) {
    console.log(err.code, err.message);
  }
}
try {
  vm.runInNewContext('throw new Error("in file")', {}, 'named.vm');
} catch (err) {
  console.log(err.stack.includes('named.vm:1'));
}
setTimeout(() => console.log('the loop still runs'), 5);
