'use strict';
// The globals that come from library modules, in one list:
// [global name, module id, export name, enumerable]. Each loads on first use.
exports.list = [
  ['Buffer', 'buffer', 'Buffer', false],
  ['atob', 'buffer', 'atob', true],
  ['btoa', 'buffer', 'btoa', true],
  ['Blob', 'buffer', 'Blob', false],
  ['File', 'buffer', 'File', false],
  ['URL', 'internal/url', 'URL', false],
  ['URLSearchParams', 'internal/url', 'URLSearchParams', false],
  ['TextEncoder', 'util', 'TextEncoder', false],
  ['TextDecoder', 'util', 'TextDecoder', false],
  ['EventTarget', 'internal/event_target', 'EventTarget', false],
  ['Event', 'internal/event_target', 'Event', false],
  ['CustomEvent', 'internal/event_target', 'CustomEvent', false],
  ['DOMException', 'internal/domexception', 'DOMException', false],
  ['AbortController', 'internal/abort_controller', 'AbortController', false],
  ['AbortSignal', 'internal/abort_controller', 'AbortSignal', false],
  ['structuredClone', 'internal/structured_clone', 'structuredClone', true],
  ['performance', 'perf_hooks', 'performance', true],
  ['MessageChannel', 'internal/worker/io', 'MessageChannel', false],
  ['MessagePort', 'internal/worker/io', 'MessagePort', false],
  ['MessageEvent', 'internal/worker/io', 'MessageEvent', false],
  ['crypto', 'crypto', 'webcrypto', false],
];
