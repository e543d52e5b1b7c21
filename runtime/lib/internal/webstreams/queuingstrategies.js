'use strict';
// CountQueuingStrategy and ByteLengthQueuingStrategy.
const { codes: { ERR_MISSING_OPTION } } = require('internal/errors');
const { customInspect, customInspectFor, invalidThis } = require('internal/webstreams/util');

const kHWM = Symbol('kHighWaterMark');
const byteSize = (chunk) => chunk.byteLength;
const countSize = () => 1;
Object.defineProperty(byteSize, 'name', { value: 'size' });
Object.defineProperty(countSize, 'name', { value: 'size' });

function makeStrategy(name, size) {
  class Strategy {
    constructor(init) {
      if (init == null || typeof init !== 'object') {
        const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
        throw new ERR_INVALID_ARG_TYPE('init', 'Object', init);
      }
      if (init.highWaterMark === undefined) throw new ERR_MISSING_OPTION('options.highWaterMark');
      this[kHWM] = +init.highWaterMark;
    }
    get highWaterMark() {
      if (!(kHWM in this)) throw invalidThis(name);
      return this[kHWM];
    }
    get size() {
      if (!(kHWM in this)) throw invalidThis(name);
      return size;
    }
    [customInspect](depth, options, inspect) {
      return customInspectFor(name, this, depth, options, inspect, { highWaterMark: this.highWaterMark });
    }
  }
  Object.defineProperty(Strategy, 'name', { value: name });
  Object.defineProperty(Strategy.prototype, Symbol.toStringTag, { value: name, configurable: true });
  return Strategy;
}

const ByteLengthQueuingStrategy = makeStrategy('ByteLengthQueuingStrategy', byteSize);
const CountQueuingStrategy = makeStrategy('CountQueuingStrategy', countSize);

module.exports = { ByteLengthQueuingStrategy, CountQueuingStrategy };
