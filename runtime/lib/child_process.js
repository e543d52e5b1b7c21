'use strict';
// child_process is being built on libuv's uv_spawn (issue: non-blocking I/O,
// part 1). Until it lands, every entry point fails with a clear error rather
// than misbehaving; requiring the module works, so code that only imports it
// (like Node's test/common) loads.
const { codes } = require('internal/errors');

function notYet(name) {
  return function () {
    throw new codes.ERR_METHOD_NOT_IMPLEMENTED(`child_process.${name}()`);
  };
}

for (const name of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']) {
  exports[name] = notYet(name);
}
exports.ChildProcess = class ChildProcess {
  constructor() {
    throw new codes.ERR_METHOD_NOT_IMPLEMENTED('ChildProcess');
  }
};
