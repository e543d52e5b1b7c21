'use strict';
// vm: scripts compiled once and run in this context or in contextified
// sandboxes (runtime/src/contextify.cc). Not yet: timeout, breakOnSigint,
// cached data and vm.Module.

const binding = internalBinding('contextify');
const { codes } = require('internal/errors');
const { validateString, validateObject, validateInt32 } = require('internal/validators');

function scriptOptions(options) {
  if (typeof options === 'string') return { filename: options };
  if (options === undefined) return {};
  validateObject(options, 'options');
  return options;
}

class Script {
  constructor(code, options) {
    code = `${code}`;
    const { filename = 'evalmachine.<anonymous>', lineOffset = 0, columnOffset = 0 } = scriptOptions(options);
    validateString(filename, 'options.filename');
    validateInt32(lineOffset, 'options.lineOffset');
    validateInt32(columnOffset, 'options.columnOffset');
    this._script = binding.compileScript(code, filename, lineOffset, columnOffset);
    this.sourceMapURL = this._script.sourceMapURL;
  }

  runInThisContext(options) {
    return binding.runScript(this._script, null);
  }

  runInContext(contextifiedObject, options) {
    validateContext(contextifiedObject);
    return binding.runScript(this._script, contextifiedObject);
  }

  runInNewContext(contextObject, options) {
    return this.runInContext(createContext(contextObject), options);
  }

  createCachedData() {
    return Buffer.alloc(0);
  }
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

function runInContext(code, contextifiedObject, options) {
  validateContext(contextifiedObject);
  return new Script(code, options).runInContext(contextifiedObject, options);
}

function runInNewContext(code, contextObject, options) {
  return new Script(code, options).runInNewContext(contextObject, options);
}

function runInThisContext(code, options) {
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
