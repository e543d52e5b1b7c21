'use strict';

// Deep equality as node's assert.deepEqual / deepStrictEqual and
// util.isDeepStrictEqual define it. Two modes share one walk:
//  - strict: same prototypes, Object.is for primitives, symbols count, no
//    type coercion;
//  - loose: == for primitives, prototypes ignored, symbol keys ignored.
// Cycles are handled by remembering, per walk, the objects on the current
// path of each side: meeting a pair that is already being compared on both
// sides is taken as equal, as node 20 does.

const types = internalBinding('types');
const utilBinding = internalBinding('util');

// memcmp for byte views, when the buffer binding is there.
let compareBytes;
try {
  compareBytes = internalBinding('buffer').compare;
} catch {
  compareBytes = undefined;
}

const kStrict = true;
const kLoose = false;

// How keyCheck must iterate beyond the plain own keys.
const kNoIterator = 0;
const kIsArray = 1;
const kIsSet = 2;
const kIsMap = 3;

const hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);
const isEnumerable = (obj, key) =>
  Object.prototype.propertyIsEnumerable.call(obj, key);
const objectTag = (obj) => Object.prototype.toString.call(obj);

// The %TypedArray%.prototype[@@toStringTag] getter tells the element type
// without being fooled by a user-defined Symbol.toStringTag.
const typedArrayTagGetter = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;
const typedArrayTag = (view) => typedArrayTagGetter.call(view);

const isArrayBufferView = (v) => ArrayBuffer.isView(v);
const isAnyArrayBuffer = (v) => types.isAnyArrayBuffer ?
  types.isAnyArrayBuffer(v) :
  types.isArrayBuffer(v) || types.isSharedArrayBuffer(v);

// The own enumerable non-index keys of an array-like, strings first, then
// (in strict mode only) enumerable symbols, as node's
// getOwnNonIndexProperties(obj, ONLY_ENUMERABLE[ | SKIP_SYMBOLS]) returns.
// V8 skips the indices itself, so a large array costs nothing here.
function ownNonIndexKeys(obj, strict) {
  const keys = utilBinding.getOwnNonIndexProperties(obj, utilBinding.ONLY_ENUMERABLE);
  return strict ? keys : keys.filter((key) => typeof key === 'string');
}

