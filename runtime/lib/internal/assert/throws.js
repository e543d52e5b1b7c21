'use strict';

// assert.throws / doesNotThrow / rejects / doesNotReject and the matching
// of a caught error against the `error` argument (a class, a RegExp, a
// validation function or an object of expected properties).

const {
  codes: {
    ERR_AMBIGUOUS_ARGUMENT,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_RETURN_VALUE,
  },
} = require('internal/errors');
const { inspect } = require('internal/util/inspect');
const { isDeepStrictEqual } = require('internal/util/comparisons');

const types = internalBinding('types');

module.exports = function installThrows(assert, shared) {
  const {
    AssertionError, NO_EXCEPTION_SENTINEL, isRegExp, isError, innerFail,
  } = shared;
  const regExpMatches = (re, str) => RegExp.prototype.exec.call(re, str) !== null;

  // The subset of an error's keys that is compared, as an object whose diff
  // reads well. A RegExp that matched shows the actual string instead, so
  // the diff only marks real differences.
  class Comparison {
    constructor(obj, keys, actual) {
      for (const key of keys) {
        if (key in obj) {
          if (actual !== undefined && typeof actual[key] === 'string' &&
              isRegExp(obj[key]) && regExpMatches(obj[key], actual[key])) {
            this[key] = actual[key];
          } else {
            this[key] = obj[key];
          }
        }
      }
    }
  }

  function compareExceptionKey(actual, expected, key, message, keys, fn) {
    if (key in actual && isDeepStrictEqual(actual[key], expected[key])) return;
    if (!message) {
      const err = new AssertionError({
        actual: new Comparison(actual, keys),
        expected: new Comparison(expected, keys, actual),
        operator: 'deepStrictEqual',
        stackStartFn: fn,
      });
      err.actual = actual;
      err.expected = expected;
      err.operator = fn.name;
      throw err;
    }
    innerFail({ actual, expected, message, operator: fn.name, stackStartFn: fn });
  }

  function expectedException(actual, expected, message, fn) {
    let generatedMessage = false;
    let throwError = false;

    if (typeof expected !== 'function') {
      if (isRegExp(expected)) {
        const str = String(actual);
        if (regExpMatches(expected, str)) return;
        if (!message) {
          generatedMessage = true;
          message = 'The input did not match the regular expression ' +
            `${inspect(expected)}. Input:\n\n${inspect(str)}\n`;
        }
        throwError = true;
      } else if (typeof actual !== 'object' || actual === null) {
        const err = new AssertionError({
          actual, expected, message, operator: 'deepStrictEqual', stackStartFn: fn,
        });
        err.operator = fn.name;
        throw err;
      } else {
        const keys = Object.keys(expected);
        if (expected instanceof Error) {
          keys.push('name', 'message');
        } else if (keys.length === 0) {
          throw new ERR_INVALID_ARG_VALUE('error', expected, 'may not be an empty object');
        }
        for (const key of keys) {
          if (typeof actual[key] === 'string' && isRegExp(expected[key]) &&
              regExpMatches(expected[key], actual[key])) {
            continue;
          }
          compareExceptionKey(actual, expected, key, message, keys, fn);
        }
        return;
      }
    } else if (expected.prototype !== undefined && actual instanceof expected) {
      return;
    } else if (Object.prototype.isPrototypeOf.call(Error, expected)) {
      if (!message) {
        generatedMessage = true;
        message = 'The error is expected to be an instance of ' +
          `"${expected.name}". Received `;
        if (isError(actual)) {
          const name = (actual.constructor && actual.constructor.name) || actual.name;
          if (expected.name === name) {
            message += 'an error with identical name but a different prototype.';
          } else {
            message += `"${name}"`;
          }
          if (actual.message) {
            message += `\n\nError message:\n\n${actual.message}`;
          }
        } else {
          message += `"${inspect(actual, { depth: -1 })}"`;
        }
      }
      throwError = true;
    } else {
      // A validation function: anything but `true` fails.
      const res = Reflect.apply(expected, {}, [actual]);
      if (res !== true) {
        if (!message) {
          generatedMessage = true;
          const name = expected.name ? `"${expected.name}" ` : '';
          message = `The ${name}validation function is expected to return` +
            ` "true". Received ${inspect(res)}`;
          if (isError(actual)) {
            message += `\n\nCaught error:\n\n${actual}`;
          }
        }
        throwError = true;
      }
    }

    if (throwError) {
      const err = new AssertionError({
        actual, expected, message, operator: fn.name, stackStartFn: fn,
      });
      err.generatedMessage = generatedMessage;
      throw err;
    }
  }

  function getActual(fn) {
    if (typeof fn !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('fn', 'Function', fn);
    }
    try {
      fn();
    } catch (e) {
      return e;
    }
    return NO_EXCEPTION_SENTINEL;
  }

  function isThenable(obj) {
    return types.isPromise(obj) ||
      (obj !== null && typeof obj === 'object' &&
       typeof obj.then === 'function' && typeof obj.catch === 'function');
  }

  async function waitForActual(promiseFn) {
    let resultPromise;
    if (typeof promiseFn === 'function') {
      resultPromise = promiseFn();
      if (!isThenable(resultPromise)) {
        throw new ERR_INVALID_RETURN_VALUE('instance of Promise', 'promiseFn', resultPromise);
      }
    } else if (isThenable(promiseFn)) {
      resultPromise = promiseFn;
    } else {
      throw new ERR_INVALID_ARG_TYPE('promiseFn', ['Function', 'Promise'], promiseFn);
    }
    try {
      await resultPromise;
    } catch (e) {
      return e;
    }
    return NO_EXCEPTION_SENTINEL;
  }

  function expectsError(stackStartFn, actual, error, message) {
    if (typeof error === 'string') {
      // A string in the error position is the message; reject it when it is
      // clearly a mistaken attempt to match the error's message.
      if (arguments.length === 4) {
        throw new ERR_INVALID_ARG_TYPE('error',
                                       ['Object', 'Error', 'Function', 'RegExp'],
                                       error);
      }
      if (typeof actual === 'object' && actual !== null) {
        if (actual.message === error) {
          throw new ERR_AMBIGUOUS_ARGUMENT(
            'error/message',
            `The error message "${actual.message}" is identical to the message.`);
        }
      } else if (actual === error) {
        throw new ERR_AMBIGUOUS_ARGUMENT(
          'error/message', `The error "${actual}" is identical to the message.`);
      }
      message = error;
      error = undefined;
    } else if (error != null && typeof error !== 'object' &&
               typeof error !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('error',
                                     ['Object', 'Error', 'Function', 'RegExp'],
                                     error);
    }

    if (actual === NO_EXCEPTION_SENTINEL) {
      let details = '';
      if (error && error.name) details += ` (${error.name})`;
      details += message ? `: ${message}` : '.';
      const fnType = stackStartFn === assert.rejects ? 'rejection' : 'exception';
      innerFail({
        actual: undefined,
        expected: error,
        operator: stackStartFn.name,
        message: `Missing expected ${fnType}${details}`,
        stackStartFn,
      });
    }
    if (!error) return;
    expectedException(actual, error, message, stackStartFn);
  }

  function hasMatchingError(actual, expected) {
    if (typeof expected !== 'function') {
      if (isRegExp(expected)) return regExpMatches(expected, String(actual));
      throw new ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp'], expected);
    }
    if (expected.prototype !== undefined && actual instanceof expected) return true;
    if (Object.prototype.isPrototypeOf.call(Error, expected)) return false;
    return Reflect.apply(expected, {}, [actual]) === true;
  }

  function expectsNoError(stackStartFn, actual, error, message) {
    if (actual === NO_EXCEPTION_SENTINEL) return;
    if (typeof error === 'string') {
      message = error;
      error = undefined;
    }
    if (!error || hasMatchingError(actual, error)) {
      const details = message ? `: ${message}` : '.';
      const fnType = stackStartFn === assert.doesNotReject ? 'rejection' : 'exception';
      innerFail({
        actual,
        expected: error,
        operator: stackStartFn.name,
        message: `Got unwanted ${fnType}${details}\n` +
          `Actual message: "${actual && actual.message}"`,
        stackStartFn,
      });
    }
    // An error of another kind than the one ruled out passes through.
    throw actual;
  }

  assert.throws = function throws(promiseFn, ...args) {
    expectsError(throws, getActual(promiseFn), ...args);
  };

  assert.rejects = async function rejects(promiseFn, ...args) {
    expectsError(rejects, await waitForActual(promiseFn), ...args);
  };

  assert.doesNotThrow = function doesNotThrow(fn, ...args) {
    expectsNoError(doesNotThrow, getActual(fn), ...args);
  };

  assert.doesNotReject = async function doesNotReject(fn, ...args) {
    expectsNoError(doesNotReject, await waitForActual(fn), ...args);
  };
};
