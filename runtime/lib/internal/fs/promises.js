'use strict';
// What node's tests reach with --expose-internals as
// require('internal/fs/promises'): the FileHandle class, which fs/promises
// stores here as it loads, and the public module as `exports`.

module.exports = { FileHandle: undefined };
Object.defineProperty(module.exports, 'exports', {
  enumerable: true,
  get() {
    return require('fs/promises');
  },
});
// Loading fs/promises (if this module came first) fills in FileHandle.
require('fs/promises');
