'use strict';

// The message of a failed `assert.ok(value)` without a message: node shows
// the source text of the call, e.g.
//   The expression evaluated to a falsy value:
//
//     assert.ok(false)
// It finds the call site from the V8 stack, reads the file, and cuts out the
// call expression around the reported column. When the source cannot be
// read (eval code, a deleted file) it returns undefined, and the caller falls
// back to node's `false == true` message.

// Control characters other than \t and \n are shown escaped so that the
// message stays printable.
// eslint-disable-next-line no-control-regex
const kControlChars = /[\x00-\x08\x0b\x0c\x0e-\x1f]/g;
const escapeControl = (ch) => {
  const code = ch.charCodeAt(0);
  if (code === 8) return '\\b';
  if (code === 12) return '\\f';
  return `\\u${code.toString(16).padStart(4, '0')}`;
};

// Messages are computed once per call site.
const cache = new Map();

function stackTraceLimitIsWritable() {
  const desc = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  if (desc === undefined) return Object.isExtensible(Error);
  return Object.prototype.hasOwnProperty.call(desc, 'writable') ?
    desc.writable : desc.set !== undefined;
}

// Where `fn` was called from: { file, line, column }, 1-based, or null.
function callSiteOf(fn) {
  const holder = {};
  const writable = stackTraceLimitIsWritable();
  const savedLimit = Error.stackTraceLimit;
  const savedPrepare = Error.prepareStackTrace;
  if (writable) Error.stackTraceLimit = 1;
  Error.prepareStackTrace = (_, frames) => frames;
  let stack;
  try {
    Error.captureStackTrace(holder, fn);
    stack = holder.stack;
  } finally {
    Error.prepareStackTrace = savedPrepare;
    if (writable) Error.stackTraceLimit = savedLimit;
  }
  if (Array.isArray(stack)) {
    if (stack.length === 0) return null;
    const frame = stack[0];
    return {
      file: frame.getFileName(),
      line: frame.getLineNumber(),
      column: frame.getColumnNumber(),
    };
  }
  // An embedder hook formatted the stack itself: read the first frame.
  if (typeof stack !== 'string') return null;
  const frameLine = stack.split('\n').find((l) => /^\s+at /.test(l));
  if (frameLine === undefined) return null;
  const match = /(?:\(|at )([^()]*?):(\d+):(\d+)\)?$/.exec(frameLine);
  if (match === null) return { file: undefined, line: 0, column: 0 };
  return { file: match[1], line: +match[2], column: +match[3] };
}

const isIdentifierChar = (ch) => ch !== undefined && /[\w$\u0080-\uffff]/.test(ch);
const isSpace = (ch) => ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';

// Characters after which a `/` starts a regular expression, not a division.
const kRegExpPrefix = '(,=:[!&|?{};+-*%<>~^';

// Index just past the bracket that closes the one at `open`, skipping
// strings, template literals, comments and regular expressions.
function skipBalanced(code, open) {
  const stack = [];
  let i = open;
  let lastSignificant = '';
  while (i < code.length) {
    const ch = code[i];
    if (ch === '"' || ch === "'") {
      i++;
      while (i < code.length && code[i] !== ch && code[i] !== '\n') {
        i += code[i] === '\\' ? 2 : 1;
      }
      i++;
      lastSignificant = ch;
      continue;
    }
    if (ch === '`') {
      i = skipTemplate(code, i + 1);
      lastSignificant = ch;
      continue;
    }
    if (ch === '/' && code[i + 1] === '/') {
      while (i < code.length && code[i] !== '\n') i++;
      continue;
    }
    if (ch === '/' && code[i + 1] === '*') {
      const endComment = code.indexOf('*/', i + 2);
      i = endComment === -1 ? code.length : endComment + 2;
      continue;
    }
    if (ch === '/' && kRegExpPrefix.includes(lastSignificant)) {
      i++;
      let inClass = false;
      while (i < code.length && code[i] !== '\n') {
        if (code[i] === '\\') { i += 2; continue; }
        if (code[i] === '[') inClass = true;
        else if (code[i] === ']') inClass = false;
        else if (code[i] === '/' && !inClass) break;
        i++;
      }
      i++;
      while (isIdentifierChar(code[i])) i++;
      lastSignificant = '/';
      continue;
    }
    if (ch === '(' || ch === '[' || ch === '{') {
      stack.push(ch);
    } else if (ch === ')' || ch === ']' || ch === '}') {
      stack.pop();
      if (stack.length === 0) return i + 1;
    }
    if (!isSpace(ch)) lastSignificant = ch;
    i++;
  }
  return -1;
}

