'use strict';

// The global structuredClone(value, { transfer }) over V8's serializer
// (internalBinding('messaging')). Arguments are checked here with node's
// messages; the clone itself and DataCloneError come from the binding, and
// transferred MessagePorts from internal/worker/io.

const { DOMException } = require('internal/domexception');

const binding = internalBinding('messaging');

// node raises these from C++, as plain TypeErrors with a code property.
function codedTypeError(code, message) {
  const err = new TypeError(message);
  err.code = code;
  return err;
}

function transferListOf(options) {
  if (options === undefined || options === null) return [];
  if (typeof options !== 'object') {
    throw codedTypeError('ERR_INVALID_ARG_TYPE',
                         'The options argument must be either an object or undefined');
  }
  const transfer = options.transfer;
  if (transfer === undefined || transfer === null) return [];
  if (typeof transfer !== 'object' || typeof transfer[Symbol.iterator] !== 'function') {
    throw codedTypeError('ERR_INVALID_ARG_TYPE',
                         'Optional transferList argument must be an iterable');
  }
  return [...transfer];
}

function structuredClone(value, options) {
  if (arguments.length === 0) {
    throw codedTypeError('ERR_MISSING_ARGS', 'The value argument must be specified');
  }
  const list = transferListOf(options);
  // Ports are moved by the messaging module; plain buffers need only the
  // binding.
  if (list.every((item) => Object.prototype.toString.call(item) === '[object ArrayBuffer]')) {
    const seen = new Set();
    for (const item of list) {
      if (seen.has(item)) {
        throw new DOMException('Transfer list contains duplicate ArrayBuffer', 'DataCloneError');
      }
      seen.add(item);
    }
    return binding.structuredClone(value, list, DOMException);
  }
  const io = require('internal/worker/io');
  return io.cloneWithTransfer(value, io.splitTransferList(list)).clone;
}

module.exports = { structuredClone };
