'use strict';
// Fills in `process` from the Environment (runtime/src/process.cc). Nothing
// here reads the OS process directly: argv, env, cwd and exit belong to the
// Environment, so the daemon can run many scripts in one process.

const binding = internalBinding('process');

function stackCheck() {}

function debugPortOption(execArgv) {
  let port = 9229;
  for (let i = 0; i < execArgv.length; i++) {
    const arg = execArgv[i];
    let value;
    const match = /^--(?:inspect-port|debug-port|inspect|inspect-brk|inspect-wait)=(.*)$/.exec(arg);
    if (match) value = match[1];
    else if ((arg === '--inspect-port' || arg === '--debug-port') && i + 1 < execArgv.length) value = execArgv[++i];
    if (value === undefined) continue;
    const colon = value.lastIndexOf(':');
    const text = colon === -1 ? value : value.slice(colon + 1);
    if (/^\d+$/.test(text)) port = Number(text);
  }
  return port;
}

function setup(process) {
  const info = binding.info();
  const startTime = binding.hrtimeBigInt();

  // --title NAME names the process, as node's option does (vigil does not
  // rename the OS process: the daemon runs many scripts in one).
  process.title = require('internal/options').getOptionValues(info.execArgv, '--title').pop() ?? 'vigil';
  process.version = 'v' + info.version;
  process.versions = {
    vigil: info.version,
    node: '20.20.2',
    v8: info.v8,
    uv: info.uv,
    // test/common (and user code) detect crypto support from this entry.
    openssl: internalBinding('crypto').opensslVersion,
  };
  process.release = { name: 'vigil', sourceUrl: '', headersUrl: '' };
  process.arch = { x86_64: 'x64', aarch64: 'arm64', i686: 'ia32' }[info.machine] || info.machine;
  process.platform = 'linux';
  process.pid = info.pid;
  process.ppid = info.ppid;
  process.execPath = info.execPath;
  process.argv0 = info.argv0;
  process.execArgv = info.execArgv;
  process.argv = [info.execPath];
  process.features = { inspector: true, ipv6: true, tls: false, uv: true, cached_builtins: true };
  // V8 comes with ICU (Intl) and vigil links ICU for IDNA; node's tests
  // read this flag to decide whether Intl-dependent checks run.
  process.config = { variables: { v8_enable_i18n_support: 1 } };
  process.noDeprecation = info.execArgv.includes('--no-deprecation');
  process.throwDeprecation = info.execArgv.includes('--throw-deprecation');
  process.traceDeprecation = info.execArgv.includes('--trace-deprecation');
  // Node marks each reverted security fix on process (daemon/options.cc
  // accepts the one node 20 knows).
  if (info.execArgv.some((arg, i, all) => arg === '--security-revert=CVE-2024-27980' ||
      (arg === '--security-revert' && all[i + 1] === 'CVE-2024-27980'))) {
    process.REVERT_CVE_2024_27980 = true;
  }
  process._exiting = false;
  process.exitCode = undefined;
  process.env = binding.makeEnv(warnNonStringEnvValue);

  process.cwd = function cwd() {
    return binding.cwd();
  };
  process.chdir = function chdir(directory) {
    require('internal/validators').validateString(directory, 'directory');
    const path = require('path');
    const target = path.resolve(binding.cwd(), directory);
    const err = binding.chdir(target);
    if (err < 0) {
      const e = internalBinding('uv').uvException(err, 'chdir', process.cwd(), directory);
      Error.captureStackTrace(e, chdir);
      throw e;
    }
  };
  process.hrtime = function hrtime(previous) {
    const [sec, nsec] = binding.hrtime();
    if (previous !== undefined) {
      if (!Array.isArray(previous)) {
        const { codes } = require('internal/errors');
        throw new codes.ERR_INVALID_ARG_TYPE('time', 'Array', previous);
      }
      if (previous.length !== 2) {
        const { codes } = require('internal/errors');
        throw new codes.ERR_OUT_OF_RANGE('time', 2, previous.length);
      }
      let s = sec - previous[0];
      let ns = nsec - previous[1];
      if (ns < 0) {
        s -= 1;
        ns += 1e9;
      }
      return [s, ns];
    }
    return [sec, nsec];
  };
  process.hrtime.bigint = binding.hrtimeBigInt;
  process.uptime = function uptime() {
    return Number(binding.hrtimeBigInt() - startTime) / 1e9;
  };
  process.memoryUsage = function memoryUsage() {
    const [rss, heapTotal, heapUsed, external, arrayBuffers] = binding.memoryUsage();
    return { rss, heapTotal, heapUsed, external, arrayBuffers };
  };
  process.memoryUsage.rss = binding.rss;
  process.cpuUsage = function cpuUsage(prevValue) {
    const [user, system] = binding.cpuUsage();
    if (prevValue) {
      checkPreviousCpuUsage(prevValue, 'user');
      checkPreviousCpuUsage(prevValue, 'system');
      return { user: user - prevValue.user, system: system - prevValue.system };
    }
    return { user, system };
  };
  process.resourceUsage = function resourceUsage() {
    const [userCPUTime, systemCPUTime] = binding.cpuUsage();
    return { userCPUTime, systemCPUTime, maxRSS: Math.round(binding.rss() / 1024) };
  };
  // Asked each time: the setters below change them.
  process.getuid = function getuid() { return binding.ids()[0]; };
  process.geteuid = function geteuid() { return binding.ids()[1]; };
  process.getgid = function getgid() { return binding.ids()[2]; };
  process.getegid = function getegid() { return binding.ids()[3]; };
  process.getgroups = function getgroups() { return binding.getgroups(); };
  process.setuid = credentialSetter('User', binding.setuid);
  process.seteuid = credentialSetter('User', binding.seteuid);
  process.setgid = credentialSetter('Group', binding.setgid);
  process.setegid = credentialSetter('Group', binding.setegid);
  process.setgroups = function setgroups(groups) {
    require('internal/validators').validateArray(groups, 'groups');
    for (let i = 0; i < groups.length; i++) validateCredentialId(groups[i], `groups[${i}]`);
    const result = binding.setgroups(groups);
    if (result > 0) {
      const { codes } = require('internal/errors');
      throw new codes.ERR_UNKNOWN_CREDENTIAL('Group', groups[result - 1]);
    }
  };
  process.initgroups = function initgroups(user, extraGroup) {
    validateCredentialId(user, 'user');
    validateCredentialId(extraGroup, 'extraGroup');
    const result = binding.initgroups(user, extraGroup);
    if (result !== 0) {
      const { codes } = require('internal/errors');
      throw result === 1 ? new codes.ERR_UNKNOWN_CREDENTIAL('User', user) :
        new codes.ERR_UNKNOWN_CREDENTIAL('Group', extraGroup);
    }
  };
  process.umask = function umask(mask) {
    if (mask === undefined) return binding.umask();
    return binding.umask(require('internal/validators').parseFileMode(mask, 'mask'));
  };
  // Deprecated (DEP0100) but still there in node 20.
  let assertWarned = false;
  process.assert = function assert(value, message) {
    if (!assertWarned) {
      assertWarned = true;
      process.emitWarning('process.assert() is deprecated. Please use the `assert` module instead.',
                          'DeprecationWarning', 'DEP0100');
    }
    if (!value) {
      const { codes } = require('internal/errors');
      throw new codes.ERR_ASSERTION(message || 'assertion error');
    }
  };
  // The raw system call, separate so that tests (and node code) can
  // replace it without sending real signals.
  process._kill = function _kill(pid, sig) {
    return binding.kill(pid, sig);
  };
  process.kill = function kill(pid, sig = 'SIGTERM') {
    const { codes } = require('internal/errors');
    if (pid != (pid | 0)) throw new codes.ERR_INVALID_ARG_TYPE('pid', 'number', pid);
    let signal = sig;
    if (typeof sig === 'string') {
      signal = require('internal/process/signals').signalNumber(sig);
      if (signal === undefined) throw new codes.ERR_UNKNOWN_SIGNAL(sig);
    }
    // A signal this process sends itself that no listener handles will most
    // likely end it: coverage and profiles are written first, as at exit.
    if (signal > 0 && (pid === 0 || pid === -1 || pid === process.pid || pid === -process.pid)) {
      const name = require('internal/process/signals').signalName(signal);
      if (name === undefined || process.listenerCount(name) === 0) internalBinding('profiler').endProfilers();
    }
    const err = process._kill(pid, signal);
    // node reports kill failures as "kill ESRCH" (errno style), not uv style.
    if (err) throw require('internal/errors').errnoException(err, 'kill');
    return true;
  };
  process.exit = function exit(code) {
    if (code !== undefined) process.exitCode = code;
    if (!process._exiting) {
      process._exiting = true;
      process.emit('exit', normalizeExitCode(process.exitCode));
    }
    // Through the property, which programs (and node's tests) may replace.
    process.reallyExit(normalizeExitCode(process.exitCode));
    // The environment's termination is checked at the next function call:
    // this one, so that no statement after process.exit() runs (visible in
    // a Worker, whose process goes on).
    stackCheck();
  };
  process.reallyExit = (code) => binding.reallyExit(code | 0);
  // Straight to stderr, past process.stderr and the tick queue (node's
  // tests use it when nothing else may run).
  process._rawDebug = function _rawDebug(...args) {
    binding.writeStdio(2, `${require('internal/util/inspect').format(...args)}\n`);
  };
  process.abort = () => binding.reallyExit(134);
  process.emitWarning = (...args) => require('internal/process/warning').emitWarning(...args);
  process.nextTick = require('internal/process/task_queues').nextTick;
  process.binding = processBinding;
  // The inspector's port as the command line set it (9229 by default);
  // assigning it checks the range as node does.
  let debugPort = debugPortOption(info.execArgv);
  Object.defineProperty(process, 'debugPort', {
    configurable: true,
    enumerable: true,
    get() {
      return debugPort;
    },
    set(value) {
      const number = +value;
      const port = Number.isFinite(number) ? Math.trunc(number) : 0;
      if ((port !== 0 && port < 1024) || port > 65535) {
        throw new RangeError('process.debugPort must be 0 or in range 1024 to 65535');
      }
      debugPort = port;
    },
  });
  // The switch of internal/source_map (stack traces at original positions).
  Object.defineProperty(process, 'sourceMapsEnabled', {
    configurable: true,
    enumerable: true,
    get() {
      return require('internal/source_map/source_map_cache').getSourceMapsEnabled();
    },
  });

  process.getActiveResourcesInfo = function getActiveResourcesInfo() {
    const { timeouts, immediates } = require('internal/timers').activeCounts();
    // Requests first, then handles, then timers, as node lists them.
    const requests = internalBinding('fs').activeRequests();
    const { FSReqPromise } = require('internal/fs/utils');
    return [
      ...requests.map((req) => (req instanceof FSReqPromise ? 'FSReqPromise' : 'FSReqCallback')),
      ...binding.activeHandles(),
      ...new Array(timeouts).fill('Timeout'),
      ...new Array(immediates).fill('Immediate'),
    ];
  };
  process._getActiveHandles = function _getActiveHandles() {
    return binding.activeHandles();
  };
  process._getActiveRequests = function _getActiveRequests() {
    return internalBinding('fs').activeRequests();
  };
  process.constrainedMemory = function constrainedMemory() {
    return binding.constrainedMemory();
  };
  let captureCallback = null;
  process.setSourceMapsEnabled = function setSourceMapsEnabled(value) {
    require('internal/source_map/source_map_cache').setSourceMapsEnabled(value);
  };
  process.setUncaughtExceptionCaptureCallback = function setUncaughtExceptionCaptureCallback(fn) {
    const { codes } = require('internal/errors');
    if (fn === null) {
      captureCallback = null;
      binding.setShouldAbortOnUncaught(true);
      return;
    }
    if (typeof fn !== 'function') throw new codes.ERR_INVALID_ARG_TYPE('fn', ['Function', 'null'], fn);
    if (captureCallback !== null) throw new codes.ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET();
    captureCallback = fn;
    binding.setShouldAbortOnUncaught(false);
  };
  process.hasUncaughtExceptionCaptureCallback = function hasUncaughtExceptionCaptureCallback() {
    return captureCallback !== null;
  };
  // Read by internal/process/execution when an exception reaches the top.
  Object.defineProperty(process, '_uncaughtExceptionCaptureCallback', {
    get: () => captureCallback,
    enumerable: false,
    configurable: true,
  });
  process.allowedNodeEnvironmentFlags = new Set();

  const stdio = require('internal/process/stdio');
  stdio.install(process);

  process.on('newListener', (type) => {
    if (typeof type === 'string' && type.startsWith('SIG')) {
      require('internal/process/signals').startListeningIfSignal(type);
    }
  });
  process.on('removeListener', (type) => {
    if (typeof type === 'string' && type.startsWith('SIG')) {
      require('internal/process/signals').stopListeningIfSignal(type);
    }
  });
}

