'use strict';

// util.debuglog: section loggers enabled by NODE_DEBUG (comma-separated,
// '*' wildcards, case-insensitive), writing `SECTION pid: message` to stderr.

let debugImpls;
let testEnabled;

function initializeDebugEnv(debugEnv) {
  debugImpls = { __proto__: null };
  if (debugEnv) {
    const pattern = debugEnv.replace(/[|\\{}()[\]^$+?.]/g, '\\$&')
      .replaceAll('*', '.*')
      .replaceAll(',', '$|^');
    const regex = new RegExp(`^${pattern}$`, 'i');
    testEnabled = (str) => regex.test(str);
  } else {
    testEnabled = () => false;
  }
}

function ensureInitialized() {
  if (testEnabled === undefined) initializeDebugEnv(process.env.NODE_DEBUG);
}

function emitWarningIfNeeded(set) {
  if (set === 'HTTP' || set === 'HTTP2') {
    process.emitWarning('Setting the NODE_DEBUG environment variable ' +
      `to '${set.toLowerCase()}' can expose sensitive ` +
      'data (such as passwords, tokens and authentication headers) ' +
      'in the resulting log.');
  }
}

const noop = () => {};

function debuglogImpl(enabled, set) {
  if (debugImpls[set] === undefined) {
    if (enabled) {
      const pid = process.pid;
      emitWarningIfNeeded(set);
      debugImpls[set] = function debug(...args) {
        const { inspect, format, formatWithOptions } = require('internal/util/inspect');
        const { shouldColorize } = require('internal/console/constructor');
        const colors = shouldColorize(process.stderr);
        const msg = formatWithOptions({ colors }, ...args);
        process.stderr.write(format('%s %s: %s\n', set, inspect(pid, { colors }), msg));
      };
    } else {
      debugImpls[set] = noop;
    }
  }
  return debugImpls[set];
}

// The environment is consulted on first use, so that loggers can be created
// while the library loads.
function debuglog(set, cb) {
  let enabled;
  function init() {
    ensureInitialized();
    set = set.toUpperCase();
    enabled = testEnabled(set);
  }
  let debug = (...args) => {
    init();
    debug = debuglogImpl(enabled, set);
    if (typeof cb === 'function') cb(debug);
    return debug(...args);
  };
  let test = () => {
    init();
    test = () => enabled;
    return enabled;
  };
  const logger = (...args) => debug(...args);
  Object.defineProperty(logger, 'enabled', {
    get() {
      return test();
    },
    configurable: true,
    enumerable: true,
  });
  return logger;
}

module.exports = { debuglog, initializeDebugEnv };
