'use strict';
// process.emitWarning and the default 'warning' printer.

let traceHintShown = false;

function printWarning(warning) {
  // process.emit('warning', x) with anything but an Error prints nothing.
  if (!(warning instanceof Error)) return;
  if (process.execArgv.includes('--no-warnings')) return;
  const code = warning.code ? `[${warning.code}] ` : '';
  let text = `(vigil:${process.pid}) ${code}${warning.name}: ${warning.message}\n`;
  if (process.execArgv.includes('--trace-warnings')) {
    text = `(vigil:${process.pid}) ${code}${warning.stack}\n`;
  } else if (!traceHintShown) {
    traceHintShown = true;
    const flag = warning.name === 'DeprecationWarning' ? '--trace-deprecation' : '--trace-warnings';
    text += `(Use \`vigil ${flag} ...\` to show where the warning was created)\n`;
  }
  if (typeof warning.detail === 'string') text += `${warning.detail}\n`;
  // Like node, warnings go through console.error (so process.stderr.write
  // and console.group indentation apply); raw stderr is the fallback.
  try {
    require('console').error(text.slice(0, -1));
  } catch {
    internalBinding('process').writeStdio(2, text);
  }
}

function emitWarning(warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  }
  if (type !== undefined) require('internal/validators').validateString(type, 'type');
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  } else if (code !== undefined) {
    require('internal/validators').validateString(code, 'code');
  }
  if (typeof warning === 'string') {
    const limit = Error.stackTraceLimit;
    const err = new Error(warning);
    Error.stackTraceLimit = limit;
    err.name = String(type || 'Warning');
    if (code !== undefined) err.code = code;
    if (detail !== undefined) err.detail = detail;
    Error.captureStackTrace(err, ctor || process.emitWarning);
    warning = err;
  } else if (!(warning instanceof Error)) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
  }
  if (warning.name === 'DeprecationWarning') {
    if (process.noDeprecation) return;
    // Thrown on the next tick, as node does, so that the warnings emitted
    // before it are reported first.
    if (process.throwDeprecation) {
      process.nextTick(() => {
        throw warning;
      });
      return;
    }
  }
  process.nextTick(() => process.emit('warning', warning));
}

module.exports = { emitWarning, printWarning };
