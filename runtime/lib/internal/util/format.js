'use strict';

// util.format and util.formatWithOptions: printf-like %s %d %i %f %j %o %O
// %c %% placeholders, then the remaining arguments inspected and joined
// with spaces. console.log is built on these.

const { inspect, inspectDefaultOptions } = require('internal/util/inspect');
const { formatNumber, formatBigInt, stylizeNoColor } = require('internal/util/inspect_primitives');
const { validateObject, kValidateObjectAllowArray } = require('internal/validators');

const utilBinding = internalBinding('util');

function isBuiltInName(name) {
  return require('internal/util/inspect').builtInObjects.has(name);
}

// %s prints objects with inspect() unless they define their own toString or
// Symbol.toPrimitive somewhere on a user-defined prototype.
function hasBuiltInToString(value) {
  const proxyTarget = utilBinding.getProxyDetails(value, false);
  if (proxyTarget !== undefined) {
    if (proxyTarget === null) return true;
    value = proxyTarget;
  }
  const hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);
  const never = () => false;
  let hasOwnToString = hasOwn;
  let hasOwnToPrimitive = hasOwn;
  if (typeof value.toString !== 'function') {
    if (typeof value[Symbol.toPrimitive] !== 'function') return true;
    if (hasOwn(value, Symbol.toPrimitive)) return false;
    hasOwnToString = never;
  } else if (hasOwn(value, 'toString')) {
    return false;
  } else if (typeof value[Symbol.toPrimitive] !== 'function') {
    hasOwnToPrimitive = never;
  } else if (hasOwn(value, Symbol.toPrimitive)) {
    return false;
  }
  let pointer = value;
  do {
    pointer = Object.getPrototypeOf(pointer);
  } while (!hasOwnToString(pointer, 'toString') && !hasOwnToPrimitive(pointer, Symbol.toPrimitive));
  const descriptor = Object.getOwnPropertyDescriptor(pointer, 'constructor');
  return descriptor !== undefined && typeof descriptor.value === 'function' &&
    isBuiltInName(descriptor.value.name);
}

let circularErrorMessage;
const firstErrorLine = (error) => error.message.split('\n', 1)[0];

function tryStringify(arg) {
  try {
    return JSON.stringify(arg);
  } catch (err) {
    if (!circularErrorMessage) {
      try {
        const a = {};
        a.a = a;
        JSON.stringify(a);
      } catch (circularError) {
        circularErrorMessage = firstErrorLine(circularError);
      }
    }
    if (err.name === 'TypeError' && firstErrorLine(err) === circularErrorMessage) return '[Circular]';
    throw err;
  }
}

function numberText(number, options) {
  return formatNumber(stylizeNoColor, number,
                      options?.numericSeparator ?? inspectDefaultOptions.numericSeparator);
}

function bigintText(bigint, options) {
  return formatBigInt(stylizeNoColor, bigint,
                      options?.numericSeparator ?? inspectDefaultOptions.numericSeparator);
}

// The text of one placeholder, or undefined when the character after '%'
// is not a placeholder.
function placeholder(code, arg, options) {
  switch (code) {
    case 115: // 's'
      if (typeof arg === 'number') return numberText(arg, options);
      if (typeof arg === 'bigint') return bigintText(arg, options);
      if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) return String(arg);
      return inspect(arg, { ...options, compact: 3, colors: false, depth: 0 });
    case 106: // 'j'
      return tryStringify(arg);
    case 100: // 'd'
      if (typeof arg === 'bigint') return bigintText(arg, options);
      if (typeof arg === 'symbol') return 'NaN';
      return numberText(Number(arg), options);
    case 79: // 'O'
      return inspect(arg, options);
    case 111: // 'o'
      return inspect(arg, { ...options, showHidden: true, showProxy: true, depth: 4 });
    case 105: // 'i'
      if (typeof arg === 'bigint') return bigintText(arg, options);
      if (typeof arg === 'symbol') return 'NaN';
      return numberText(Number.parseInt(arg), options);
    case 102: // 'f'
      if (typeof arg === 'symbol') return 'NaN';
      return numberText(Number.parseFloat(arg), options);
    case 99: // 'c': CSS has no meaning on a terminal.
      return '';
    default:
      return undefined;
  }
}

function formatWithOptionsInternal(options, args) {
  const first = args[0];
  let a = 0;
  let str = '';
  let join = '';
  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let lastPos = 0;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue; // '%'
      const nextChar = first.charCodeAt(++i);
      if (a + 1 !== args.length) {
        if (nextChar === 37) {
          str += first.slice(lastPos, i);
          lastPos = i + 1;
          continue;
        }
        if (placeholderCodes.indexOf(nextChar) === -1) continue;
        const text = placeholder(nextChar, args[++a], options);
        if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
        str += text;
        lastPos = i + 1;
      } else if (nextChar === 37) {
        str += first.slice(lastPos, i);
        lastPos = i + 1;
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) str += first.slice(lastPos);
    }
  }
  while (a < args.length) {
    const value = args[a];
    str += join;
    str += typeof value !== 'string' ? inspect(value, options) : value;
    join = ' ';
    a++;
  }
  return str;
}

// s j d O o i f c
const placeholderCodes = [115, 106, 100, 79, 111, 105, 102, 99];

function format(...args) {
  return formatWithOptionsInternal(undefined, args);
}

function formatWithOptions(inspectOptions, ...args) {
  validateObject(inspectOptions, 'inspectOptions', kValidateObjectAllowArray);
  return formatWithOptionsInternal(inspectOptions, args);
}

module.exports = { format, formatWithOptions, formatWithOptionsInternal, hasBuiltInToString };
