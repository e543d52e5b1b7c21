'use strict';

// How util.inspect prints an Error: its stack (or `[Name: message]` without
// one), fixed up so that the header names the real class, with frames shared
// with its `cause` folded away, and with extra keys (cause, errors) queued
// for printing below.

function getPrefix(constructor, tag, fallback, size = '') {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '' && constructor !== tag) return `${constructor}${size} [${tag}] `;
  return `${constructor}${size} `;
}

function getStackString(error) {
  return error.stack ? String(error.stack) : Error.prototype.toString.call(error);
}

// Finds a run of more than three lines of `a` that also appear in `b`.
function identicalSequenceRange(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = b.indexOf(a[i]);
    if (pos !== -1) {
      const rest = b.length - pos;
      if (rest > 3) {
        let len = 1;
        const maxLen = Math.min(a.length - i, rest);
        while (maxLen > len && a[i + len] === b[pos + len]) len++;
        if (len > 3) return { len, offset: i };
      }
    }
  }
  return { len: 0, offset: 0 };
}

function getStackFrames(ctx, err, stack, isError) {
  const frames = stack.split('\n');
  let cause;
  try {
    ({ cause } = err);
  } catch {
    // A throwing `cause` getter is ignored.
  }
  if (cause != null && isError(cause)) {
    const causeStack = getStackString(cause);
    const causeStackStart = causeStack.indexOf('\n    at');
    if (causeStackStart !== -1) {
      const causeFrames = causeStack.slice(causeStackStart + 1).split('\n');
      const { len, offset } = identicalSequenceRange(frames, causeFrames);
      if (len > 0) {
        const skipped = len - 2;
        const msg = `    ... ${skipped} lines matching cause stack trace ...`;
        frames.splice(offset + 1, skipped, ctx.stylize(msg, 'undefined'));
      }
    }
  }
  return frames;
}

