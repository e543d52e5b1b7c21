'use strict';

// The public methods of Console (log, warn, dir, time*, count*, group*,
// trace, assert, table). The factory receives the internals of
// internal/console/constructor so both files share one set of symbols.

const keyKey = 'Key';
const valuesKey = 'Values';
const indexKey = '(index)';
const iterKey = '(iteration index)';

module.exports = function createMethods(k) {
  const {
    kWriteToConsole, kFormatForStdout, kFormatForStderr, kGetInspectOptions, kUseStdout, kUseStderr,
    kCounts, kGroupIndent, kGroupIndentationWidth, inspect, validateArray, emitWarning, now,
    timeLogImpl, utilBinding, types,
  } = k;

  let cliTable;
  const isArrayLike = (v) => Array.isArray(v) || types.isTypedArray(v);

  // console.table cells: short, single-line renderings of each value.
  function tableInspect(self, v) {
    const depth = v !== null && typeof v === 'object' && !isArrayLike(v) && Object.keys(v).length > 2 ? -1 : 0;
    return inspect(v, {
      depth,
      maxArrayLength: 3,
      breakLength: Infinity,
      ...self[kGetInspectOptions](self._stdout),
    });
  }

  function table(tabularData, properties) {
    if (properties !== undefined) validateArray(properties, 'properties');
    if (tabularData === null || typeof tabularData !== 'object') return this.log(tabularData);
    if (cliTable === undefined) cliTable = require('internal/console/table');
    const final = (keys, values) => this.log(cliTable(keys, values));
    const show = (v) => tableInspect(this, v);
    const indexArray = (length) => Array.from({ length }, (_, i) => show(i));

    const mapIter = types.isMapIterator(tabularData);
    let isKeyValue = false;
    if (mapIter) {
      const res = utilBinding.previewEntries(tabularData, true);
      tabularData = res[0];
      isKeyValue = res[1];
    }
    if (isKeyValue || types.isMap(tabularData)) {
      const keys = [];
      const values = [];
      if (mapIter) {
        for (let i = 0; i < tabularData.length / 2; ++i) {
          keys.push(show(tabularData[i * 2]));
          values.push(show(tabularData[i * 2 + 1]));
        }
      } else {
        for (const { 0: key, 1: value } of tabularData) {
          keys.push(show(key));
          values.push(show(value));
        }
      }
      return final([iterKey, keyKey, valuesKey], [indexArray(keys.length), keys, values]);
    }

    const setIter = types.isSetIterator(tabularData);
    if (setIter) tabularData = utilBinding.previewEntries(tabularData);
    if (setIter || mapIter || types.isSet(tabularData)) {
      const values = [];
      for (const v of tabularData) values.push(show(v));
      return final([iterKey, valuesKey], [indexArray(values.length), values]);
    }

    const map = { __proto__: null };
    let hasPrimitives = false;
    const valuesKeyArray = [];
    const indexKeyArray = Object.keys(tabularData);
    for (let i = 0; i < indexKeyArray.length; i++) {
      const item = tabularData[indexKeyArray[i]];
      const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
      if (properties === undefined && primitive) {
        hasPrimitives = true;
        valuesKeyArray[i] = show(item);
      } else {
        const keys = properties || Object.keys(item);
        for (const key of keys) {
          map[key] ??= [];
          if ((primitive && properties) || !Object.prototype.hasOwnProperty.call(item, key)) {
            map[key][i] = '';
          } else {
            map[key][i] = show(item[key]);
          }
        }
      }
    }
    const keys = Object.keys(map);
    const values = Object.values(map);
    if (hasPrimitives) {
      keys.push(valuesKey);
      values.push(valuesKeyArray);
    }
    keys.unshift(indexKey);
    values.unshift(indexKeyArray);
    return final(keys, values);
  }

  return {
    log(...args) {
      this[kWriteToConsole](kUseStdout, this[kFormatForStdout](args));
    },

    warn(...args) {
      this[kWriteToConsole](kUseStderr, this[kFormatForStderr](args));
    },

    dir(object, options) {
      this[kWriteToConsole](kUseStdout, inspect(object, {
        customInspect: false,
        ...this[kGetInspectOptions](this._stdout),
        ...options,
      }));
    },

    time(label = 'default') {
      label = `${label}`;
      if (this._times.has(label)) {
        emitWarning(`Label '${label}' already exists for console.time()`);
        return;
      }
      this._times.set(label, now());
    },

    timeEnd(label = 'default') {
      label = `${label}`;
      if (timeLogImpl(this, 'timeEnd', label)) this._times.delete(label);
    },

    timeLog(label = 'default', ...data) {
      label = `${label}`;
      timeLogImpl(this, 'timeLog', label, data);
    },

    trace: function trace(...args) {
      const err = { name: 'Trace', message: this[kFormatForStderr](args) };
      Error.captureStackTrace(err, trace);
      this.error(err.stack);
    },

    assert(expression, ...args) {
      if (!expression) {
        args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
        Reflect.apply(this.warn, this, args);
      }
    },

    // Clearing only makes sense on a terminal.
    clear() {
      if (this._stdout.isTTY && process.env.TERM !== 'dumb') {
        this._stdout.write('\u001b[1;1H\u001b[0J');
      }
    },

    count(label = 'default') {
      label = `${label}`;
      const counts = this[kCounts];
      const count = (counts.get(label) || 0) + 1;
      counts.set(label, count);
      this.log(`${label}: ${count}`);
    },

    countReset(label = 'default') {
      const counts = this[kCounts];
      if (!counts.has(label)) {
        emitWarning(`Count for '${label}' does not exist`);
        return;
      }
      counts.delete(`${label}`);
    },

    group(...data) {
      if (data.length > 0) Reflect.apply(this.log, this, data);
      this[kGroupIndent] += ' '.repeat(this[kGroupIndentationWidth]);
    },

    groupEnd() {
      this[kGroupIndent] = this[kGroupIndent].slice(0, this[kGroupIndent].length - this[kGroupIndentationWidth]);
    },

    table,
  };
};
