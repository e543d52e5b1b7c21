'use strict';

// AssertionError and the text of its generated messages: the one-line
// `1 !== 2` form for short primitives, the `+ actual - expected` line diff
// of two inspected values, and the "should loosely deep-equal" forms. The
// output must match node 20 byte for byte because tests compare it.

const { inspect } = require('internal/util/inspect');

const kReadableOperator = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject:
    'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

// Two primitives whose inspected forms are this short together are shown
// as `a !== b` instead of a diff.
const kMaxShortLength = 12;

// ANSI colours for the diff, only when stderr is a colour terminal; read
// again for every error so that a changed environment is honoured.
function diffColors() {
  const stderr = process.stderr;
  let on = false;
  try {
    on = Boolean(stderr && stderr.isTTY &&
                 (typeof stderr.hasColors !== 'function' || stderr.hasColors()));
  } catch {
    on = false;
  }
  if (!on) return { blue: '', green: '', white: '', red: '' };
  return {
    blue: '\u001b[34m', green: '\u001b[32m', white: '\u001b[39m', red: '\u001b[31m',
  };
}

const ansiPattern = /[\u001B\u009B][[\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\d/#&.:=?%@~_]+)*|[a-zA-Z\d]+(?:;[-a-zA-Z\d/#&.:=?%@~_]*)*)?\u0007)|(?:(?:\d{1,4}(?:;\d{0,4})*)?[\dA-PR-TZcf-ntqry=><~]))/g;
const removeColors = (s) => s.replace(ansiPattern, '');

// One canonical rendering, independent of util.inspect.defaultOptions, so
// that the message always shows what the comparison looked at.
function inspectValue(value) {
  return inspect(value, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });
}

// A stand-in for an Error with the same prototype, own enumerable
// properties and message, but without the stack, so the diff shows the
// error's content rather than two different stack traces.
function copyError(source) {
  const target = Object.create(Object.getPrototypeOf(source));
  for (const key of Object.keys(source)) {
    target[key] = source[key];
  }
  Object.defineProperty(target, 'message', { __proto__: null, value: source.message });
  return target;
}

const isObject = (v) => typeof v === 'object' && v !== null;

// Emits the up to three identical lines that precede a change, collapsing
// longer runs into `...`. Returns the number of lines printed.
function flushIdentical(state, lines, i, c) {
  let printed = 0;
  const n = state.identical;
  if (n > 2) {
    if (n > 3) {
      if (n > 4) {
        if (n === 5) {
          state.res += `\n  ${lines[i - 3]}`;
          printed++;
        } else {
          state.res += `\n${c.blue}...${c.white}`;
          state.skipped = true;
        }
      }
      state.res += `\n  ${lines[i - 2]}`;
      printed++;
    }
    state.res += `\n  ${lines[i - 1]}`;
    printed++;
  }
  state.identical = 0;
  return printed;
}

// A custom message, when given, replaces the header line of the diff.
function createErrDiff(actual, expected, operator, customMessage) {
  const c = diffColors();
  const actualInspected = inspectValue(actual);
  const actualLines = actualInspected.split('\n');
  const expectedLines = inspectValue(expected).split('\n');
  let i = 0;
  let indicator = '';

  if (operator === 'strictEqual' &&
      ((isObject(actual) && isObject(expected)) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }

  // Single-line values: short primitives get `a !== b`; longer ones a caret
  // under the first differing column when it fits the terminal.
  if (actualLines.length === 1 && expectedLines.length === 1 &&
      actualLines[0] !== expectedLines[0]) {
    const colorsOn = Boolean(inspect.defaultOptions && inspect.defaultOptions.colors);
    const actualRaw = colorsOn ? removeColors(actualLines[0]) : actualLines[0];
    const expectedRaw = colorsOn ? removeColors(expectedLines[0]) : expectedLines[0];
    const inputLength = actualRaw.length + expectedRaw.length;
    if (inputLength <= kMaxShortLength) {
      if (!isObject(actual) && !isObject(expected) &&
          (actual !== 0 || expected !== 0)) {
        return `${customMessage || kReadableOperator[operator]}\n\n` +
          `${actualLines[0]} !== ${expectedLines[0]}\n`;
      }
    } else if (operator !== 'strictEqualObject') {
      const stderr = process.stderr;
      const maxLength = stderr && stderr.isTTY ? stderr.columns : 80;
      if (inputLength < maxLength) {
        while (actualRaw[i] === expectedRaw[i]) i++;
        if (i > 2) {
          indicator = `\n  ${' '.repeat(i)}^`;
          i = 0;
        }
      }
    }
  }

  // Drop the common tail (keeping up to three lines of it as context) so
  // the diff concentrates on what changed.
  let end = '';
  let other = '';
  let a = actualLines[actualLines.length - 1];
  let b = expectedLines[expectedLines.length - 1];
  while (a === b) {
    if (i++ < 3) {
      end = `\n  ${a}${end}`;
    } else {
      other = a;
    }
    actualLines.pop();
    expectedLines.pop();
    if (actualLines.length === 0 || expectedLines.length === 0) break;
    a = actualLines[actualLines.length - 1];
    b = expectedLines[expectedLines.length - 1];
  }

  const maxLines = Math.max(actualLines.length, expectedLines.length);
  if (maxLines === 0) {
    // Same rendering, different identity (e.g. two distinct symbols).
    const lines = actualInspected.split('\n');
    if (lines.length > 50) {
      lines[46] = `${c.blue}...${c.white}`;
      lines.length = 47;
    }
    return `${kReadableOperator.notIdentical}\n\n${lines.join('\n')}\n`;
  }

  const state = { res: '', identical: 0, skipped: false };
  if (i >= 5) {
    end = `\n${c.blue}...${c.white}${end}`;
    state.skipped = true;
  }
  if (other !== '') {
    end = `\n  ${other}${end}`;
    other = '';
  }

  const header = (customMessage || kReadableOperator[operator]) +
    `\n${c.green}+ actual${c.white} ${c.red}- expected${c.white}`;
  const skippedMsg = ` ${c.blue}...${c.white} Lines skipped`;

  // The longer side supplies the lines past the end of the shorter one.
  let lines = actualLines;
  let plusMinus = `${c.green}+${c.white}`;
  let shorterLength = expectedLines.length;
  if (actualLines.length < maxLines) {
    lines = expectedLines;
    plusMinus = `${c.red}-${c.white}`;
    shorterLength = actualLines.length;
  }

  let printed = 0;
  for (i = 0; i < maxLines; i++) {
    if (shorterLength < i + 1) {
      printed += flushIdentical(state, lines, i, c);
      if (lines === actualLines) {
        state.res += `\n${plusMinus} ${lines[i]}`;
      } else {
        other += `\n${plusMinus} ${lines[i]}`;
      }
      printed++;
    } else {
      const expectedLine = expectedLines[i];
      let actualLine = actualLines[i];
      // A line that differs only by a trailing comma is the same entry in a
      // different position; it counts as identical.
      let diverging = actualLine !== expectedLine &&
        (!actualLine.endsWith(',') || actualLine.slice(0, -1) !== expectedLine);
      if (diverging && expectedLine.endsWith(',') &&
          expectedLine.slice(0, -1) === actualLine) {
        diverging = false;
        actualLine += ',';
      }
      if (diverging) {
        printed += flushIdentical(state, actualLines, i, c);
        // Expected lines are held back so that a block of changes reads as
        // +++--- rather than +-+-+-.
        state.res += `\n${c.green}+${c.white} ${actualLine}`;
        other += `\n${c.red}-${c.white} ${expectedLine}`;
        printed += 2;
      } else {
        state.res += other;
        other = '';
        state.identical++;
        if (state.identical <= 2) {
          state.res += `\n  ${actualLine}`;
          printed++;
        }
      }
    }
    // Keep the message to roughly fifty lines.
    if (printed > 50 && i < maxLines - 2) {
      return `${header}${skippedMsg}\n${state.res}\n${c.blue}...${c.white}${other}\n` +
        `${c.blue}...${c.white}`;
    }
  }

  return `${header}${state.skipped ? skippedMsg : ''}\n${state.res}${other}${end}${indicator}`;
}

// The message for notStrictEqual / notDeepStrictEqual: one rendering of the
// value that was (wrongly) equal.
function createNotEqualMessage(actual, operator) {
  const c = diffColors();
  let base = kReadableOperator[operator];
  const lines = inspectValue(actual).split('\n');
  if (operator === 'notStrictEqual' &&
      (isObject(actual) || typeof actual === 'function')) {
    base = kReadableOperator.notStrictEqualObject;
  }
  if (lines.length > 50) {
    lines[46] = `${c.blue}...${c.white}`;
    lines.length = 47;
  }
  if (lines.length === 1) {
    return `${base}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`;
  }
  return `${base}\n\n${lines.join('\n')}\n`;
}

// The message for the loose operators and custom operators of fail().
function createLooseMessage(actual, expected, operator) {
  let res = inspectValue(actual);
  let other = inspectValue(expected);
  const known = kReadableOperator[operator];
  if (operator === 'notDeepEqual' && res === other) {
    res = `${known}\n\n${res}`;
    return res.length > 1024 ? `${res.slice(0, 1021)}...` : res;
  }
  if (res.length > 512) res = `${res.slice(0, 509)}...`;
  if (other.length > 512) other = `${other.slice(0, 509)}...`;
  if (operator === 'deepEqual') {
    res = `${known}\n\n${res}\n\nshould loosely deep-equal\n\n`;
  } else {
    const unequal = kReadableOperator[`${operator}Unequal`];
    if (unequal) {
      res = `${unequal}\n\n${res}\n\nshould not loosely deep-equal\n\n`;
    } else {
      other = ` ${operator} ${other}`;
    }
  }
  return `${res}${other}`;
}

function generateMessage(actual, expected, operator) {
  if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
    return createErrDiff(actual, expected, operator);
  }
  if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
    return createNotEqualMessage(actual, operator);
  }
  return createLooseMessage(actual, expected, operator);
}