// Makes the first line of the stack name the actual class when it differs
// from `name` (e.g. a subclass, or a null-prototype error).
function improveStack(stack, constructor, name, tag) {
  let len = name.length;
  if (constructor === null ||
      (name.endsWith('Error') && stack.startsWith(name) &&
       (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
    let fallback = 'Error';
    if (constructor === null) {
      const start = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)/.exec(stack) ||
        /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
      fallback = (start && start[1]) || '';
      len = fallback.length;
      fallback = fallback || 'Error';
    }
    const prefix = getPrefix(constructor, tag, fallback).slice(0, -1);
    if (name !== prefix) {
      if (prefix.includes(name)) {
        stack = len === 0 ? `${prefix}: ${stack}` : `${prefix}${stack.slice(len)}`;
      } else {
        stack = `${prefix} [${name}]${stack.slice(len)}`;
      }
    }
  }
  return stack;
}

// name, message and stack are not listed again when the stack shows them.
function removeDuplicateErrorKeys(ctx, keys, err, stack) {
  if (!ctx.showHidden && keys.length !== 0) {
    for (const name of ['name', 'message', 'stack']) {
      const index = keys.indexOf(name);
      if (index !== -1 && stack.includes(err[name])) keys.splice(index, 1);
    }
  }
}

const coreModuleRegExp = /^ {4}at (?:[^/\\(]+ \(|)node:(.+):\d+:\d+\)?$/;

let builtinIds;
function isBuiltinId(id) {
  if (builtinIds === undefined) {
    let ids = [];
    try {
      ids = internalBinding('builtins').allIds || [];
    } catch {
      // Without the list no frame is treated as the runtime's own.
    }
    builtinIds = new Set(ids);
  }
  return builtinIds.has(id);
}

// Underlines package names under node_modules (colors only).
function colorFrame(ctx, line) {
  let result = '';
  let lastPos = 0;
  let searchFrom = 0;
  for (;;) {
    const pos = line.indexOf('node_modules', searchFrom);
    if (pos === -1) break;
    const separator = line[pos - 1];
    const after = line[pos + 12];
    if ((after !== '/' && after !== '\\') || (separator !== '/' && separator !== '\\')) {
      searchFrom = pos + 1;
      continue;
    }
    const moduleStart = pos + 13;
    result += line.slice(lastPos, moduleStart);
    let moduleEnd = line.indexOf(separator, moduleStart);
    if (line[moduleStart] === '@') moduleEnd = line.indexOf(separator, moduleEnd + 1);
    result += ctx.stylize(line.slice(moduleStart, moduleEnd), 'module');
    lastPos = moduleEnd;
    searchFrom = moduleEnd;
  }
  if (lastPos !== 0) line = result + line.slice(lastPos);
  return line;
}

// Greys out the working directory part of a frame's path (also as a
// file:// URL), leaving the project-relative part prominent.
function markCwd(ctx, line, workingDirectory) {
  let cwdStartPos = line.indexOf(workingDirectory);
  if (cwdStartPos === -1) return line;
  let cwdLength = workingDirectory.length;
  if (line.slice(cwdStartPos - 7, cwdStartPos) === 'file://') {
    cwdLength += 7;
    cwdStartPos -= 7;
  }
  const start = line[cwdStartPos - 1] === '(' ? cwdStartPos - 1 : cwdStartPos;
  const end = start !== cwdStartPos && line.endsWith(')') ? -1 : line.length;
  const cwdEnd = cwdStartPos + cwdLength + 1;
  let result = line.slice(0, start) + ctx.stylize(line.slice(start, cwdEnd), 'undefined') +
    line.slice(cwdEnd, end);
  if (end === -1) result += ctx.stylize(')', 'undefined');
  return result;
}

function fileUrlOf(path) {
  return `file://${encodeURI(path).replace(/\?/g, '%3F').replace(/#/g, '%23')}`;
}

function colorStackLines(ctx, lines) {
  let workingDirectory;
  try {
    workingDirectory = process.cwd();
  } catch {
    workingDirectory = undefined;
  }
  let out = '';
  for (let line of lines) {
    const core = coreModuleRegExp.exec(line);
    if (core !== null && isBuiltinId(core[1])) {
      out += `\n${ctx.stylize(line, 'undefined')}`;
      continue;
    }
    line = colorFrame(ctx, line);
    if (workingDirectory !== undefined) {
      let marked = markCwd(ctx, line, workingDirectory);
      if (marked === line) marked = markCwd(ctx, line, fileUrlOf(workingDirectory));
      line = marked;
    }
    out += `\n${line}`;
  }
  return out;
}

function formatError(err, constructor, tag, ctx, keys, isError) {
  const name = err.name != null ? String(err.name) : 'Error';
  let stack = getStackString(err);
  removeDuplicateErrorKeys(ctx, keys, err, stack);
  if ('cause' in err && (keys.length === 0 || !keys.includes('cause'))) keys.push('cause');
  if (Array.isArray(err.errors) && (keys.length === 0 || !keys.includes('errors'))) {
    keys.push('errors');
  }
  stack = improveStack(stack, constructor, name, tag);

  // The frames start after the message, which may itself contain newlines.
  let pos = (err.message && stack.indexOf(err.message)) || -1;
  if (pos !== -1) pos += err.message.length;
  const stackStart = stack.indexOf('\n    at', pos);
  if (stackStart === -1) {
    stack = `[${stack}]`;
  } else {
    const lines = getStackFrames(ctx, err, stack.slice(stackStart + 1), isError);
    let newStack = stack.slice(0, stackStart);
    if (ctx.colors) {
      newStack += colorStackLines(ctx, lines);
    } else {
      newStack += `\n${lines.join('\n')}`;
    }
    stack = newStack;
  }
  if (ctx.indentationLvl !== 0) {
    stack = stack.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
  }
  return stack;
}

module.exports = { formatError, getPrefix, identicalSequenceRange };
