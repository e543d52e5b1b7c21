'use strict';
// node's ERR_* errors. (The complete table is being written alongside; this
// holds the ones the runtime core throws.)

const codes = {};
const messages = new Map();

function makeNodeErrorWithCode(Base, key) {
  return class NodeError extends Base {
    constructor(...args) {
      super(formatMessage(key, args));
      Object.defineProperty(this, 'code', { value: key, enumerable: true, writable: true, configurable: true });
      const name = Base.name;
      this.stack; // materialize before renaming, as node does
      Object.defineProperty(this, 'name', { value: `${name} [${key}]`, enumerable: false, writable: true, configurable: true });
      this.stack;
      delete this.name;
    }
    toString() {
      return `${this.name} [${key}]: ${this.message}`;
    }
  };
}

function formatMessage(key, args) {
  const msg = messages.get(key);
  if (typeof msg === 'function') return msg(...args);
  let i = 0;
  return msg.replace(/%[sdj]/g, () => String(args[i++]));
}

function E(key, msg, Base) {
  messages.set(key, msg);
  codes[key] = makeNodeErrorWithCode(Base, key);
}

function describeReceived(value) {
  if (value == null) return ` Received ${value}`;
  if (typeof value === 'function') return ` Received function ${value.name}`;
  if (typeof value === 'object') {
    if (value.constructor && value.constructor.name) return ` Received an instance of ${value.constructor.name}`;
    return ` Received ${require('internal/util/inspect').inspect(value, { depth: -1 })}`;
  }
  let shown = require('internal/util/inspect').inspect(value, { colors: false });
  if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
  return ` Received type ${typeof value} (${shown})`;
}

const classRe = /^[A-Z][a-zA-Z0-9]*$/;
const kTypes = ['string', 'function', 'number', 'object', 'Function', 'Object', 'boolean', 'bigint', 'symbol'];

E('ERR_INVALID_ARG_TYPE', (name, expected, actual) => {
  if (!Array.isArray(expected)) expected = [expected];
  let msg = name.endsWith(' argument') ? `The ${name} ` : `The ${name.includes('.') ? 'property' : 'argument'} '${name}' `;
  if (!name.includes('.') && !name.endsWith(' argument')) msg = `The "${name}" argument `;
  else if (name.includes('.')) msg = `The "${name}" property `;
  msg += 'must be ';
  const types = [];
  const instances = [];
  const other = [];
  for (const value of expected) {
    if (kTypes.includes(value)) types.push(value.toLowerCase());
    else if (classRe.test(value)) instances.push(value);
    else other.push(value);
  }
  if (instances.length > 0) {
    const pos = types.indexOf('object');
    if (pos !== -1) {
      types.splice(pos, 1);
      instances.push('Object');
    }
  }
  const list = (arr, joiner = 'or') => {
    if (arr.length <= 2) return arr.join(` ${joiner} `);
    return `${arr.slice(0, -1).join(', ')}, ${joiner} ${arr[arr.length - 1]}`;
  };
  if (types.length > 0) {
    msg += `${types.length > 1 ? 'one of type' : 'of type'} ${list(types)}`;
    if (instances.length > 0 || other.length > 0) msg += ' or ';
  }
  if (instances.length > 0) {
    msg += `an instance of ${list(instances)}`;
    if (other.length > 0) msg += ' or ';
  }
  if (other.length > 0) {
    if (other.length > 1) msg += `one of ${list(other)}`;
    else msg += other[0];
  }
  return msg + '.' + describeReceived(actual);
}, TypeError);
E('ERR_INVALID_ARG_VALUE', (name, value, reason = 'is invalid') => {
  let shown = require('internal/util/inspect').inspect(value);
  if (shown.length > 128) shown = `${shown.slice(0, 128)}...`;
  return `The ${name.includes('.') ? 'property' : 'argument'} '${name}' ${reason}. Received ${shown}`;
}, TypeError);
E('ERR_OUT_OF_RANGE', (name, range, input) => {
  let received = String(input);
  if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) received = addNumericalSeparator(received);
  else if (typeof input === 'bigint') received = `${received}n`;
  else if (typeof input !== 'number') received = require('internal/util/inspect').inspect(input);
  return `The value of "${name}" is out of range. It must be ${range}. Received ${received}`;
}, RangeError);
E('ERR_UNHANDLED_ERROR', (err) => {
  const msg = 'Unhandled error.';
  if (err === undefined) return msg;
  return `${msg} (${require('internal/util/inspect').inspect(err)})`;
}, Error);
E('ERR_UNKNOWN_BUILTIN_MODULE', 'No such built-in module: %s', Error);
E('ERR_UNKNOWN_SIGNAL', 'Unknown signal: %s', TypeError);
E('ERR_PACKAGE_PATH_NOT_EXPORTED', (pkgPath, subpath, base) => {
  if (subpath === '.') return `No "exports" main defined in ${pkgPath}package.json${base ? ` imported from ${base}` : ''}`;
  return `Package subpath '${subpath}' is not defined by "exports" in ${pkgPath}package.json${base ? ` imported from ${base}` : ''}`;
}, Error);
E('ERR_INVALID_URL_SCHEME', (expected) => `The URL must be of scheme ${expected}`, TypeError);
E('ERR_UNSUPPORTED_ESM_URL_SCHEME', (url) => `Only URLs with a scheme in: file and data are supported by the default ESM loader. Received protocol '${url.protocol}'`, Error);
E('ERR_METHOD_NOT_IMPLEMENTED', 'The %s method is not implemented', Error);
E('ERR_MISSING_ARGS', (...args) => `The "${args.join('" and "')}" argument must be specified`, TypeError);

