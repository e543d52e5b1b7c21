'use strict';
// What happens at the edges of a run: uncaught exceptions, 'beforeExit',
// 'exit' and the exit code, formatted and ordered as node does.

const binding = internalBinding('process');
const { normalizeExitCode } = require('internal/process/object');

function isErrorLike(value) {
  return value instanceof Error || (value !== null && typeof value === 'object' && typeof value.stack === 'string');
}

function printFatal(err, source) {
  const { inspect } = require('internal/util/inspect');
  let text;
  if (isErrorLike(err)) {
    // As node: the error's own inspect hook is ignored and nesting is shown
    // at least 5 levels deep (internal/errors' afterInspector).
    const shown = require('internal/errors').fatalExceptionStackEnhancers.afterInspector(err);
    text = `${source ? source + '\n' : ''}${shown}\n`;
  } else {
    const shown = typeof err === 'string' ? err : inspect(err);
    text = `\n${source}${shown}\n(Use \`vigil --trace-uncaught ...\` to show where the exception was thrown)\n`;
  }
  binding.writeStdio(2, `${text}\nvigil ${process.version}\n`);
}

// process._fatalException, as node names it: the handlers' turn. Returns
// true when a handler took the error; otherwise 'exit' has been emitted.
function fatalException(err, fromPromise) {
  const origin = fromPromise ? 'unhandledRejection' : 'uncaughtException';
  if (process.listenerCount('uncaughtExceptionMonitor') > 0) {
    process.emit('uncaughtExceptionMonitor', err, origin);
  }
  const capture = process._uncaughtExceptionCaptureCallback;
  if (capture) {
    capture(err);
    return true;
  }
  if (process.listenerCount('uncaughtException') > 0) {
    process.emit('uncaughtException', err, origin);
    return true;
  }
  // A debugger sees it first (Runtime.exceptionThrown), as in node. Then
  // 'exit' is emitted before the error is printed, and an 'exit' listener
  // may still choose the exit code.
  binding.reportFatalException(err);
  try {
    if (!process._exiting) {
      process._exiting = true;
      process.exitCode = 1;
      process.emit('exit', 1);
    }
  } catch {
    // Nothing more can be done about it now.
  }
  return false;
}

function printFatalOrFallback(err, source) {
  try {
    printFatal(err, source);
  } catch {
    binding.writeStdio(2, `${source}${String(err)}\n`);
  }
}

// Called by the runtime for an exception nobody caught. Like node, it goes
// through process._fatalException, which programs may replace; one that is
// no function at all ends the process with node's exit code 6.
function onUncaughtException(err, fromPromise, source, file, line, column) {
  // Thrown from a module with a source map: show the original line.
  if (file !== undefined && process.execArgv !== undefined &&
      require('internal/source_map/source_map_cache').getSourceMapsEnabled()) {
    const mapped = require('internal/source_map/prepare_stack_trace').getSourceMapErrorSource(file, line, column);
    if (typeof mapped === 'string') source = mapped;
  }
  const handler = process._fatalException;
  if (typeof handler !== 'function') {
    printFatalOrFallback(err, source);
    binding.reallyExit(6);
    return false;
  }
  if (handler === fatalException) {
    if (fatalException(err, fromPromise)) return true;
  } else if (handler(err, fromPromise)) {
    return true;
  }
  if (handler !== fatalException) binding.reportFatalException(err);
  // In a worker the exception goes to the parent's 'error' event instead,
  // and the worker (not the process) ends with code 1.
  if (internalBinding('worker').info().threadId !== 0) {
    internalBinding('worker').reportError(err);
    binding.reallyExit(process.exitCode === undefined ? 1 : normalizeExitCode(process.exitCode));
    return false;
  }
  printFatalOrFallback(err, source);
  binding.reallyExit(process.exitCode === undefined ? 1 : normalizeExitCode(process.exitCode));
  return false;
}

function emitBeforeExit() {
  if (process._exiting) return;
  process.emit('beforeExit', normalizeExitCode(process.exitCode));
}

// Returns the exit code once the 'exit' listeners have run.
function emitExit() {
  if (process.exitCode === undefined && require('internal/main').isMainPending()) {
    // A top-level await that can never settle: node's exit code 13.
    process.exitCode = 13;
  }
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', normalizeExitCode(process.exitCode));
  }
  return normalizeExitCode(process.exitCode);
}

module.exports = { onUncaughtException, fatalException, emitBeforeExit, emitExit, printFatal };
