'use strict';

// Reachable only with --expose-internals: node's tests use it to reach the
// native bindings directly.

process.emitWarning('These APIs are for internal testing only. Do not use them.', 'internal/test/binding');

module.exports = { internalBinding };
