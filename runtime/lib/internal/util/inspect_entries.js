'use strict';

// The entry formatters of util.inspect: each returns the list of formatted
// entries of one kind of object (array items, map pairs, properties...),
// which reduceToSingleString then lays out. They recurse through
// formatValue, so the functions are created by bind() with the pieces of
// internal/util/inspect they need.

function bind(deps) {
  const {
    formatValue, utilBinding, kPending, kRejected, kWeak, kMapEntries,
    keyStrRegExp, numberRegExp, strEscape, escapeKey, formatNumber, formatBigInt,
    formatPrimitive, getStringWidth, remainingText, reduceToSingleString,
    kObjectType, kArrayType, kArrayExtrasType,
  } = deps;

  // A sparse array, or one with non-index keys in its index range: holes
  // are written as '<n empty items>'.
  function formatSpecialArray(ctx, value, recurseTimes, maxLength, output, i) {
    const keys = Object.keys(value);
    let index = i;
    for (; i < keys.length && output.length < maxLength; i++) {
      const key = keys[i];
      const tmp = +key;
      if (tmp > 2 ** 32 - 2) break;
      if (`${index}` !== key) {
        if (!numberRegExp.test(key)) break;
        const emptyItems = tmp - index;
        output.push(ctx.stylize(`<${emptyItems} empty item${emptyItems > 1 ? 's' : ''}>`, 'undefined'));
        index = tmp;
        if (output.length === maxLength) break;
      }
      output.push(formatProperty(ctx, value, recurseTimes, key, kArrayType));
      index++;
    }
    const remaining = value.length - index;
    if (output.length !== maxLength) {
      if (remaining > 0) {
        output.push(ctx.stylize(`<${remaining} empty item${remaining > 1 ? 's' : ''}>`, 'undefined'));
      }
    } else if (remaining > 0) {
      output.push(remainingText(remaining));
    }
    return output;
  }

  function formatArray(ctx, value, recurseTimes) {
    const valLen = value.length;
    const len = Math.min(Math.max(0, ctx.maxArrayLength), valLen);
    const remaining = valLen - len;
    const output = [];
    for (let i = 0; i < len; i++) {
      if (!Object.prototype.hasOwnProperty.call(value, i)) {
        return formatSpecialArray(ctx, value, recurseTimes, len, output, i);
      }
      output.push(formatProperty(ctx, value, recurseTimes, i, kArrayType));
    }
    if (remaining > 0) output.push(remainingText(remaining));
    return output;
  }

  function formatArrayBuffer(ctx, value) {
    let bytes;
    try {
      bytes = new Uint8Array(value);
    } catch {
      return [ctx.stylize('(detached)', 'special')];
    }
    const shown = Math.min(ctx.maxArrayLength, bytes.length);
    const hex = [];
    for (let i = 0; i < shown; i++) hex.push(bytes[i].toString(16).padStart(2, '0'));
    let str = hex.join(' ');
    const remaining = bytes.length - ctx.maxArrayLength;
    if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
    return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${str}>`];
  }

  function formatTypedArray(value, length, ctx, recurseTimes) {
    const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
    const remaining = value.length - maxLength;
    const output = new Array(maxLength);
    const elementFormatter = value.length > 0 && typeof value[0] === 'number' ? formatNumber : formatBigInt;
    for (let i = 0; i < maxLength; ++i) {
      output[i] = elementFormatter(ctx.stylize, value[i], ctx.numericSeparator);
    }
    if (remaining > 0) output[maxLength] = remainingText(remaining);
    if (ctx.showHidden) {
      // All but BYTES_PER_ELEMENT are getters; .buffer goes last.
      ctx.indentationLvl += 2;
      for (const key of ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer']) {
        output.push(`[${key}]: ${formatValue(ctx, value[key], recurseTimes, true)}`);
      }
      ctx.indentationLvl -= 2;
    }
    return output;
  }

  function formatSet(iterable, size, ctx, recurseTimes) {
    const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), size);
    const output = [];
    ctx.indentationLvl += 2;
    let i = 0;
    for (const v of iterable) {
      if (i >= maxLength) break;
      output.push(formatValue(ctx, v, recurseTimes));
      i++;
    }
    if (size - maxLength > 0) output.push(remainingText(size - maxLength));
    ctx.indentationLvl -= 2;
    return output;
  }

  function formatMap(iterable, size, ctx, recurseTimes) {
    const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), size);
    const output = [];
    ctx.indentationLvl += 2;
    let i = 0;
    for (const { 0: k, 1: v } of iterable) {
      if (i >= maxLength) break;
      output.push(`${formatValue(ctx, k, recurseTimes)} => ${formatValue(ctx, v, recurseTimes)}`);
      i++;
    }
    if (size - maxLength > 0) output.push(remainingText(size - maxLength));
    ctx.indentationLvl -= 2;
    return output;
  }

  function formatSetIterInner(ctx, recurseTimes, entries, state) {
    const maxLength = Math.min(Math.max(ctx.maxArrayLength, 0), entries.length);
    const output = new Array(maxLength);
    ctx.indentationLvl += 2;
    for (let i = 0; i < maxLength; i++) output[i] = formatValue(ctx, entries[i], recurseTimes);
    ctx.indentationLvl -= 2;
    // Weak collections have no order; sorting gives a stable output.
    if (state === kWeak && !ctx.sorted) output.sort();
    const remaining = entries.length - maxLength;
    if (remaining > 0) output.push(remainingText(remaining));
    return output;
  }

  // `entries` holds [key1, value1, key2, value2, ...].
  function formatMapIterInner(ctx, recurseTimes, entries, state) {
    const maxArrayLength = Math.max(ctx.maxArrayLength, 0);
    const len = entries.length / 2;
    const remaining = len - maxArrayLength;
    const maxLength = Math.min(maxArrayLength, len);
    const output = new Array(maxLength);
    ctx.indentationLvl += 2;
    if (state === kWeak) {
      for (let i = 0; i < maxLength; i++) {
        output[i] = `${formatValue(ctx, entries[i * 2], recurseTimes)} => ` +
          `${formatValue(ctx, entries[i * 2 + 1], recurseTimes)}`;
      }
      if (!ctx.sorted) output.sort();
    } else {
      for (let i = 0; i < maxLength; i++) {
        const pair = [formatValue(ctx, entries[i * 2], recurseTimes),
                      formatValue(ctx, entries[i * 2 + 1], recurseTimes)];
        output[i] = reduceToSingleString(ctx, pair, '', ['[', ']'], kArrayExtrasType, recurseTimes);
      }
    }
    ctx.indentationLvl -= 2;
    if (remaining > 0) output.push(remainingText(remaining));
    return output;
  }

  function formatWeakCollection(ctx) {
    return [ctx.stylize('<items unknown>', 'special')];
  }

  function formatWeakSet(ctx, value, recurseTimes) {
    return formatSetIterInner(ctx, recurseTimes, utilBinding.previewEntries(value), kWeak);
  }

  function formatWeakMap(ctx, value, recurseTimes) {
    return formatMapIterInner(ctx, recurseTimes, utilBinding.previewEntries(value), kWeak);
  }

  function formatIterator(braces, ctx, value, recurseTimes) {
    const [entries, isKeyValue] = utilBinding.previewEntries(value, true);
    if (isKeyValue) {
      braces[0] = braces[0].replace(/ Iterator] {$/, ' Entries] {');
      return formatMapIterInner(ctx, recurseTimes, entries, kMapEntries);
    }
    return formatSetIterInner(ctx, recurseTimes, entries, 1);
  }

  function formatPromise(ctx, value, recurseTimes) {
    const [state, result] = utilBinding.getPromiseState(value);
    if (state === kPending) return [ctx.stylize('<pending>', 'special')];
    ctx.indentationLvl += 2;
    const str = formatValue(ctx, result, recurseTimes);
    ctx.indentationLvl -= 2;
    return [state === kRejected ? `${ctx.stylize('<rejected>', 'special')} ${str}` : str];
  }

  // Bindings of a module namespace that are still in their temporal dead
  // zone read as <uninitialized>.
  function formatNamespaceObject(keys, ctx, value, recurseTimes) {
    const output = new Array(keys.length);
    for (let i = 0; i < keys.length; i++) {
      try {
        output[i] = formatProperty(ctx, value, recurseTimes, keys[i], kObjectType);
      } catch {
        const tmp = { [keys[i]]: '' };
        output[i] = formatProperty(ctx, tmp, recurseTimes, keys[i], kObjectType);
        const pos = output[i].lastIndexOf(' ');
        output[i] = output[i].slice(0, pos + 1) + ctx.stylize('<uninitialized>', 'special');
      }
    }
    keys.length = 0;
    return output;
  }

  function formatGetter(ctx, desc, original, recurseTimes) {
    const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
    const s = ctx.stylize;
    const sp = 'special';
    if (ctx.getters && (ctx.getters === true ||
        (ctx.getters === 'get' && desc.set === undefined) ||
        (ctx.getters === 'set' && desc.set !== undefined))) {
      try {
        const tmp = desc.get.call(original);
        ctx.indentationLvl += 2;
        let str;
        if (tmp === null) {
          str = `${s(`[${label}:`, sp)} ${s('null', 'null')}${s(']', sp)}`;
        } else if (typeof tmp === 'object') {
          str = `${s(`[${label}]`, sp)} ${formatValue(ctx, tmp, recurseTimes)}`;
        } else {
          str = `${s(`[${label}:`, sp)} ${formatPrimitive(s, tmp, ctx)}${s(']', sp)}`;
        }
        ctx.indentationLvl -= 2;
        return str;
      } catch (err) {
        return `${s(`[${label}:`, sp)} <Inspection threw (${err.message})>${s(']', sp)}`;
      }
    }
    return s(`[${label}]`, sp);
  }

  function formatProperty(ctx, value, recurseTimes, key, type, desc, original = value) {
    let str;
    let extra = ' ';
    desc = desc || Object.getOwnPropertyDescriptor(value, key) || { value: value[key], enumerable: true };
    if (desc.value !== undefined) {
      const diff = (ctx.compact !== true || type !== kObjectType) ? 2 : 3;
      ctx.indentationLvl += diff;
      str = formatValue(ctx, desc.value, recurseTimes);
      if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) {
        extra = `\n${' '.repeat(ctx.indentationLvl)}`;
      }
      ctx.indentationLvl -= diff;
    } else if (desc.get !== undefined) {
      str = formatGetter(ctx, desc, original, recurseTimes);
    } else if (desc.set !== undefined) {
      str = ctx.stylize('[Setter]', 'special');
    } else {
      str = ctx.stylize('undefined', 'undefined');
    }
    if (type === kArrayType) return str;
    let name;
    if (typeof key === 'symbol') {
      name = `[${ctx.stylize(escapeKey(Symbol.prototype.toString.call(key)), 'symbol')}]`;
    } else if (key === '__proto__') {
      name = "['__proto__']";
    } else if (desc.enumerable === false) {
      name = `[${escapeKey(key)}]`;
    } else if (keyStrRegExp.test(key)) {
      name = ctx.stylize(key, 'name');
    } else {
      name = ctx.stylize(strEscape(key), 'string');
    }
    return `${name}:${extra}${str}`;
  }

  return {
    formatArray, formatArrayBuffer, formatTypedArray, formatSet, formatMap, formatIterator,
    formatPromise, formatWeakSet, formatWeakMap, formatWeakCollection, formatNamespaceObject,
    formatProperty,
  };
}

module.exports = { bind };
