'use strict';
// util.inspect and util.format. (node's complete formatting is being written
// alongside; this is the core's first cut.)

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const utilBinding = internalBinding('util');
const types = internalBinding('types');

function quote(str) {
  const q = !str.includes("'") ? "'" : !str.includes('"') ? '"' : !str.includes('`') ? '`' : "'";
  const escaped = str.replace(/[\\\n\t\r\b\f\v\x00-\x1f]/g, (c) => ({ '\\': '\\\\', '\n': '\\n', '\t': '\\t', '\r': '\\r', '\b': '\\b', '\f': '\\f', '\v': '\\v' }[c] || `\\x${c.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`));
  return q + (q === "'" ? escaped.replace(/'/g, "\\'") : escaped) + q;
}

function formatKey(key) {
  if (typeof key === 'symbol') return `[${key.toString()}]`;
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : quote(key);
}

function formatPrimitive(value) {
  switch (typeof value) {
    case 'string': return quote(value);
    case 'number': return Object.is(value, -0) ? '-0' : String(value);
    case 'bigint': return `${value}n`;
    case 'symbol': return value.toString();
    case 'undefined': return 'undefined';
    case 'boolean': return String(value);
  }
  return 'null';
}

function reduceToSingleString(output, base, braces, breakLength, indentation) {
  const start = output.length + base.length + braces[0].length + indentation;
  const total = output.reduce((sum, s) => sum + s.length, 0) + start;
  if (total + output.length <= breakLength && !output.some((s) => s.includes('\n'))) {
    return `${base ? `${base} ` : ''}${braces[0]} ${output.join(', ')} ${braces[1]}`;
  }
  const ind = ' '.repeat(indentation);
  return `${base ? `${base} ` : ''}${braces[0]}\n${ind}  ${output.join(`,\n${ind}  `)}\n${ind}${braces[1]}`;
}

function formatValue(ctx, value, depth) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return formatPrimitive(value);
  if (ctx.customInspect && typeof value[customInspectSymbol] === 'function') {
    const r = value[customInspectSymbol](depth, { ...ctx, stylize: (s) => s }, inspect);
    if (r !== value) return typeof r === 'string' ? r : formatValue(ctx, r, depth);
  }
  if (ctx.seen.includes(value)) return '[Circular *1]';
  if (typeof value === 'function') {
    const name = value.name ? `: ${value.name}` : ' (anonymous)';
    const kind = Function.prototype.toString.call(value).startsWith('class') ? 'class' : types.isAsyncFunction(value) ? 'AsyncFunction' : types.isGeneratorFunction(value) ? 'GeneratorFunction' : 'Function';
    if (kind === 'class') return `[class ${value.name || '(anonymous)'}]`;
    return `[${kind}${name}]`;
  }
  if (value instanceof Error || types.isNativeError(value)) return value.stack || String(value);
  if (types.isDate(value)) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  if (types.isRegExp(value)) return RegExp.prototype.toString.call(value);
  const ctor = value.constructor && value.constructor.name;
  if (depth > ctx.depth) return Array.isArray(value) ? '[Array]' : `[${ctor || 'Object'}]`;
  ctx.seen.push(value);
  let output = [];
  let braces = ['{', '}'];
  let base = '';
  if (Array.isArray(value)) {
    braces = ['[', ']'];
    for (let i = 0; i < value.length && i < 100; i++) output.push(i in value ? formatValue(ctx, value[i], depth + 1) : '<1 empty item>');
    if (value.length > 100) output.push(`... ${value.length - 100} more items`);
    if (ctor !== 'Array') base = `${ctor}(${value.length})`;
  } else if (types.isMap(value)) {
    base = `Map(${value.size})`;
    for (const [k, v] of value) output.push(`${formatValue(ctx, k, depth + 1)} => ${formatValue(ctx, v, depth + 1)}`);
  } else if (types.isSet(value)) {
    base = `Set(${value.size})`;
    for (const v of value) output.push(formatValue(ctx, v, depth + 1));
  } else if (types.isPromise(value)) {
    base = 'Promise';
    const [state, result] = utilBinding.getPromiseState(value);
    output.push(state === 0 ? '<pending>' : state === 2 ? `<rejected> ${formatValue(ctx, result, depth + 1)}` : formatValue(ctx, result, depth + 1));
  } else if (types.isTypedArray(value)) {
    braces = ['[', ']'];
    base = `${ctor}(${value.length})`;
    for (let i = 0; i < value.length && i < 100; i++) output.push(String(value[i]));
  } else if (ctor !== 'Object') {
    base = ctor === undefined ? '[Object: null prototype]' : ctor;
  }
  if (!Array.isArray(value) && !types.isTypedArray(value)) {
    for (const key of Object.keys(value)) {
      const desc = Object.getOwnPropertyDescriptor(value, key);
      const shown = desc.get ? (desc.set ? '[Getter/Setter]' : '[Getter]') : desc.set ? '[Setter]' : formatValue(ctx, value[key], depth + 1);
      output.push(`${formatKey(key)}: ${shown}`);
    }
  }
  ctx.seen.pop();
  if (output.length === 0) {
    if (base && !types.isMap(value) && !types.isSet(value)) return `${base} ${braces[0]}${braces[1]}`;
    return base ? `${base} ${braces[0]}${braces[1]}` : `${braces[0]}${braces[1]}`;
  }
  return reduceToSingleString(output, base, braces, ctx.breakLength, ctx.indentation + depth * 2);
}

function inspect(value, opts) {
  const ctx = { depth: 2, breakLength: 80, customInspect: true, seen: [], indentation: 0, colors: false };
  if (typeof opts === 'object' && opts !== null) Object.assign(ctx, opts);
  if (ctx.depth === null) ctx.depth = Infinity;
  return formatValue(ctx, value, 0);
}
inspect.custom = customInspectSymbol;
inspect.defaultOptions = { depth: 2, breakLength: 80 };

function formatWithOptions(options, ...args) {
  const first = args[0];
  let out = '';
  let a = 0;
  if (typeof first === 'string' && args.length > 1) {
    a = 1;
    out = first.replace(/%([sdifjoOc%])/g, (m, c) => {
      if (c === '%') return '%';
      if (a >= args.length) return m;
      const v = args[a++];
      switch (c) {
        case 's': return typeof v === 'string' ? v : typeof v === 'bigint' ? `${v}n` : typeof v === 'object' && v !== null ? inspect(v, { ...options, depth: 0 }) : String(v);
        case 'd': case 'i': return typeof v === 'bigint' ? `${v}n` : String(c === 'i' ? parseInt(v) : Number(v));
        case 'f': return String(parseFloat(v));
        case 'j': try { return JSON.stringify(v); } catch { return '[Circular]'; }
        case 'o': case 'O': return inspect(v, options);
        case 'c': return '';
      }
      return m;
    });
  } else if (args.length > 0) {
    out = typeof first === 'string' ? first : inspect(first, options);
    a = 1;
  }
  for (; a < args.length; a++) {
    const v = args[a];
    out += ' ' + (typeof v === 'string' ? v : inspect(v, options));
  }
  return out;
}

function format(...args) {
  return formatWithOptions(undefined, ...args);
}

module.exports = { inspect, format, formatWithOptions, customInspectSymbol };
