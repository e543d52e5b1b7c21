'use strict';

// assert.CallTracker (deprecated since node 20, DEP0173, see assert.js): wraps functions
// and later verifies they were called the expected number of times.

const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_UNAVAILABLE_DURING_EXIT, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const AssertionError = require('internal/assert/assertion_error');

// The call log of one tracked function.
class CallLog {
  #calls = [];
  #expected;
  #name;
  #stack;

  constructor(expected, name, stack) {
    this.#expected = expected;
    this.#name = name;
    this.#stack = stack;
  }

  track(thisArg, args) {
    this.#calls.push(Object.freeze({ thisArg, arguments: Object.freeze(Array.prototype.slice.call(args)) }));
  }

  reset() {
    this.#calls = [];
  }

  getCalls() {
    return Object.freeze(Array.prototype.slice.call(this.#calls));
  }

  report() {
    if (this.#calls.length === this.#expected) return undefined;
    return {
      message: `Expected the ${this.#name} function to be executed ` +
        `${this.#expected} time(s) but was executed ${this.#calls.length} time(s).`,
      actual: this.#calls.length,
      expected: this.#expected,
      operator: this.#name,
      stack: this.#stack,
    };
  }
}

class CallTracker {
  #logs = new Set();
  #byFunction = new WeakMap();

  #logOf(tracked) {
    const log = this.#byFunction.get(tracked);
    if (log === undefined) {
      throw new ERR_INVALID_ARG_VALUE('tracked', tracked, 'is not a tracked function');
    }
    return log;
  }

  reset(tracked) {
    if (tracked === undefined) {
      for (const log of this.#logs) log.reset();
      return;
    }
    this.#logOf(tracked).reset();
  }

  getCalls(tracked) {
    return this.#logOf(tracked).getCalls();
  }

  calls(fn, expected = 1) {
    if (process._exiting) throw new ERR_UNAVAILABLE_DURING_EXIT();
    if (typeof fn === 'number') {
      expected = fn;
      fn = function() {};
    } else if (fn === undefined) {
      fn = function() {};
    }
    if (typeof expected !== 'number') {
      const { codes } = require('internal/errors');
      throw new codes.ERR_INVALID_ARG_TYPE('expected', 'number', expected);
    }
    if (!Number.isInteger(expected)) {
      throw new ERR_OUT_OF_RANGE('expected', 'an integer', expected);
    }
    if (expected < 1 || expected > 4294967295) {
      throw new ERR_OUT_OF_RANGE('expected', '>= 1 && <= 4294967295', expected);
    }
    const log = new CallLog(expected, fn.name || 'calls', new Error());
    const tracked = new Proxy(fn, {
      __proto__: null,
      apply(target, thisArg, args) {
        log.track(thisArg, args);
        return Reflect.apply(target, thisArg, args);
      },
    });
    this.#logs.add(log);
    this.#byFunction.set(tracked, log);
    return tracked;
  }

  report() {
    const errors = [];
    for (const log of this.#logs) {
      const entry = log.report();
      if (entry !== undefined) errors.push(entry);
    }
    return errors;
  }

  verify() {
    const errors = this.report();
    if (errors.length === 0) return;
    const message = errors.length === 1 ? errors[0].message :
      'Functions were not called the expected number of times';
    throw new AssertionError({ message, details: errors });
  }
}

module.exports = CallTracker;
