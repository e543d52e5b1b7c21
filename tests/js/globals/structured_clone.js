'use strict';
// structuredClone: supported types, identity, transfer and DataCloneError.
const util = require('util');

function show(fn) {
  try {
    console.log(util.inspect(fn(), { depth: 4 }));
  } catch (err) {
    console.log('error', err.name, err.code, JSON.stringify(err.message), err instanceof DOMException);
  }
}

const source = {
  a: [1, 2, { b: new Map([[1, new Set([2])]]) }],
  d: new Date(0),
  r: /x/gi,
  big: 10n,
  s: new String('q'),
  u: undefined,
  n: null,
  neg: -0,
};
show(() => structuredClone(source));
show(() => structuredClone(source).a[2].b !== source.a[2].b);
show(() => {
  const cyclic = { name: 'c' };
  cyclic.self = cyclic;
  const copy = structuredClone(cyclic);
  return [copy !== cyclic, copy.self === copy];
});
show(() => structuredClone(new Uint8Array([1, 2, 3])));
show(() => structuredClone([1, , 3])); // eslint-disable-line no-sparse-arrays
show(() => structuredClone(new (class Foo { constructor() { this.x = 1; } })()));
show(() => Object.getPrototypeOf(structuredClone(new (class Foo {})())) === Object.prototype);
show(() => {
  const err = structuredClone(new RangeError('bad'));
  return [err instanceof RangeError, err.message];
});
show(() => {
  const buffer = new ArrayBuffer(4);
  new Uint8Array(buffer)[0] = 9;
  const copy = structuredClone(buffer, { transfer: [buffer] });
  return [buffer.byteLength, copy.byteLength, new Uint8Array(copy)[0]];
});
show(() => structuredClone());
show(() => structuredClone(1, 1));
show(() => structuredClone(1, null));
show(() => structuredClone(1, { transfer: 1 }));
show(() => structuredClone(1, { transfer: [1] }));
show(() => {
  const buffer = new ArrayBuffer(1);
  return structuredClone(buffer, { transfer: [buffer, buffer] });
});
show(() => structuredClone(() => {}));
show(() => structuredClone(Symbol('x')));
show(() => structuredClone({ f() {} }));
show(() => structuredClone(new WeakMap()));
show(() => structuredClone(Promise.resolve()));
