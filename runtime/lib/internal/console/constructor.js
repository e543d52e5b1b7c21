'use strict';

// The Console class: formats its arguments like node (util.formatWithOptions)
// and writes each message plus '\n' with stream.write(string). The global
// console is an instance bound lazily to process.stdout / process.stderr.

const {
  isStackOverflowError,
  codes: { ERR_CONSOLE_WRITABLE_STREAM, ERR_INCOMPATIBLE_OPTION_PAIR },
} = require('internal/errors');
const {
  validateArray, validateInteger, validateObject, validateOneOf,
} = require('internal/validators');
const { inspect, formatWithOptions } = require('internal/util/inspect');

const utilBinding = internalBinding('util');
const types = internalBinding('types');

const kCounts = Symbol('counts');
const kGroupIndent = Symbol('kGroupIndent');
const kGroupIndentationWidth = Symbol('kGroupIndentWidth');
const kFormatForStderr = Symbol('kFormatForStderr');
const kFormatForStdout = Symbol('kFormatForStdout');
const kGetInspectOptions = Symbol('kGetInspectOptions');
const kColorMode = Symbol('kColorMode');
const kIsConsole = Symbol('kIsConsole');
const kWriteToConsole = Symbol('kWriteToConsole');
const kBindProperties = Symbol('kBindProperties');
const kBindStreamsEager = Symbol('kBindStreamsEager');
const kBindStreamsLazy = Symbol('kBindStreamsLazy');
const kUseStdout = Symbol('kUseStdout');
const kUseStderr = Symbol('kUseStderr');

const kSecond = 1000;
const kMinute = 60 * kSecond;
const kHour = 60 * kMinute;
const kMaxGroupIndentation = 1000;

const optionsMap = new WeakMap();

// Colors are used on terminals that support them, or when FORCE_COLOR
// asks for them (same values as node's tty.getColorDepth). A stream without
// getColorDepth gets node's environment rules: NO_COLOR,
// NODE_DISABLE_COLORS and TERM=dumb turn colors off.
let warnedDeactivatedColors = false;
// Forcing colors wins over NO_COLOR / NODE_DISABLE_COLORS; node says so once.
function warnOnDeactivatedColors(env) {
  if (warnedDeactivatedColors) return;
  let name = '';
  if (env.NODE_DISABLE_COLORS !== undefined) name = 'NODE_DISABLE_COLORS';
  if (env.NO_COLOR !== undefined) name += `${name !== '' ? "' and '" : ''}NO_COLOR`;
  if (name !== '') {
    warnedDeactivatedColors = true;
    emitWarning(`The '${name}' env is ignored due to the 'FORCE_COLOR' env being set.`);
  }
}

function shouldColorize(stream) {
  const env = process.env;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    const on = force === '' || force === '1' || force === 'true' || force === '2' || force === '3';
    if (on) warnOnDeactivatedColors(env);
    return on;
  }
  if (!stream?.isTTY) return false;
  if (typeof stream.getColorDepth === 'function') return stream.getColorDepth() > 2;
  return env.NO_COLOR === undefined && env.NODE_DISABLE_COLORS === undefined && env.TERM !== 'dumb';
}

function emitWarning(message) {
  if (typeof process.emitWarning === 'function') process.emitWarning(message);
}

function Console(options /* or: stdout, stderr, ignoreErrors = true */) {
  if (new.target === undefined) return Reflect.construct(Console, arguments);
  if (!options || typeof options.write === 'function') {
    options = { stdout: options, stderr: arguments[1], ignoreErrors: arguments[2] };
  }
  const {
    stdout,
    stderr = stdout,
    ignoreErrors = true,
    colorMode = 'auto',
    inspectOptions,
    groupIndentation,
  } = options;
  if (!stdout || typeof stdout.write !== 'function') throw new ERR_CONSOLE_WRITABLE_STREAM('stdout');
  if (!stderr || typeof stderr.write !== 'function') throw new ERR_CONSOLE_WRITABLE_STREAM('stderr');
  validateOneOf(colorMode, 'colorMode', ['auto', true, false]);
  if (groupIndentation !== undefined) {
    validateInteger(groupIndentation, 'groupIndentation', 0, kMaxGroupIndentation);
  }
  if (inspectOptions !== undefined) {
    validateObject(inspectOptions, 'options.inspectOptions');
    if (inspectOptions.colors !== undefined && options.colorMode !== undefined) {
      throw new ERR_INCOMPATIBLE_OPTION_PAIR('options.inspectOptions.color', 'colorMode');
    }
    optionsMap.set(this, inspectOptions);
  }
  bindMethods(this);
  this[kBindStreamsEager](stdout, stderr);
  this[kBindProperties](ignoreErrors, colorMode, groupIndentation);
}

