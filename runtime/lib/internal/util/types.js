'use strict';

// util.types: brand checks that do not run user code. The native 'types'
// binding answers what only V8 knows; typed-array checks read the
// %TypedArray%.prototype[Symbol.toStringTag] getter, which returns the
// concrete type name and cannot be faked by a user-defined property.

const binding = internalBinding('types');

const nativeNames = [
  'isExternal', 'isDate', 'isArgumentsObject', 'isBigIntObject', 'isBooleanObject',
  'isNumberObject', 'isStringObject', 'isSymbolObject', 'isNativeError', 'isRegExp',
  'isAsyncFunction', 'isGeneratorFunction', 'isGeneratorObject', 'isPromise', 'isMap',
  'isSet', 'isMapIterator', 'isSetIterator', 'isWeakMap', 'isWeakSet', 'isArrayBuffer',
  'isDataView', 'isSharedArrayBuffer', 'isProxy', 'isModuleNamespaceObject',
  'isAnyArrayBuffer', 'isBoxedPrimitive',
];

const types = {};
for (const name of nativeNames) types[name] = binding[name];

const typedArrayTag = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;

function typedArrayKind(value) {
  return typedArrayTag.call(value);
}

// Functions defined through an object literal so that each has its name.
function named(name, fn) {
  return { [name]: (value) => fn(value) }[name];
}

types.isArrayBufferView = ArrayBuffer.isView;
types.isTypedArray = named('isTypedArray', (value) => typedArrayKind(value) !== undefined);
for (const kind of ['Uint8Array', 'Uint8ClampedArray', 'Uint16Array', 'Uint32Array', 'Int8Array',
                    'Int16Array', 'Int32Array', 'Float32Array', 'Float64Array', 'BigInt64Array',
                    'BigUint64Array']) {
  types[`is${kind}`] = named(`is${kind}`, (value) => typedArrayKind(value) === kind);
}

// Key objects exist only once the crypto module has been loaded; until then
// nothing can be one.
types.isKeyObject = function value(obj) {
  if (obj === null || typeof obj !== 'object') return false;
  try {
    const { KeyObject } = require('crypto');
    return typeof KeyObject === 'function' && obj instanceof KeyObject;
  } catch {
    return false;
  }
};
types.isCryptoKey = function value(obj) {
  if (obj === null || typeof obj !== 'object') return false;
  const CryptoKey = globalThis.CryptoKey;
  return typeof CryptoKey === 'function' && obj instanceof CryptoKey;
};

module.exports = types;
