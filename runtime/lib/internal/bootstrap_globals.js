'use strict';
// The globals that come from library modules, in one list:
// [global name, module id, export name, enumerable]. Each loads on first use.
exports.list = [
  ['Buffer', 'buffer', 'Buffer', false],
  ['URL', 'internal/url', 'URL', false],
  ['URLSearchParams', 'internal/url', 'URLSearchParams', false],
  ['TextEncoder', 'util', 'TextEncoder', false],
  ['TextDecoder', 'util', 'TextDecoder', false],
  ['EventTarget', 'internal/event_target', 'EventTarget', false],
  ['Event', 'internal/event_target', 'Event', false],
];