function equalBytes(a, b) {
  if (a.length !== b.length) return false;
  if (compareBytes !== undefined) return compareBytes(a, b) === 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

function viewBytes(view) {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

// Loose mode compares float arrays element by element so that 0 equals -0
// and differently encoded NaNs still differ (NaN !== NaN, like node).
function equalFloatElements(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

function equalBoxedPrimitives(a, b) {
  if (types.isNumberObject(a)) {
    return types.isNumberObject(b) &&
      Object.is(Number.prototype.valueOf.call(a),
                Number.prototype.valueOf.call(b));
  }
  if (types.isStringObject(a)) {
    return types.isStringObject(b) &&
      String.prototype.valueOf.call(a) === String.prototype.valueOf.call(b);
  }
  if (types.isBooleanObject(a)) {
    return types.isBooleanObject(b) &&
      Boolean.prototype.valueOf.call(a) === Boolean.prototype.valueOf.call(b);
  }
  if (types.isBigIntObject(a)) {
    return types.isBigIntObject(b) &&
      BigInt.prototype.valueOf.call(a) === BigInt.prototype.valueOf.call(b);
  }
  if (types.isSymbolObject(a)) {
    return types.isSymbolObject(b) &&
      Symbol.prototype.valueOf.call(a) === Symbol.prototype.valueOf.call(b);
  }
  return false;
}

const isErrorLike = (v) => types.isNativeError(v) || v instanceof Error;

// Values with internal slots that must match in kind before their keys are
// compared; used to reject a plain object against e.g. a Map.
function hasSpecialSlots(v) {
  return Array.isArray(v) || isArrayBufferView(v) || types.isSet(v) ||
    types.isMap(v) || types.isDate(v) || types.isRegExp(v) ||
    isAnyArrayBuffer(v) || types.isBoxedPrimitive(v) || isErrorLike(v);
}

function innerDeepEqual(a, b, strict, memos) {
  if (a === b) {
    // +0 and -0 are only the same value in loose mode.
    return a !== 0 || !strict || Object.is(a, b);
  }

  if (strict) {
    if (typeof a !== 'object') {
      return typeof a === 'number' && Number.isNaN(a) && Number.isNaN(b);
    }
    if (typeof b !== 'object' || a === null || b === null) return false;
    if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  } else {
    const aIsObject = a !== null && typeof a === 'object';
    const bIsObject = b !== null && typeof b === 'object';
    if (!aIsObject || !bIsObject) {
      if (aIsObject || bIsObject) return false;
      // eslint-disable-next-line eqeqeq
      return a == b || (Number.isNaN(a) && Number.isNaN(b));
    }
  }

  const tag = objectTag(a);
  if (tag !== objectTag(b)) return false;

  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    const keysA = ownNonIndexKeys(a, strict);
    if (keysA.length !== ownNonIndexKeys(b, strict).length) return false;
    return keyCheck(a, b, strict, memos, kIsArray, keysA);
  }
  if (tag === '[object Object]') {
    return keyCheck(a, b, strict, memos, kNoIterator);
  }
  if (types.isDate(a)) {
    if (!types.isDate(b) ||
        Date.prototype.getTime.call(a) !== Date.prototype.getTime.call(b)) {
      return false;
    }
  } else if (types.isRegExp(a)) {
    if (!types.isRegExp(b) || a.source !== b.source || a.flags !== b.flags ||
        a.lastIndex !== b.lastIndex) {
      return false;
    }
  } else if (isErrorLike(a)) {
    // The stack is left out on purpose: it differs between two otherwise
    // identical errors. cause and errors matter once either side has them.
    if (!isErrorLike(b) || a.message !== b.message || a.name !== b.name) {
      return false;
    }
    for (const key of ['cause', 'errors']) {
      if ((hasOwn(a, key) || hasOwn(b, key)) &&
          !innerDeepEqual(a[key], b[key], strict, memos)) {
        return false;
      }
    }
  } else if (isArrayBufferView(a)) {
    if (!isArrayBufferView(b) || typedArrayTag(a) !== typedArrayTag(b)) {
      return false;
    }
    const tagA = typedArrayTag(a);
    if (!strict && (tagA === 'Float32Array' || tagA === 'Float64Array')) {
      if (!equalFloatElements(a, b)) return false;
    } else if (!equalBytes(viewBytes(a), viewBytes(b))) {
      return false;
    }
    const keysA = ownNonIndexKeys(a, strict);
    if (keysA.length !== ownNonIndexKeys(b, strict).length) return false;
    return keyCheck(a, b, strict, memos, kNoIterator, keysA);
  } else if (types.isSet(a)) {
    if (!types.isSet(b) || a.size !== b.size) return false;
    return keyCheck(a, b, strict, memos, kIsSet);
  } else if (types.isMap(a)) {
    if (!types.isMap(b) || a.size !== b.size) return false;
    return keyCheck(a, b, strict, memos, kIsMap);
  } else if (isAnyArrayBuffer(a)) {
    if (!isAnyArrayBuffer(b) ||
        !equalBytes(new Uint8Array(a), new Uint8Array(b))) {
      return false;
    }
  } else if (types.isBoxedPrimitive(a)) {
    if (!equalBoxedPrimitives(a, b)) return false;
  } else if (hasSpecialSlots(b)) {
    return false;
  }
  return keyCheck(a, b, strict, memos, kNoIterator);
}

// Strict mode also compares enumerable own symbols; they are appended to
// keysA so the value walk covers them. Returns false on a mismatch.
function addSymbolKeys(a, b, keysA) {
  const symbolsA = Object.getOwnPropertySymbols(a);
  let count = 0;
  for (const key of symbolsA) {
    if (isEnumerable(a, key)) {
      if (!isEnumerable(b, key)) return false;
      keysA.push(key);
      count++;
    } else if (isEnumerable(b, key)) {
      return false;
    }
  }
  const symbolsB = Object.getOwnPropertySymbols(b);
  if (symbolsA.length !== symbolsB.length || symbolsA.length === 0) {
    let countB = 0;
    for (const key of symbolsB) {
      if (isEnumerable(b, key)) countB++;
    }
    if (countB !== count) return false;
  }
  return true;
}

// The path maps count how often an object is on the current comparison path,
// since the same object can be entered again against a different partner.
function enterPath(path, obj) {
  path.set(obj, (path.get(obj) || 0) + 1);
}

function leavePath(path, obj) {
  const count = path.get(obj);
  if (count === 1) path.delete(obj);
  else path.set(obj, count - 1);
}

function keyCheck(a, b, strict, memos, iterationType, keysA) {
  const plainKeys = keysA === undefined;
  if (plainKeys) {
    keysA = Object.keys(a);
    if (keysA.length !== Object.keys(b).length) return false;
  }

  for (const key of keysA) {
    if (!isEnumerable(b, key)) return false;
  }

  if (strict && plainKeys && !addSymbolKeys(a, b, keysA)) return false;

  if (keysA.length === 0 &&
      (iterationType === kNoIterator ||
       (iterationType === kIsArray && a.length === 0) ||
       a.size === 0)) {
    return true;
  }

  // A pair whose two sides are both already being compared further up is a
  // cycle: assume it equal and let the rest of the walk decide (node 20
  // treats cycles of different shapes but equal structure as equal).
  if (memos === undefined) {
    memos = { a: new Map(), b: new Map() };
  } else if (memos.a.has(a) && memos.b.has(b)) {
    return true;
  }
  enterPath(memos.a, a);
  enterPath(memos.b, b);

  const equal = objEquiv(a, b, strict, keysA, memos, iterationType);

  leavePath(memos.a, a);
  leavePath(memos.b, b);
  return equal;
}

function setHasEqualElement(set, value, strict, memos) {
  for (const candidate of set) {
    if (innerDeepEqual(value, candidate, strict, memos)) {
      // A matched element must not be matched twice.
      set.delete(candidate);
      return true;
    }
  }
  return false;
}

// For a primitive missing from the other collection in loose mode: returns
// true/false when it is already decided whether a loosely equal primitive
// can exist, or null/undefined as the single alternative value to look up.
function looseAlternative(prim) {
  switch (typeof prim) {
    case 'undefined':
      return null;
    case 'object': // Only null gets here.
      return undefined;
    case 'symbol':
      return false;
    case 'string':
      prim = +prim;
      // Falls through: a string can only match loosely if it is numeric.
    case 'number':
      if (Number.isNaN(prim)) return false;
  }
  return true;
}

function setMightHaveLoosePrimitive(a, b, prim) {
  const alt = looseAlternative(prim);
  if (alt != null) return alt;
  return b.has(alt) && !a.has(alt);
}

function mapMightHaveLoosePrimitive(a, b, prim, item, memos) {
  const alt = looseAlternative(prim);
  if (alt != null) return alt;
  const other = b.get(alt);
  if ((other === undefined && !b.has(alt)) ||
      !innerDeepEqual(item, other, false, memos)) {
    return false;
  }
  return !a.has(alt) && innerDeepEqual(item, other, false, memos);
}

function setEquiv(a, b, strict, memos) {
  // Values of a without an identical partner in b, matched pairwise later.
  let pending = null;
  for (const value of a) {
    if (typeof value === 'object' && value !== null) {
      if (pending === null) pending = new Set();
      pending.add(value);
    } else if (!b.has(value)) {
      if (strict) return false;
      if (!setMightHaveLoosePrimitive(a, b, value)) return false;
      if (pending === null) pending = new Set();
      pending.add(value);
    }
  }
  if (pending === null) return true;

  for (const value of b) {
    if (typeof value === 'object' && value !== null) {
      if (!setHasEqualElement(pending, value, strict, memos)) return false;
    } else if (!strict && !a.has(value) &&
               !setHasEqualElement(pending, value, strict, memos)) {
      return false;
    }
  }
  return pending.size === 0;
}

function mapHasEqualEntry(pending, map, key, item, strict, memos) {
  // Every candidate key must be tried: two object keys can be deep-equal
  // while their values differ.
  for (const candidate of pending) {
    if (innerDeepEqual(key, candidate, strict, memos) &&
        innerDeepEqual(item, map.get(candidate), strict, memos)) {
      pending.delete(candidate);
      return true;
    }
  }
  return false;
}

function mapEquiv(a, b, strict, memos) {
  let pending = null;
  for (const [key, item] of a) {
    if (typeof key === 'object' && key !== null) {
      if (pending === null) pending = new Set();
      pending.add(key);
    } else {
      const other = b.get(key);
      if ((other === undefined && !b.has(key)) ||
          !innerDeepEqual(item, other, strict, memos)) {
        if (strict) return false;
        if (!mapMightHaveLoosePrimitive(a, b, key, item, memos)) return false;
        if (pending === null) pending = new Set();
        pending.add(key);
      }
    }
  }
  if (pending === null) return true;

  for (const [key, item] of b) {
    if (typeof key === 'object' && key !== null) {
      if (!mapHasEqualEntry(pending, a, key, item, strict, memos)) return false;
    } else if (!strict &&
               (!a.has(key) || !innerDeepEqual(a.get(key), item, false, memos)) &&
               !mapHasEqualEntry(pending, a, key, item, false, memos)) {
      return false;
    }
  }
  return pending.size === 0;
}

function arrayEquiv(a, b, strict, memos) {
  for (let i = 0; i < a.length; i++) {
    if (hasOwn(a, i)) {
      if (!hasOwn(b, i) || !innerDeepEqual(a[i], b[i], strict, memos)) {
        return false;
      }
    } else if (hasOwn(b, i)) {
      return false;
    } else {
      // A hole: from here on compare by the keys actually present.
      const keys = Object.keys(a);
      for (; i < keys.length; i++) {
        const key = keys[i];
        if (!hasOwn(b, key) || !innerDeepEqual(a[key], b[key], strict, memos)) {
          return false;
        }
      }
      return keys.length === Object.keys(b).length ? 'done' : false;
    }
  }
  return true;
}

function objEquiv(a, b, strict, keys, memos, iterationType) {
  if (iterationType === kIsSet) {
    if (!setEquiv(a, b, strict, memos)) return false;
  } else if (iterationType === kIsMap) {
    if (!mapEquiv(a, b, strict, memos)) return false;
  } else if (iterationType === kIsArray) {
    const result = arrayEquiv(a, b, strict, memos);
    if (result !== true) return result === 'done';
  }
  for (const key of keys) {
    if (!innerDeepEqual(a[key], b[key], strict, memos)) return false;
  }
  return true;
}

function isDeepEqual(a, b) {
  return innerDeepEqual(a, b, kLoose);
}

function isDeepStrictEqual(a, b) {
  return innerDeepEqual(a, b, kStrict);
}

module.exports = {
  isDeepEqual,
  isDeepStrictEqual,
};