// process.binding(): node's deprecated window onto its bindings, open only
// for the names node allows (those vigil has), with node's deprecation
// warnings. 'util' is the legacy wrapper: the type checks util.types has.
const kProcessBindingAllowList = new Set([
  'async_wrap', 'buffer', 'cares_wrap', 'config', 'constants', 'contextify', 'crypto', 'fs', 'fs_event_wrap',
  'http_parser', 'icu', 'inspector', 'js_stream', 'natives', 'os', 'pipe_wrap', 'process_wrap', 'signal_wrap',
  'spawn_sync', 'stream_wrap', 'tcp_wrap', 'tls_wrap', 'tty_wrap', 'udp_wrap', 'url', 'util', 'uv', 'v8', 'zlib',
]);
const kProcessBindingDeprecated = new Set(['async_wrap', 'crypto', 'http_parser', 'signal_wrap', 'url', 'v8', 'zlib']);
const kLegacyUtilNames = [
  'isAnyArrayBuffer', 'isArrayBuffer', 'isArrayBufferView', 'isAsyncFunction', 'isDataView', 'isDate', 'isExternal',
  'isMap', 'isMapIterator', 'isNativeError', 'isPromise', 'isRegExp', 'isSet', 'isSetIterator', 'isTypedArray',
  'isUint8Array',
];