// Methods are bound to the instance (taken from the instance, so that
// subclasses can override them) so that `const { log } = console` works.
function bindMethods(target) {
  for (const key of Object.keys(Console.prototype)) {
    target[key] = target[key].bind(target);
    Object.defineProperty(target[key], 'name', { value: key });
  }
}

const hidden = { writable: true, enumerable: false, configurable: true };

// `globalConsole instanceof Console` holds although it was not constructed.
Object.defineProperty(Console, Symbol.hasInstance, {
  value(instance) {
    return instance !== null && instance !== undefined && instance[kIsConsole] === true;
  },
});

function noop() {}

function writeToConsole(self, streamSymbol, string) {
  const useStdout = streamSymbol === kUseStdout;
  const stream = useStdout ? self._stdout : self._stderr;
  const groupIndent = self[kGroupIndent];
  if (groupIndent.length !== 0) {
    if (string.includes('\n')) string = string.replace(/\n/g, `\n${groupIndent}`);
    string = groupIndent + string;
  }
  string += '\n';
  if (self._ignoreErrors === false) return stream.write(string);
  // Write errors are swallowed: a console is a debugging aid and must not
  // turn a closed pipe into an exception. A temporary no-op 'error'
  // listener catches synchronous failures.
  const canListen = typeof stream.listenerCount === 'function' && typeof stream.once === 'function';
  try {
    if (canListen && stream.listenerCount('error') === 0) stream.once('error', noop);
    stream.write(string, useStdout ? self._stdoutErrorHandler : self._stderrErrorHandler);
  } catch (e) {
    if (isStackOverflowError(e)) throw e;
  } finally {
    if (canListen && typeof stream.removeListener === 'function') stream.removeListener('error', noop);
  }
}

function createWriteErrorHandler(instance, streamSymbol) {
  return (err) => {
    const stream = streamSymbol === kUseStdout ? instance._stdout : instance._stderr;
    if (err != null && !stream._writableState?.errorEmitted &&
        typeof stream.listenerCount === 'function' && stream.listenerCount('error') === 0) {
      stream.once('error', noop);
    }
  };
}

const kColorInspectOptions = { colors: true };
const kNoColorInspectOptions = {};

Object.defineProperties(Console.prototype, {
  [kBindStreamsEager]: {
    ...hidden,
    value(stdout, stderr) {
      Object.defineProperties(this, {
        _stdout: { ...hidden, value: stdout },
        _stderr: { ...hidden, value: stderr },
      });
    },
  },
  // The global console reads process.stdout/stderr only when first used.
  [kBindStreamsLazy]: {
    ...hidden,
    value(object) {
      let stdout;
      let stderr;
      Object.defineProperties(this, {
        _stdout: {
          enumerable: false,
          configurable: true,
          get() { return stdout || (stdout = object.stdout); },
          set(value) { stdout = value; },
        },
        _stderr: {
          enumerable: false,
          configurable: true,
          get() { return stderr || (stderr = object.stderr); },
          set(value) { stderr = value; },
        },
      });
    },
  },
  [kBindProperties]: {
    ...hidden,
    value(ignoreErrors, colorMode, groupIndentation = 2) {
      Object.defineProperties(this, {
        _stdoutErrorHandler: { ...hidden, value: createWriteErrorHandler(this, kUseStdout) },
        _stderrErrorHandler: { ...hidden, value: createWriteErrorHandler(this, kUseStderr) },
        _ignoreErrors: { ...hidden, value: Boolean(ignoreErrors) },
        _times: { ...hidden, value: new Map() },
        [kCounts]: { ...hidden, value: new Map() },
        [kColorMode]: { ...hidden, value: colorMode },
        [kIsConsole]: { ...hidden, value: true },
        [kGroupIndent]: { ...hidden, value: '' },
        [kGroupIndentationWidth]: { ...hidden, value: groupIndentation },
        [Symbol.toStringTag]: { writable: false, enumerable: false, configurable: true, value: 'console' },
      });
    },
  },
  [kWriteToConsole]: {
    ...hidden,
    value(streamSymbol, string) {
      return writeToConsole(this, streamSymbol, string);
    },
  },
  [kGetInspectOptions]: {
    ...hidden,
    value(stream) {
      let color = this[kColorMode];
      if (color === 'auto') color = shouldColorize(stream);
      const options = optionsMap.get(this);
      if (options) {
        if (options.colors === undefined) options.colors = color;
        return options;
      }
      return color ? kColorInspectOptions : kNoColorInspectOptions;
    },
  },
  [kFormatForStdout]: {
    ...hidden,
    value(args) {
      return formatWithOptions(this[kGetInspectOptions](this._stdout), ...args);
    },
  },
  [kFormatForStderr]: {
    ...hidden,
    value(args) {
      return formatWithOptions(this[kGetInspectOptions](this._stderr), ...args);
    },
  },
});