// Streams, readline and zlib (kept together so a merge with the full table is easy).
E('ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF', Error);
E('ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event', Error);
E('ERR_STREAM_WRITE_AFTER_END', 'write after end', Error);
E('ERR_STREAM_DESTROYED', 'Cannot call %s after a stream was destroyed', Error);
E('ERR_STREAM_PREMATURE_CLOSE', 'Premature close', Error);
E('ERR_STREAM_NULL_VALUES', 'May not write null values to stream', TypeError);
E('ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable', Error);
E('ERR_STREAM_ALREADY_FINISHED', 'Cannot call %s after a stream was finished', Error);
E('ERR_MULTIPLE_CALLBACK', 'Callback called multiple times', Error);
E('ERR_UNKNOWN_ENCODING', (enc) => `Unknown encoding: ${typeof enc === 'string' ? enc : require('internal/util/inspect').inspect(enc)}`, TypeError);
E('ERR_INVALID_RETURN_VALUE', (input, name, value) => {
  let type;
  if (value && value.constructor && value.constructor.name) type = `instance of ${value.constructor.name}`;
  else type = `type ${typeof value}`;
  return `Expected ${input} to be returned from the "${name}" function but got ${type}.`;
}, TypeError);
E('ERR_INVALID_STATE', 'Invalid state: %s', Error);
E('ERR_INVALID_THIS', 'Value of "this" must be of type %s', TypeError);
E('ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor', TypeError);
E('ERR_USE_AFTER_CLOSE', '%s was closed', Error);
E('ERR_INVALID_CURSOR_POS', 'Cannot set cursor row without setting its column', TypeError);
E('ERR_ZLIB_INITIALIZATION_FAILED', 'Initialization failed', Error);
E('ERR_BUFFER_TOO_LARGE', (max) => `Cannot create a Buffer larger than ${max} bytes`, RangeError);

function addNumericalSeparator(val) {
  let res = '';
  let i = val.length;
  const start = val[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) res = `_${val.slice(i - 3, i)}${res}`;
  return `${val.slice(0, i)}${res}`;
}

function hideStackFrames(fn) {
  return fn;
}

function uvException(ctx) {
  const err = internalBinding('uv').uvException(ctx.errno, ctx.syscall, ctx.path, ctx.dest, ctx.message);
  return err;
}

class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

module.exports = { codes, hideStackFrames, uvException, AbortError };