function processBinding(name) {
  name = String(name);
  if (kProcessBindingAllowList.has(name)) {
    if (kProcessBindingDeprecated.has(name)) {
      kProcessBindingDeprecated.delete(name);
      process.emitWarning(`Access to process.binding('${name}') is deprecated.`, 'DeprecationWarning', 'DEP0111');
    }
    if (name === 'util') {
      const types = require('internal/util/types');
      const legacy = {};
      for (const key of kLegacyUtilNames) legacy[key] = types[key];
      return legacy;
    }
    let found;
    try {
      found = internalBinding(name);
    } catch {
      // Not one vigil has: reported as node reports names it does not know.
    }
    if (found !== undefined) return found;
  }
  throw new Error(`No such module: ${name}`);
}

function normalizeExitCode(code) {
  if (code === undefined || code === null) return 0;
  const n = Number(code);
  return Number.isNaN(n) ? 0 : n | 0;
}

// A uid or gid as node's credential functions take it: a 32-bit unsigned
// number or a name.
function validateCredentialId(id, name) {
  if (typeof id === 'number') {
    require('internal/validators').validateUint32(id, name);
  } else if (typeof id !== 'string') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE(name, ['number', 'string'], id);
  }
}

// process.setuid and its kin; `kind` names the credential in the error for
// an unknown name ("User identifier does not exist: x").
function credentialSetter(kind, method) {
  return function(id) {
    validateCredentialId(id, 'id');
    if (typeof id === 'number') id >>>= 0;
    if (method(id) === 1) {
      const { codes } = require('internal/errors');
      throw new codes.ERR_UNKNOWN_CREDENTIAL(kind, id);
    }
  };
}

// process.cpuUsage(prevValue): node's checks, in node's order.
function checkPreviousCpuUsage(prevValue, field) {
  const value = prevValue[field];
  if (typeof value === 'number' && value >= 0 && value !== Infinity) return;
  const validators = require('internal/validators');
  validators.validateObject(prevValue, 'prevValue');
  validators.validateNumber(value, `prevValue.${field}`);
  const { codes } = require('internal/errors');
  throw new codes.ERR_INVALID_ARG_VALUE.RangeError(`prevValue.${field}`, value);
}

// DEP0104, once, for a process.env value that is not a string, number or
// boolean (process.env itself lives in runtime/src/process_env.cc).
function warnNonStringEnvValue() {
  if (!require('internal/util').pendingDeprecation()) return;
  process.emitWarning(
    'Assigning any value other than a string, number, or boolean to a process.env property is ' +
    'deprecated. Please make sure to convert the value to a string before setting process.env with it.',
    'DeprecationWarning', 'DEP0104');
}

module.exports = { setup, normalizeExitCode };