// Index just past the closing backtick of a template whose body starts at i.
function skipTemplate(code, i) {
  while (i < code.length) {
    if (code[i] === '\\') { i += 2; continue; }
    if (code[i] === '`') return i + 1;
    if (code[i] === '$' && code[i + 1] === '{') {
      const end = skipBalanced(code, i + 1);
      if (end === -1) return code.length;
      i = end;
      continue;
    }
    i++;
  }
  return code.length;
}

// Index of the bracket that opens the one closing at `close`, scanning back.
function matchBackward(code, close) {
  let depth = 0;
  for (let i = close; i >= 0; i--) {
    const ch = code[i];
    if (ch === ')' || ch === ']' || ch === '}') depth++;
    else if (ch === '(' || ch === '[' || ch === '{') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

// The start of the identifier that ends just before `pos`, or `pos`.
function identifierStart(code, pos) {
  while (pos > 0 && isIdentifierChar(code[pos - 1])) pos--;
  return pos;
}

// The start of the callee chain (`a.b['c']().d`) whose element starting at
// `i` (a name, `(` or `[`) is its last.
function calleeStart(code, i) {
  while (true) {
    let j = i - 1;
    while (j >= 0 && isSpace(code[j])) j--;
    if (j < 0) return i;
    let closer = -1;
    if (code[j] === '.' && code[j - 1] !== '.') {
      j--;
      if (code[j] === '?') j--;
      while (j >= 0 && isSpace(code[j])) j--;
      if (code[j] === ')' || code[j] === ']') {
        closer = j;
      } else {
        const start = identifierStart(code, j + 1);
        if (start === j + 1) return i;
        i = start;
        continue;
      }
    } else if ((code[j] === ')' || code[j] === ']') &&
               (code[i] === '(' || code[i] === '[')) {
      closer = j;
    } else {
      return i;
    }
    const open = matchBackward(code, closer);
    if (open === -1) return i;
    i = identifierStart(code, open);
  }
}

// [startColumn, text] of the call expression at `offset` in `code`, which
// begins at the start of the call's line. Throws if none is found.
function extractCall(code, offset) {
  let i = offset;
  // The reported position is the start of the callee's last name, or the
  // opening parenthesis for computed callees.
  while (i < code.length && isIdentifierChar(code[i])) i++;
  while (i < code.length && isSpace(code[i])) i++;
  if (code[i] === '?' && code[i + 1] === '.') {
    i += 2;
    while (i < code.length && isSpace(code[i])) i++;
  }
  if (code[i] !== '(') throw new Error('no call found');
  const end = skipBalanced(code, i);
  if (end === -1) throw new Error('unterminated call');

  const start0 = isIdentifierChar(code[offset]) ?
    identifierStart(code, offset) : offset;
  let start = calleeStart(code, start0);
  // Only the call's own line is available; a chain that began on an earlier
  // line starts at the first name on this one.
  while (start < offset && (code[start] === '.' || code[start] === '?' ||
                            isSpace(code[start]))) {
    start++;
  }
  return [start, code.slice(start, end).replace(kControlChars, escapeControl)];
}

// The module loader's own file reader is always there; fs may not be.
function readSource(file) {
  if (file.startsWith('file:')) {
    file = decodeURIComponent(new URL(file).pathname);
  }
  const text = internalBinding('modules').readFile(file);
  if (typeof text !== 'string') throw new Error(`cannot read ${file}`);
  return text;
}

function falsyValueMessage(fn) {
  const site = callSiteOf(fn);
  if (site === null || !site.file) return undefined;
  const { file } = site;
  const line = site.line - 1;
  let column = site.column - 1;
  const key = `${file}${line}${column}`;
  // Failures inside the runtime's own library show node's fallback.
  if (file.startsWith('node:') || file.startsWith('vigil:')) return undefined;
  if (cache.has(key)) return cache.get(key);

  let message;
  try {
    const source = readSource(file);
    let lineStart = 0;
    for (let n = 0; n < line; n++) {
      lineStart = source.indexOf('\n', lineStart) + 1;
      if (lineStart === 0) throw new Error('line out of range');
    }
    let text;
    [column, text] = extractCall(source.slice(lineStart), column);
    // Continuation lines lose the indentation of the first line, so the
    // call reads the same wherever it was nested.
    if (text.includes('\n')) {
      // As node on POSIX, a CRLF file keeps its \r characters.
      const lines = text.split('\n');
      text = lines.shift();
      for (const frame of lines) {
        let pos = 0;
        while (pos < column && (frame[pos] === ' ' || frame[pos] === '\t')) pos++;
        text += `\n  ${frame.slice(pos)}`;
      }
    }
    message = `The expression evaluated to a falsy value:\n\n  ${text}\n`;
  } catch {
    message = undefined;
  }
  cache.set(key, message);
  return message;
}

module.exports = { falsyValueMessage };
