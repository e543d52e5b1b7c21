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

function onUncaughtException(err, fromPromise, source) {
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
  // A debugger sees it first (Runtime.exceptionThrown), as in node.
  binding.reportFatalException(err);
  try {
    printFatal(err, source);
  } catch {
    binding.writeStdio(2, `${source}${String(err)}\n`);
  }
  process.exitCode = 1;
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', 1);
  }
  binding.reallyExit(1);
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

module.exports = { onUncaughtException, emitBeforeExit, emitExit, printFatal };
