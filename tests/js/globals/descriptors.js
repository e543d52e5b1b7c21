'use strict';
// The web-platform globals exist with node's property attributes.
for (const name of ['AbortController', 'AbortSignal', 'DOMException', 'structuredClone', 'performance']) {
  const desc = Object.getOwnPropertyDescriptor(globalThis, name);
  console.log(name, typeof globalThis[name], desc.enumerable, desc.configurable);
}
console.log(typeof require('perf_hooks').performance.now, require('perf_hooks').performance === performance);
console.log(require('timers/promises') === require('timers').promises);
