'use strict';
// vm: scripts compiled once and run in this context or in contextified
// sandboxes (runtime/src/contextify.cc), with a timeout if asked. Not yet:
// breakOnSigint, cached data and vm.Module.

const binding = internalBinding('contextify');
const { codes } = require('internal/errors');
const {
  validateString, validateObject, validateInt32, validateBoolean, validateUint32,
} = require('internal/validators');

function scriptOptions(options) {
  if (typeof options === 'string') return { filename: options };
  if (options === undefined) return {};
  validateObject(options, 'options');
  return options;
}

// The options of runInThisContext/runInContext/runInNewContext, checked as
// node checks them (timeout must be a positive integer).
function runOptions(options = {}) {
  validateObject(options, 'options');
  if (options.timeout !== undefined) validateUint32(options.timeout, 'options.timeout', true);
  const { displayErrors = true, breakOnSigint = false } = options;
  validateBoolean(displayErrors, 'options.displayErrors');
  validateBoolean(breakOnSigint, 'options.breakOnSigint');
  return options;
}

class Script {
  constructor(code, options) {
    code = `${code}`;
    const {
      filename = 'evalmachine.<anonymous>', lineOffset = 0, columnOffset = 0, cachedData, produceCachedData = false,
    } = scriptOptions(options);
    validateString(filename, 'options.filename');
    validateInt32(lineOffset, 'options.lineOffset');
    validateInt32(columnOffset, 'options.columnOffset');
    if (cachedData !== undefined && !ArrayBuffer.isView(cachedData)) {
      throw new codes.ERR_INVALID_ARG_TYPE('options.cachedData', ['Buffer', 'TypedArray', 'DataView'], cachedData);
    }
    validateBoolean(produceCachedData, 'options.produceCachedData');
    this._script = binding.compileScript(code, filename, lineOffset, columnOffset);
    this.sourceMapURL = this._script.sourceMapURL;
  }

  runInThisContext(options) {
    return runScript(this._script, null, runOptions(options));
  }

  runInContext(contextifiedObject, options) {
    validateContext(contextifiedObject);
    return runScript(this._script, contextifiedObject, runOptions(options));
  }

  runInNewContext(contextObject, options) {
    runOptions(options);
    return this.runInContext(createContext(contextObject), options);
  }

  createCachedData() {
    return Buffer.alloc(0);
  }
}

// A run with a timeout is ended by the binding's watchdog once the time is
// up, which surfaces here as node's ERR_SCRIPT_EXECUTION_TIMEOUT.
function runScript(script, contextifiedObject, options) {
  const timeout = options.timeout;
  const displayErrors = options.displayErrors !== false;
  const timedOut = [false];
  const result = binding.runScript(script, contextifiedObject, timeout, timedOut, displayErrors);
  if (timedOut[0]) throw new codes.ERR_SCRIPT_EXECUTION_TIMEOUT(timeout);
  return result;
}

function validateContext(contextifiedObject) {
  if (!isContext(contextifiedObject)) {
    throw new codes.ERR_INVALID_ARG_TYPE('contextifiedObject', 'vm.Context', contextifiedObject);
  }
}

function isContext(object) {
  validateObject(object, 'object', { allowArray: true });
  return binding.isContext(object);
}

function createContext(contextObject = {}, options) {
  if (contextObject !== null && typeof contextObject === 'object' && binding.isContext(contextObject)) {
    return contextObject;
  }
  validateObject(contextObject, 'contextObject', { allowArray: true });
  binding.makeContext(contextObject, options && options.name);
  return contextObject;
}

// The one-call forms take a string as the filename, as node's do.
function runInContext(code, contextifiedObject, options) {
  validateContext(contextifiedObject);
  if (typeof options === 'string') options = { filename: options };
  return new Script(code, options).runInContext(contextifiedObject, options);
}

function runInNewContext(code, contextObject, options) {
  if (typeof options === 'string') options = { filename: options };
  return new Script(code, options).runInNewContext(contextObject, options);
}

function runInThisContext(code, options) {
  if (typeof options === 'string') options = { filename: options };
  return new Script(code, options).runInThisContext(options);
}

function compileFunction(code, params = [], options = {}) {
  validateString(code, 'code');
  validateObject(options, 'options');
  const { filename = '', lineOffset = 0, columnOffset = 0, parsingContext } = options;
  if (!Array.isArray(params)) throw new codes.ERR_INVALID_ARG_TYPE('params', 'Array', params);
  params.forEach((p, i) => validateString(p, `params[${i}]`));
  if (parsingContext !== undefined) validateContext(parsingContext);
  return binding.compileFunction(code, filename, params, parsingContext ?? null, lineOffset, columnOffset);
}

module.exports = {
  Script,
  createContext,
  createScript: (code, options) => new Script(code, options),
  runInContext,
  runInNewContext,
  runInThisContext,
  isContext,
  compileFunction,
  measureMemory() {
    return Promise.reject(new codes.ERR_METHOD_NOT_IMPLEMENTED('vm.measureMemory'));
  },
};