// Long strings are cut to ten lines (or 512 characters) when an
// AssertionError itself is inspected.
function addEllipsis(string) {
  const lines = string.split('\n', 11);
  if (lines.length > 10) {
    lines.length = 10;
    return `${lines.join('\n')}\n...`;
  }
  if (string.length > 512) {
    return `${string.slice(512)}...`;
  }
  return string;
}

function stackTraceLimitIsWritable() {
  const desc = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  if (desc === undefined) return Object.isExtensible(Error);
  return Object.prototype.hasOwnProperty.call(desc, 'writable') ?
    desc.writable : desc.set !== undefined;
}

class AssertionError extends Error {
  constructor(options) {
    if (options === null || typeof options !== 'object' || Array.isArray(options)) {
      const { codes } = require('internal/errors');
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    const {
      message,
      operator,
      stackStartFn,
      details,
      // The name older versions of node used.
      stackStartFunction,
    } = options;
    let { actual, expected } = options;

    // The stack is captured below, from stackStartFn; capturing it here too
    // would only cost time.
    const limit = Error.stackTraceLimit;
    const writable = stackTraceLimitIsWritable();
    if (writable) Error.stackTraceLimit = 0;

    if (message != null) {
      // node 20 keeps the comparison under a custom message of the strict
      // operators.
      if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
        super(createErrDiff(actual, expected, operator, String(message)));
      } else {
        super(String(message));
      }
    } else {
      if (isObject(actual) && isObject(expected) &&
          'stack' in actual && actual instanceof Error &&
          'stack' in expected && expected instanceof Error) {
        actual = copyError(actual);
        expected = copyError(expected);
      }
      super(generateMessage(actual, expected, operator));
    }

    if (writable) Error.stackTraceLimit = limit;

    this.generatedMessage = !message;
    Object.defineProperty(this, 'name', {
      __proto__: null,
      value: 'AssertionError [ERR_ASSERTION]',
      enumerable: false,
      writable: true,
      configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this['message ' + i] = details[i].message;
        this['actual ' + i] = details[i].actual;
        this['expected ' + i] = details[i].expected;
        this['operator ' + i] = details[i].operator;
        this['stack trace ' + i] = details[i].stack;
      }
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    Error.captureStackTrace(this, stackStartFn || stackStartFunction);
    // Reading the stack now freezes it with the code in the name
    // ("AssertionError [ERR_ASSERTION]: ..."), as node prints it.
    this.stack; // eslint-disable-line no-unused-expressions
    this.name = 'AssertionError';
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [Symbol.for('nodejs.util.inspect.custom')](recurseTimes, ctx) {
    const savedActual = this.actual;
    const savedExpected = this.expected;
    if (typeof this.actual === 'string') this.actual = addEllipsis(this.actual);
    if (typeof this.expected === 'string') this.expected = addEllipsis(this.expected);
    // actual and expected are already shown in the message; depth 0 keeps
    // the inspected error from repeating them at length.
    const result = inspect(this, { ...ctx, customInspect: false, depth: 0 });
    this.actual = savedActual;
    this.expected = savedExpected;
    return result;
  }
}

module.exports = AssertionError;
