'use strict';

// Reachable only with --expose-internals: node's tests use it to reach the
// native bindings directly.

process.emitWarning('These APIs are for internal testing only. Do not use them.', 'internal/test/binding');

// node's 'constants' binding gathers the constants of several modules;
// vigil keeps them with each module's own binding, so it is put together
// here from those.
function testInternalBinding(name) {
  if (name === 'constants') {
    return {
      os: internalBinding('os').constants,
      fs: internalBinding('fs').constants,
      crypto: {},
      zlib: require('internal/zlib/constants').constants,
      trace: {},
    };
  }
  return internalBinding(name);
}

module.exports = { internalBinding: testInternalBinding };
