// Flags: --expose-gc
'use strict';
// An AsyncResource collected without emitDestroy() reports 'destroy' to the
// hooks that have a destroy callback; one destroyed by hand reports once, and
// requireManualDestroy resources never report on collection.
const { AsyncResource, createHook } = require('async_hooks');
const ids = {};
const seen = [];
const hook = createHook({
  destroy(id) {
    for (const [name, value] of Object.entries(ids)) if (value === id) seen.push(name);
  },
}).enable();
(function () {
  ids.collected = new AsyncResource('A').asyncId();
  const manual = new AsyncResource('B');
  ids.manual = manual.asyncId();
  manual.emitDestroy();
  ids.requireManual = new AsyncResource('C', { requireManualDestroy: true }).asyncId();
})();
setImmediate(() => {
  global.gc();
  setTimeout(() => {
    hook.disable();
    console.log(seen.sort());
  }, 50);
});
