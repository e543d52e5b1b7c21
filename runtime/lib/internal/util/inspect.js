'use strict';

// util.inspect: turns any value into the text node 20 prints for it. The
// walk is formatValue (primitives, proxies, custom inspectors, cycles) ->
// formatRaw (picks braces, a prefix and an entry formatter per kind of
// object) -> reduceToSingleString (layout). Native introspection (promise
// state, proxy target, iterator and weak collection previews, non-index
// keys) comes from internalBinding('util').

const utilBinding = internalBinding('util');
const types = internalBinding('types');
const {
  kObjectType, kArrayType, kArrayExtrasType,
  colors, styles, stylizeWithColor, stylizeNoColor,
  strEscape, escapeKey, formatNumber, formatBigInt, formatPrimitive,
  ansi, getStringWidth, isZeroWidthCodePoint, remainingText, reduceToSingleString,
} = require('internal/util/inspect_primitives');
const { formatError, getPrefix, identicalSequenceRange } = require('internal/util/inspect_error');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

// V8 PropertyFilter values for getOwnNonIndexProperties.
const ALL_PROPERTIES = 0;
const ONLY_ENUMERABLE = 2;

const kPending = 0;
const kRejected = 2;

// How previewed entries are laid out: weak collections are sorted.
const kWeak = 0;
const kIterator = 1;
const kMapEntries = 2;

