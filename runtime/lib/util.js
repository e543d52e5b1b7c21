'use strict';
// util. (Completed alongside; the core needs format/inspect/inherits.)
const { inspect, format, formatWithOptions } = require('internal/util/inspect');

function inherits(ctor, superCtor) {
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

function promisify(original) {
  const custom = original[promisify.custom];
  if (typeof custom === 'function') return custom;
  return function (...args) {
    return new Promise((resolve, reject) => {
      original.call(this, ...args, (err, value) => (err ? reject(err) : resolve(value)));
    });
  };
}
promisify.custom = Symbol.for('nodejs.util.promisify.custom');

module.exports = { inspect, format, formatWithOptions, inherits, promisify, types: internalBinding('types') };