function pad(value) {
  return `${value}`.padStart(2, '0');
}

// 1.234ms, 1.234s, 1:02.345 (m:ss.mmm), 1:02:03.456 (h:mm:ss.mmm).
function formatTime(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= kSecond) {
    if (ms >= kMinute) {
      if (ms >= kHour) {
        hours = Math.floor(ms / kHour);
        ms %= kHour;
      }
      minutes = Math.floor(ms / kMinute);
      ms %= kMinute;
    }
    seconds = ms / kSecond;
  }
  if (hours !== 0 || minutes !== 0) {
    [seconds, ms] = seconds.toFixed(3).split('.');
    const res = hours !== 0 ? `${hours}:${pad(minutes)}` : minutes;
    return `${res}:${pad(seconds)}.${ms} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) return `${seconds.toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}

function now() {
  if (typeof process.hrtime === 'function') return process.hrtime();
  const t = performance.now();
  return [Math.floor(t / 1000), Math.round((t % 1000) * 1e6)];
}

function elapsedMs(start) {
  if (typeof process.hrtime === 'function') {
    const d = process.hrtime(start);
    return d[0] * 1000 + d[1] / 1e6;
  }
  const t = now();
  return (t[0] - start[0]) * 1000 + (t[1] - start[1]) / 1e6;
}

function timeLogImpl(self, name, label, data) {
  const time = self._times.get(label);
  if (time === undefined) {
    emitWarning(`No such label '${label}' for console.${name}()`);
    return false;
  }
  const formatted = formatTime(elapsedMs(time));
  if (data === undefined) {
    self.log('%s: %s', label, formatted);
  } else {
    self.log('%s: %s', label, formatted, ...data);
  }
  return true;
}

const methods = require('internal/console/methods')({
  kWriteToConsole, kFormatForStdout, kFormatForStderr, kGetInspectOptions, kUseStdout, kUseStderr,
  kCounts, kGroupIndent, kGroupIndentationWidth, inspect, validateArray, emitWarning, now,
  timeLogImpl, utilBinding, types,
});
for (const key of Reflect.ownKeys(methods)) Console.prototype[key] = methods[key];
Console.prototype.debug = Console.prototype.log;
Console.prototype.info = Console.prototype.log;
Console.prototype.dirxml = Console.prototype.log;
Console.prototype.error = Console.prototype.warn;
Console.prototype.groupCollapsed = Console.prototype.group;

// Turns `target` into the global console. node's global console is a plain
// object, not a constructed Console: it carries every Console.prototype
// member (symbol-keyed internals included), functions bound to it.
function initializeGlobalConsole(target) {
  for (const key of Reflect.ownKeys(Console.prototype)) {
    if (key === 'constructor') continue;
    const desc = Object.getOwnPropertyDescriptor(Console.prototype, key);
    if (typeof desc.value === 'function') {
      // node's global methods are named after their key (console.info.name
      // is 'info' although it shares log's implementation).
      const name = typeof key === 'string' ? key : desc.value.name;
      desc.value = desc.value.bind(target);
      Object.defineProperty(desc.value, 'name', { value: name });
    }
    Object.defineProperty(target, key, desc);
  }
  target[kBindStreamsLazy](process);
  target[kBindProperties](true, 'auto');
  return target;
}

module.exports = {
  Console,
  kBindStreamsLazy,
  kBindProperties,
  initializeGlobalConsole,
  formatTime,
  shouldColorize,
};
