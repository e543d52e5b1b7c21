'use strict';
// The global console: every call reaches V8's own console (so the inspector
// sees Runtime.consoleAPICalled) and vigil's console (stdout/stderr).

const { consoleCall } = internalBinding('util');

function create(v8Console) {
  const console = require('console');
  if (!v8Console) return console;
  for (const name of Object.keys(v8Console)) {
    const ours = console[name];
    const theirs = v8Console[name];
    // Methods only V8 has (profile, profileEnd, timeStamp, context,
    // createTask) are exposed as they are, as node does.
    if (ours === undefined && typeof theirs === 'function') {
      Object.defineProperty(console, name, { value: theirs, writable: true, configurable: true, enumerable: true });
      continue;
    }
    if (typeof ours !== 'function' || typeof theirs !== 'function') continue;
    let wrapped;
    if (name === 'trace') {
      // console.trace cuts its own stack at this.trace: it must stay a
      // JavaScript function that appears on the stack.
      wrapped = {
        [name](...args) {
          theirs.apply(v8Console, args);
          return ours.apply(console, args);
        },
      }[name];
    } else {
      // A bound native function adds no frame: the inspector's message then
      // points at the caller's line, as node's does.
      wrapped = consoleCall.bind(console, theirs, ours);
      Object.defineProperty(wrapped, 'name', { value: name, configurable: true });
    }
    Object.defineProperty(console, name, { value: wrapped, writable: true, configurable: true, enumerable: true });
  }
  return console;
}

module.exports = { create };