const keyStrRegExp = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
const numberRegExp = /^(0|[1-9][0-9]*)$/;
const classRegExp = /^(\s+[^(]*?)\s*{/;
const stripCommentsRegExp = /(\/\/.*?\n)|(\/\*(.|\n)*?\*\/)/g;

// Names of the JavaScript language's global objects (not the runtime's own
// globals such as Buffer or URL, which node installs after this list is
// made): their prototypes are not listed as user-defined, and %s prints
// their instances with inspect. Only plain data properties holding native
// code or namespace objects qualify; the runtime's globals are lazy getters
// or JavaScript classes.
function isLanguageGlobal(name) {
  if (!/^[A-Z][a-zA-Z0-9]+$/.test(name)) return false;
  const desc = Object.getOwnPropertyDescriptor(globalThis, name);
  if (desc === undefined || !('value' in desc)) return false;
  const value = desc.value;
  if (typeof value === 'function') return /\{\s*\[native code\]\s*\}$/.test(Function.prototype.toString.call(value));
  return value !== null && typeof value === 'object';
}
const builtInObjects = new Set(Object.getOwnPropertyNames(globalThis).filter(isLanguageGlobal));

const inspectDefaultOptions = Object.seal({
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
});

let errorsModule;
function lazyErrors() {
  if (errorsModule === undefined) errorsModule = require('internal/errors');
  return errorsModule;
}

function isError(value) {
  return types.isNativeError(value) || value instanceof Error;
}

// document.all-like objects are typeof 'undefined' yet not undefined.
const isUndetectableObject = (v) => typeof v === 'undefined' && v !== undefined;

function inspect(value, opts) {
  const ctx = {
    budget: {},
    indentationLvl: 0,
    seen: [],
    currentDepth: 0,
    stylize: stylizeNoColor,
    ...inspectDefaultOptions,
  };
  if (arguments.length > 1) {
    // Legacy signature: inspect(value, showHidden, depth, colors).
    if (arguments.length > 2) {
      if (arguments[2] !== undefined) ctx.depth = arguments[2];
      if (arguments.length > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
    }
    if (typeof opts === 'boolean') {
      ctx.showHidden = opts;
    } else if (opts) {
      for (const key of Object.keys(opts)) {
        if (Object.prototype.hasOwnProperty.call(inspectDefaultOptions, key) || key === 'stylize') {
          ctx[key] = opts[key];
        } else if (ctx.userOptions === undefined) {
          // Unknown options are passed on to custom inspect functions.
          ctx.userOptions = opts;
        }
      }
    }
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return formatValue(ctx, value, 0);
}
inspect.custom = customInspectSymbol;
Object.defineProperty(inspect, 'defaultOptions', {
  get() {
    return inspectDefaultOptions;
  },
  set(options) {
    require('internal/validators').validateObject(options, 'options');
    return Object.assign(inspectDefaultOptions, options);
  },
});
inspect.colors = colors;
inspect.styles = styles;

// The options object handed to a custom inspect function.
function getUserOptions(ctx, isCrossContext) {
  const ret = {
    stylize: ctx.stylize,
    showHidden: ctx.showHidden,
    depth: ctx.depth,
    colors: ctx.colors,
    customInspect: ctx.customInspect,
    showProxy: ctx.showProxy,
    maxArrayLength: ctx.maxArrayLength,
    maxStringLength: ctx.maxStringLength,
    breakLength: ctx.breakLength,
    compact: ctx.compact,
    sorted: ctx.sorted,
    getters: ctx.getters,
    numericSeparator: ctx.numericSeparator,
    ...ctx.userOptions,
  };
  if (isCrossContext) {
    Object.setPrototypeOf(ret, null);
    for (const key of Object.keys(ret)) {
      if ((typeof ret[key] === 'object' || typeof ret[key] === 'function') && ret[key] !== null) {
        delete ret[key];
      }
    }
    ret.stylize = Object.setPrototypeOf((value, flavour) => {
      let stylized;
      try {
        stylized = `${ctx.stylize(value, flavour)}`;
      } catch {
        // A failing stylize leaves the value unstyled.
      }
      return typeof stylized === 'string' ? stylized : value;
    }, null);
  }
  return ret;
}

function formatValue(ctx, value, recurseTimes, typedArray) {
  if (typeof value !== 'object' && typeof value !== 'function' && !isUndetectableObject(value)) {
    return formatPrimitive(ctx.stylize, value, ctx);
  }
  if (value === null) return ctx.stylize('null', 'null');

  // Proxies are looked through without running any of their traps.
  const context = value;
  const proxy = utilBinding.getProxyDetails(value, !!ctx.showProxy);
  if (proxy !== undefined) {
    if (proxy === null || proxy[0] === null) return ctx.stylize('<Revoked Proxy>', 'special');
    if (ctx.showProxy) return formatProxy(ctx, proxy, recurseTimes);
    value = proxy;
  }

  if (ctx.customInspect) {
    const maybeCustom = value[customInspectSymbol];
    if (typeof maybeCustom === 'function' && maybeCustom !== inspect &&
        !(value.constructor && value.constructor.prototype === value)) {
      const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
      const isCrossContext = proxy !== undefined || !(context instanceof Object);
      const ret = maybeCustom.call(context, depth, getUserOptions(ctx, isCrossContext), inspect);
      if (ret !== context) {
        if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes);
        return ret.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
      }
    }
  }

  if (ctx.seen.includes(value)) {
    let index = 1;
    if (ctx.circular === undefined) {
      ctx.circular = new Map();
      ctx.circular.set(value, index);
    } else {
      index = ctx.circular.get(value);
      if (index === undefined) {
        index = ctx.circular.size + 1;
        ctx.circular.set(value, index);
      }
    }
    return ctx.stylize(`[Circular *${index}]`, 'special');
  }
  return formatRaw(ctx, value, recurseTimes, typedArray);
}

function formatProxy(ctx, proxy, recurseTimes) {
  if (recurseTimes > ctx.depth && ctx.depth !== null) return ctx.stylize('Proxy [Array]', 'special');
  recurseTimes += 1;
  ctx.indentationLvl += 2;
  const res = [formatValue(ctx, proxy[0], recurseTimes), formatValue(ctx, proxy[1], recurseTimes)];
  ctx.indentationLvl -= 2;
  return reduceToSingleString(ctx, res, '', ['Proxy [', ']'], kArrayExtrasType, recurseTimes);
}

function isInstanceof(object, proto) {
  try {
    return object instanceof proto;
  } catch {
    return false;
  }
}

const wellKnownPrototypes = new Map([
  [Object.prototype, { name: 'Object', constructor: Object }],
  [Function.prototype, { name: 'Function', constructor: Function }],
]);

// The name of the nearest constructor on the prototype chain; null for a
// null-prototype object; 'Foo <Complex prototype>'-style names otherwise.
// With showHidden, user-defined prototype properties are collected too.
function getConstructorName(obj, ctx, recurseTimes, protoProps) {
  let firstProto;
  const tmp = obj;
  while (obj || isUndetectableObject(obj)) {
    const known = wellKnownPrototypes.get(obj);
    if (known !== undefined && Function.prototype[Symbol.hasInstance].call(known.constructor, tmp)) {
      if (protoProps !== undefined && firstProto !== obj) {
        addPrototypeProperties(ctx, tmp, firstProto || tmp, recurseTimes, protoProps);
      }
      return known.name;
    }
    const descriptor = Object.getOwnPropertyDescriptor(obj, 'constructor');
    if (descriptor !== undefined && typeof descriptor.value === 'function' &&
        descriptor.value.name !== '' && isInstanceof(tmp, descriptor.value)) {
      if (protoProps !== undefined &&
          (firstProto !== obj || !builtInObjects.has(descriptor.value.name))) {
        addPrototypeProperties(ctx, tmp, firstProto || tmp, recurseTimes, protoProps);
      }
      return String(descriptor.value.name);
    }
    obj = Object.getPrototypeOf(obj);
    if (firstProto === undefined) firstProto = obj;
  }
  if (firstProto === null) return null;
  const res = utilBinding.getConstructorName(tmp);
  if (recurseTimes > ctx.depth && ctx.depth !== null) return `${res} <Complex prototype>`;
  const protoConstr = getConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);
  if (protoConstr === null) {
    return `${res} <${inspect(firstProto, { ...ctx, customInspect: false, depth: -1 })}>`;
  }
  return `${res} <${protoConstr}>`;
}

// Lists non-function properties of up to three user-defined prototype
// levels (showHidden only).
function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
  let depth = 0;
  let keys;
  let keySet;
  do {
    if (depth !== 0 || main === obj) {
      obj = Object.getPrototypeOf(obj);
      if (obj === null) return;
      const descriptor = Object.getOwnPropertyDescriptor(obj, 'constructor');
      if (descriptor !== undefined && typeof descriptor.value === 'function' &&
          builtInObjects.has(descriptor.value.name)) {
        return;
      }
    }
    if (depth === 0) {
      keySet = new Set();
    } else {
      for (const key of keys) keySet.add(key);
    }
    keys = Reflect.ownKeys(obj);
    ctx.seen.push(main);
    for (const key of keys) {
      if (key === 'constructor' || Object.prototype.hasOwnProperty.call(main, key) ||
          (depth !== 0 && keySet.has(key))) {
        continue;
      }
      const desc = Object.getOwnPropertyDescriptor(obj, key);
      if (typeof desc.value === 'function') continue;
      const value = formatProperty(ctx, obj, recurseTimes, key, kObjectType, desc, main);
      output.push(ctx.colors ? `\u001b[2m${value}\u001b[22m` : value);
    }
    ctx.seen.pop();
  } while (++depth !== 3);
}

function getKeys(value, showHidden) {
  let keys;
  const symbols = Object.getOwnPropertySymbols(value);
  if (showHidden) {
    keys = Object.getOwnPropertyNames(value);
    if (symbols.length !== 0) keys.push(...symbols);
  } else {
    try {
      keys = Object.keys(value);
    } catch {
      // A namespace of a module that has not been evaluated yet.
      keys = Object.getOwnPropertyNames(value);
    }
    if (symbols.length !== 0) {
      keys.push(...symbols.filter((key) => Object.prototype.propertyIsEnumerable.call(value, key)));
    }
  }
  return keys;
}

function getCtxStyle(value, constructor, tag) {
  let fallback = '';
  if (constructor === null) {
    fallback = utilBinding.getConstructorName(value);
    if (fallback === tag) fallback = 'Object';
  }
  return getPrefix(constructor, tag, fallback);
}

function getIteratorBraces(type, tag) {
  if (tag !== `${type} Iterator`) {
    if (tag !== '') tag += '] [';
    tag += `${type} Iterator`;
  }
  return [`[${tag}] {`, '}'];
}

function getBoxedBase(value, ctx, keys, constructor, tag) {
  let primitive;
  let type;
  if (types.isNumberObject(value)) {
    primitive = Number.prototype.valueOf.call(value);
    type = 'Number';
  } else if (types.isStringObject(value)) {
    primitive = String.prototype.valueOf.call(value);
    type = 'String';
    // The index keys of a boxed string repeat its characters.
    keys.splice(0, value.length);
  } else if (types.isBooleanObject(value)) {
    primitive = Boolean.prototype.valueOf.call(value);
    type = 'Boolean';
  } else if (types.isBigIntObject(value)) {
    primitive = BigInt.prototype.valueOf.call(value);
    type = 'BigInt';
  } else {
    primitive = Symbol.prototype.valueOf.call(value);
    type = 'Symbol';
  }
  let base = `[${type}`;
  if (type !== constructor) base += constructor === null ? ' (null prototype)' : ` (${constructor})`;
  base += `: ${formatPrimitive(stylizeNoColor, primitive, ctx)}]`;
  if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
  if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
  return ctx.stylize(base, type.toLowerCase());
}

function getClassBase(value, constructor, tag) {
  const hasName = Object.prototype.hasOwnProperty.call(value, 'name');
  const name = (hasName && value.name) || '(anonymous)';
  let base = `class ${name}`;
  if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  if (constructor !== null) {
    const superName = Object.getPrototypeOf(value).name;
    if (superName) base += ` extends ${superName}`;
  } else {
    base += ' extends [null prototype]';
  }
  return `[${base}]`;
}

function getFunctionBase(value, constructor, tag) {
  const source = Function.prototype.toString.call(value);
  if (source.startsWith('class') && source.endsWith('}')) {
    const slice = source.slice(5, -1);
    const bracketIndex = slice.indexOf('{');
    if (bracketIndex !== -1 &&
        (!slice.slice(0, bracketIndex).includes('(') ||
         classRegExp.exec(slice.replace(stripCommentsRegExp, '')) !== null)) {
      return getClassBase(value, constructor, tag);
    }
  }
  let type = 'Function';
  if (types.isGeneratorFunction(value)) type = `Generator${type}`;
  if (types.isAsyncFunction(value)) type = `Async${type}`;
  let base = `[${type}`;
  if (constructor === null) base += ' (null prototype)';
  base += value.name === '' ? ' (anonymous)' : `: ${value.name}`;
  base += ']';
  if (constructor !== type && constructor !== null) base += ` ${constructor}`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  return base;
}

// node's duck-typed URL check (a legacy url.parse() result has auth/path).
function isURL(value) {
  return Boolean(value?.href && value.protocol && value.auth === undefined && value.path === undefined);
}

// Everything about an object that depends on its kind: the entry
// formatter, the braces, a base text printed before them, and its keys.
function describe(ctx, value, recurseTimes, typedArray, constructor, tag, protoProps) {
  const d = { keys: undefined, base: '', formatter: getEmptyFormatArray, braces: undefined,
              extrasType: kObjectType, done: undefined };
  const filter = ctx.showHidden ? ALL_PROPERTIES : ONLY_ENUMERABLE;
  const noProto = protoProps === undefined;
  if (Symbol.iterator in value || constructor === null) {
    if (Array.isArray(value)) {
      const prefix = (constructor !== 'Array' || tag !== '') ?
        getPrefix(constructor, tag, 'Array', `(${value.length})`) : '';
      d.keys = utilBinding.getOwnNonIndexProperties(value, filter);
      d.braces = [`${prefix}[`, ']'];
      if (value.length === 0 && d.keys.length === 0 && noProto) return done(d, `${d.braces[0]}]`);
      d.extrasType = kArrayExtrasType;
      d.formatter = formatArray;
      return d;
    }
    if (types.isSet(value)) {
      const size = sizeOf(value, Set);
      const prefix = getPrefix(constructor, tag, 'Set', `(${size})`);
      d.keys = getKeys(value, ctx.showHidden);
      const iterable = constructor !== null ? value : Set.prototype.values.call(value);
      d.formatter = (c, v, r) => formatSet(iterable, size, c, r);
      if (size === 0 && d.keys.length === 0 && noProto) return done(d, `${prefix}{}`);
      d.braces = [`${prefix}{`, '}'];
      return d;
    }
    if (types.isMap(value)) {
      const size = sizeOf(value, Map);
      const prefix = getPrefix(constructor, tag, 'Map', `(${size})`);
      d.keys = getKeys(value, ctx.showHidden);
      const iterable = constructor !== null ? value : Map.prototype.entries.call(value);
      d.formatter = (c, v, r) => formatMap(iterable, size, c, r);
      if (size === 0 && d.keys.length === 0 && noProto) return done(d, `${prefix}{}`);
      d.braces = [`${prefix}{`, '}'];
      return d;
    }
    if (types.isTypedArray(value)) {
      d.keys = utilBinding.getOwnNonIndexProperties(value, filter);
      let bound = value;
      let fallback = '';
      const TypedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
      if (constructor === null) {
        fallback = Object.getOwnPropertyDescriptor(TypedArrayProto, Symbol.toStringTag).get.call(value);
        bound = new globalThis[fallback](value);
      }
      const size = Object.getOwnPropertyDescriptor(TypedArrayProto, 'length').get.call(value);
      const prefix = getPrefix(constructor, tag, fallback, `(${size})`);
      d.braces = [`${prefix}[`, ']'];
      if (value.length === 0 && d.keys.length === 0 && !ctx.showHidden) return done(d, `${d.braces[0]}]`);
      d.formatter = (c, v, r) => formatTypedArray(bound, size, c, r);
      d.extrasType = kArrayExtrasType;
      return d;
    }
    if (types.isMapIterator(value) || types.isSetIterator(value)) {
      d.keys = getKeys(value, ctx.showHidden);
      d.braces = getIteratorBraces(types.isMapIterator(value) ? 'Map' : 'Set', tag);
      d.formatter = (c, v, r) => formatIterator(d.braces, c, v, r);
      return d;
    }
  }
  d.keys = getKeys(value, ctx.showHidden);
  d.braces = ['{', '}'];
  const keys = d.keys;
  if (typeof value === 'function') {
    d.base = getFunctionBase(value, constructor, tag);
    if (keys.length === 0 && noProto) return done(d, ctx.stylize(d.base, 'special'));
  } else if (constructor === 'Object') {
    if (types.isArgumentsObject(value)) {
      d.braces[0] = '[Arguments] {';
    } else if (tag !== '') {
      d.braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
    }
    if (keys.length === 0 && noProto) return done(d, `${d.braces[0]}}`);
  } else if (types.isRegExp(value)) {
    d.base = RegExp.prototype.toString.call(constructor !== null ? value : new RegExp(value));
    const prefix = getPrefix(constructor, tag, 'RegExp');
    if (prefix !== 'RegExp ') d.base = `${prefix}${d.base}`;
    if ((keys.length === 0 && noProto) || (recurseTimes > ctx.depth && ctx.depth !== null)) {
      return done(d, ctx.stylize(d.base, 'regexp'));
    }
  } else if (types.isDate(value)) {
    d.base = Number.isNaN(Date.prototype.getTime.call(value)) ?
      Date.prototype.toString.call(value) : Date.prototype.toISOString.call(value);
    const prefix = getPrefix(constructor, tag, 'Date');
    if (prefix !== 'Date ') d.base = `${prefix}${d.base}`;
    if (keys.length === 0 && noProto) return done(d, ctx.stylize(d.base, 'date'));
  } else if (isError(value)) {
    d.base = formatError(value, constructor, tag, ctx, keys, isError);
    if (keys.length === 0 && noProto) return done(d, d.base);
  } else if (types.isAnyArrayBuffer(value)) {
    const arrayType = types.isArrayBuffer(value) ? 'ArrayBuffer' : 'SharedArrayBuffer';
    const prefix = getPrefix(constructor, tag, arrayType);
    if (typedArray === undefined) {
      d.formatter = formatArrayBuffer;
    } else if (keys.length === 0 && noProto) {
      return done(d, `${prefix}{ byteLength: ${formatNumber(ctx.stylize, value.byteLength, false)} }`);
    }
    d.braces[0] = `${prefix}{`;
    keys.unshift('byteLength');
  } else if (types.isDataView(value)) {
    d.braces[0] = `${getPrefix(constructor, tag, 'DataView')}{`;
    keys.unshift('byteLength', 'byteOffset', 'buffer');
  } else if (types.isPromise(value)) {
    d.braces[0] = `${getPrefix(constructor, tag, 'Promise')}{`;
    d.formatter = formatPromise;
  } else if (types.isWeakSet(value)) {
    d.braces[0] = `${getPrefix(constructor, tag, 'WeakSet')}{`;
    d.formatter = ctx.showHidden ? formatWeakSet : formatWeakCollection;
  } else if (types.isWeakMap(value)) {
    d.braces[0] = `${getPrefix(constructor, tag, 'WeakMap')}{`;
    d.formatter = ctx.showHidden ? formatWeakMap : formatWeakCollection;
  } else if (types.isModuleNamespaceObject(value)) {
    d.braces[0] = `${getPrefix(constructor, tag, 'Module')}{`;
    d.formatter = (c, v, r) => formatNamespaceObject(keys, c, v, r);
  } else if (types.isBoxedPrimitive(value)) {
    d.base = getBoxedBase(value, ctx, keys, constructor, tag);
    if (keys.length === 0 && noProto) return done(d, d.base);
  } else if (isURL(value) && !(recurseTimes > ctx.depth && ctx.depth !== null)) {
    d.base = value.href;
    if (keys.length === 0 && noProto) return done(d, d.base);
  } else {
    if (keys.length === 0 && noProto) {
      if (types.isExternal(value)) {
        const address = utilBinding.getExternalValue(value).toString(16);
        return done(d, ctx.stylize(`[External: ${address}]`, 'special'));
      }
      return done(d, `${getCtxStyle(value, constructor, tag)}{}`);
    }
    d.braces[0] = `${getCtxStyle(value, constructor, tag)}{`;
  }
  return d;
}

function done(d, text) {
  d.done = text;
  return d;
}

function sizeOf(value, Kind) {
  return Object.getOwnPropertyDescriptor(Kind.prototype, 'size').get.call(value);
}

function getEmptyFormatArray() {
  return [];
}

function formatRaw(ctx, value, recurseTimes, typedArray) {
  let protoProps;
  if (ctx.showHidden && (recurseTimes <= ctx.depth || ctx.depth === null)) protoProps = [];
  const constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
  if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;

  // The tag is shown only when it is not an own (enumerable) property,
  // which would be printed anyway.
  let tag = value[Symbol.toStringTag];
  if (typeof tag !== 'string' ||
      (tag !== '' && (ctx.showHidden ? Object.prototype.hasOwnProperty :
        Object.prototype.propertyIsEnumerable).call(value, Symbol.toStringTag))) {
    tag = '';
  }

  const d = describe(ctx, value, recurseTimes, typedArray, constructor, tag, protoProps);
  if (d.done !== undefined) return d.done;
  const { keys, braces, extrasType } = d;
  let base = d.base;

  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    let constructorName = getCtxStyle(value, constructor, tag).slice(0, -1);
    if (constructor !== null) constructorName = `[${constructorName}]`;
    return ctx.stylize(constructorName, 'special');
  }
  recurseTimes += 1;
  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  let output;
  const indentationLvl = ctx.indentationLvl;
  try {
    output = d.formatter(ctx, value, recurseTimes);
    for (let i = 0; i < keys.length; i++) {
      output.push(formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
    }
    if (protoProps !== undefined) output.push(...protoProps);
  } catch (err) {
    if (!lazyErrors().isStackOverflowError(err)) throw err;
    const constructorName = getCtxStyle(value, constructor, tag).slice(0, -1);
    ctx.seen.pop();
    ctx.indentationLvl = indentationLvl;
    return ctx.stylize(`[${constructorName}: Inspection interrupted prematurely. ` +
      'Maximum call stack size exceeded.]', 'special');
  }
  if (ctx.circular !== undefined) {
    const index = ctx.circular.get(value);
    if (index !== undefined) {
      const reference = ctx.stylize(`<ref *${index}>`, 'special');
      if (ctx.compact !== true) {
        base = base === '' ? reference : `${reference} ${base}`;
      } else {
        braces[0] = `${reference} ${braces[0]}`;
      }
    }
  }
  ctx.seen.pop();

  if (ctx.sorted) {
    const comparator = ctx.sorted === true ? undefined : ctx.sorted;
    if (extrasType === kObjectType) {
      output.sort(comparator);
    } else if (keys.length > 1) {
      const sorted = output.slice(output.length - keys.length).sort(comparator);
      output.splice(output.length - keys.length, keys.length, ...sorted);
    }
  }

  const res = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
  const newLength = (ctx.budget[ctx.indentationLvl] || 0) + res.length;
  ctx.budget[ctx.indentationLvl] = newLength;
  // Past ~128M characters further nesting is cut short, so that a huge
  // object cannot exhaust the string size limit or block for too long.
  if (newLength > 2 ** 27) ctx.depth = -1;
  return res;
}

module.exports = {
  inspect,
  inspectDefaultOptions,
  formatValue,
  getStringWidth,
  isZeroWidthCodePoint,
  identicalSequenceRange,
  stripVTControlCharacters,
  customInspectSymbol,
  builtInObjects,
};

function stripVTControlCharacters(str) {
  require('internal/validators').validateString(str, 'str');
  ansi.lastIndex = 0;
  return str.replace(ansi, '');
}

// The entry formatters and format() live in a second file; they need
// formatValue and inspect from this one.
const entries = require('internal/util/inspect_entries');
const {
  formatArray, formatArrayBuffer, formatTypedArray, formatSet, formatMap, formatIterator,
  formatPromise, formatWeakSet, formatWeakMap, formatWeakCollection, formatNamespaceObject,
  formatProperty,
} = entries.bind({ formatValue, inspect, utilBinding, kPending, kRejected, kWeak, kIterator,
                   kMapEntries, keyStrRegExp, numberRegExp, strEscape, escapeKey, formatNumber,
                   formatBigInt, formatPrimitive, getStringWidth, remainingText,
                   reduceToSingleString, kObjectType, kArrayType, kArrayExtrasType });
const { format, formatWithOptions } = require('internal/util/format');
module.exports.format = format;
module.exports.formatWithOptions = formatWithOptions;
