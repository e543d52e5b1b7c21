// util.types brand checks.
const { types } = require('util');
function* gen() {}
async function af() {}
const checks = {
  isDate: [new Date(), Date.now()],
  isRegExp: [/x/, 'x'],
  isPromise: [Promise.resolve(), { then() {} }],
  isMap: [new Map(), new WeakMap()],
  isSet: [new Set(), new WeakSet()],
  isWeakMap: [new WeakMap(), new Map()],
  isWeakSet: [new WeakSet(), new Set()],
  isMapIterator: [new Map().keys(), new Set().keys()],
  isSetIterator: [new Set().values(), new Map().values()],
  isNativeError: [new TypeError(), Object.create(Error.prototype)],
  isAsyncFunction: [af, gen],
  isGeneratorFunction: [gen, af],
  isGeneratorObject: [gen(), {}],
  isArgumentsObject: [(function () { return arguments; })(), []],
  isBoxedPrimitive: [Object(1), 1],
  isNumberObject: [new Number(1), 1],
  isStringObject: [new String(''), ''],
  isBooleanObject: [new Boolean(false), false],
  isBigIntObject: [Object(1n), 1n],
  isSymbolObject: [Object(Symbol()), Symbol()],
  isArrayBuffer: [new ArrayBuffer(1), new SharedArrayBuffer(1)],
  isSharedArrayBuffer: [new SharedArrayBuffer(1), new ArrayBuffer(1)],
  isAnyArrayBuffer: [new SharedArrayBuffer(1), new Uint8Array(1)],
  isArrayBufferView: [new DataView(new ArrayBuffer(1)), new ArrayBuffer(1)],
  isDataView: [new DataView(new ArrayBuffer(1)), new Uint8Array(1)],
  isTypedArray: [new Float32Array(1), []],
  isUint8Array: [new Uint8Array(1), new Int8Array(1)],
  isUint8ClampedArray: [new Uint8ClampedArray(1), new Uint8Array(1)],
  isInt32Array: [new Int32Array(1), new Uint32Array(1)],
  isFloat64Array: [new Float64Array(1), new Float32Array(1)],
  isBigInt64Array: [new BigInt64Array(1), new BigUint64Array(1)],
  isProxy: [new Proxy({}, {}), {}],
  isExternal: [{}, 1],
  isModuleNamespaceObject: [{}, null],
  isKeyObject: [{}, null],
  isCryptoKey: [{}, null],
};
for (const [name, [yes, no]] of Object.entries(checks)) {
  console.log(name, types[name](yes), types[name](no));
}
console.log(Object.keys(types).sort().join(' '));
console.log(require('util/types') === types);
const fake = {};
Object.defineProperty(fake, Symbol.toStringTag, { value: 'Uint8Array' });
console.log(types.isUint8Array(fake), types.isDate(Object.create(Date.prototype)));
