'use strict';

// The public `assert` module. Every check throws an AssertionError (or the
// Error passed as message) with node 20's messages; argument misuse throws
// node's ERR_* errors.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const AssertionError = require('internal/assert/assertion_error');
const { inspect } = require('internal/util/inspect');
const { isDeepEqual, isDeepStrictEqual } = require('internal/util/comparisons');
const { falsyValueMessage } = require('internal/assert/source_message');

const types = internalBinding('types');
const isRegExp = (v) => types.isRegExp(v);
const isError = (v) => types.isNativeError(v) || v instanceof Error;

// Distinguishes "threw undefined" from "did not throw".
const NO_EXCEPTION_SENTINEL = {};

function emitDeprecation(message, code) {
  if (typeof process.emitWarning === 'function') {
    process.emitWarning(message, 'DeprecationWarning', code);
  }
}

function innerFail(details) {
  if (details.message instanceof Error) throw details.message;
  throw new AssertionError(details);
}

function innerOk(fn, argLen, value, message) {
  if (value) return;
  let generatedMessage = false;
  if (argLen === 0) {
    generatedMessage = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message == null) {
    generatedMessage = true;
    message = falsyValueMessage(fn);
  } else if (message instanceof Error) {
    throw message;
  }
  const err = new AssertionError({
    actual: value,
    expected: true,
    message,
    operator: '==',
    stackStartFn: fn,
  });
  err.generatedMessage = generatedMessage;
  throw err;
}

function ok(...args) {
  innerOk(ok, args.length, ...args);
}

const assert = module.exports = ok;
assert.ok = ok;
assert.AssertionError = AssertionError;

let warnedFail = false;

function fail(actual, expected, message, operator, stackStartFn) {
  const argsLen = arguments.length;
  let internalMessage = false;
  if (actual == null && argsLen <= 1) {
    internalMessage = true;
    message = 'Failed';
  } else if (argsLen === 1) {
    message = actual;
    actual = undefined;
  } else {
    if (!warnedFail) {
      warnedFail = true;
      emitDeprecation(
        'assert.fail() with more than one argument is deprecated. ' +
          'Please use assert.strictEqual() instead or only pass a message.',
        'DEP0094');
    }
    if (argsLen === 2) operator = '!=';
  }
  if (message instanceof Error) throw message;
  const err = new AssertionError({
    actual,
    expected,
    operator: operator === undefined ? 'fail' : operator,
    stackStartFn: stackStartFn || fail,
    message,
  });
  if (internalMessage) err.generatedMessage = true;
  throw err;
}
assert.fail = fail;

// Builds one of the two-value comparisons; `passes` decides, `operator`
// names it in the error.
function defineComparison(name, operator, passes) {
  const check = {
    [name](actual, expected, message) {
      if (arguments.length < 2) {
        throw new ERR_MISSING_ARGS('actual', 'expected');
      }
      if (!passes(actual, expected)) {
        innerFail({ actual, expected, message, operator, stackStartFn: check });
      }
    },
  }[name];
  assert[name] = check;
  return check;
}

const bothNaN = (a, b) => Number.isNaN(a) && Number.isNaN(b);
/* eslint-disable eqeqeq */
defineComparison('equal', '==', (a, b) => a == b || bothNaN(a, b));
defineComparison('notEqual', '!=', (a, b) => !(a == b || bothNaN(a, b)));
/* eslint-enable eqeqeq */
defineComparison('deepEqual', 'deepEqual', isDeepEqual);
defineComparison('notDeepEqual', 'notDeepEqual', (a, b) => !isDeepEqual(a, b));
defineComparison('deepStrictEqual', 'deepStrictEqual', isDeepStrictEqual);
defineComparison('notDeepStrictEqual', 'notDeepStrictEqual',
                 (a, b) => !isDeepStrictEqual(a, b));
defineComparison('strictEqual', 'strictEqual', Object.is);
defineComparison('notStrictEqual', 'notStrictEqual', (a, b) => !Object.is(a, b));

require('internal/assert/throws')(assert, {
  AssertionError, NO_EXCEPTION_SENTINEL, isRegExp, isError, innerFail,
});

assert.ifError = function ifError(err) {
  if (err === null || err === undefined) return;
  let message = 'ifError got unwanted exception: ';
  if (typeof err === 'object' && typeof err.message === 'string') {
    if (err.message.length === 0 && err.constructor) {
      message += err.constructor.name;
    } else {
      message += err.message;
    }
  } else {
    message += inspect(err);
  }
  const newErr = new AssertionError({
    actual: err,
    expected: null,
    operator: 'ifError',
    message,
    stackStartFn: ifError,
  });

  // Splice the original error's frames under the new error's own frames,
  // dropping the frames the two share, so the stack shows where the error
  // came from.
  const origStack = err.stack;
  if (typeof origStack === 'string') {
    const origStart = origStack.indexOf('\n    at');
    if (origStart !== -1) {
      const originalFrames = origStack.slice(origStart + 1).split('\n');
      let newFrames = newErr.stack.split('\n');
      for (const frame of originalFrames) {
        const pos = newFrames.indexOf(frame);
        if (pos !== -1) {
          newFrames = newFrames.slice(0, pos);
          break;
        }
      }
      newErr.stack = `${newFrames.join('\n')}\n${originalFrames.join('\n')}`;
    }
  }
  throw newErr;
};

function internalMatch(string, regexp, message, fn) {
  if (!isRegExp(regexp)) {
    throw new ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp);
  }
  const wantMatch = fn === assert.match;
  if (typeof string === 'string' &&
      (RegExp.prototype.exec.call(regexp, string) !== null) === wantMatch) {
    return;
  }
  if (message instanceof Error) throw message;
  const generatedMessage = !message;
  if (!message) {
    if (typeof string !== 'string') {
      message = 'The "string" argument must be of type string. Received type ' +
        `${typeof string} (${inspect(string)})`;
    } else {
      message = (wantMatch ?
        'The input did not match the regular expression ' :
        'The input was expected to not match the regular expression ') +
        `${inspect(regexp)}. Input:\n\n${inspect(string)}\n`;
    }
  }
  const err = new AssertionError({
    actual: string,
    expected: regexp,
    message,
    operator: fn.name,
    stackStartFn: fn,
  });
  err.generatedMessage = generatedMessage;
  throw err;
}

assert.match = function match(string, regexp, message) {
  internalMatch(string, regexp, message, match);
};

assert.doesNotMatch = function doesNotMatch(string, regexp, message) {
  internalMatch(string, regexp, message, doesNotMatch);
};

// CallTracker is deprecated (DEP0173): the class is reached through a
// wrapper that warns once, as node's util.deprecate wraps it.
{
  const CallTracker = require('internal/assert/calltracker');
  let warned = false;
  const deprecated = function deprecated(...args) {
    if (!warned) {
      warned = true;
      emitDeprecation('assert.CallTracker is deprecated.', 'DEP0173');
    }
    if (new.target) return Reflect.construct(CallTracker, args, new.target);
    return Reflect.apply(CallTracker, this, args);
  };
  Object.setPrototypeOf(deprecated, CallTracker);
  deprecated.prototype = CallTracker.prototype;
  assert.CallTracker = deprecated;
}

// assert.strict: the same module with the loose comparisons replaced by
// their strict counterparts.
function strict(...args) {
  innerOk(strict, args.length, ...args);
}

assert.strict = Object.assign(strict, assert, {
  equal: assert.strictEqual,
  deepEqual: assert.deepStrictEqual,
  notEqual: assert.notStrictEqual,
  notDeepEqual: assert.notDeepStrictEqual,
});
assert.strict.strict = assert.strict;
