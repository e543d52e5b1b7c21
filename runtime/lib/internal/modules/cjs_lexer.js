'use strict';
// Finds the named exports of a CommonJS module without running it, the way
// node's cjs-module-lexer does for the common shapes: `exports.x =`,
// `module.exports.x =`, `Object.defineProperty(exports, 'x', ...)`,
// `module.exports = { a, b: 1, c() {} }` and `module.exports = require('./y')`
// (re-exports are followed).

const identifier = /^[A-Za-z_$][\w$]*$/;

// Blanks out comments and string/template contents so that patterns only
// match code; keeps lengths so offsets stay valid.
function stripNoise(source) {
  let out = '';
  let i = 0;
  const n = source.length;
  while (i < n) {
    const c = source[i];
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      const end = source.indexOf('\n', i);
      const stop = end === -1 ? n : end;
      out += ' '.repeat(stop - i);
      i = stop;
    } else if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end === -1 ? n : end + 2;
      out += source.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
    } else if (c === '`') {
      let j = i + 1;
      while (j < n && source[j] !== '`') j += source[j] === '\\' ? 2 : 1;
      out += '`' + ' '.repeat(Math.max(0, Math.min(j, n) - i - 1)) + (j < n ? '`' : '');
      i = j + 1;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

// `module.exports = { a, b: c, ...}`: like cjs-module-lexer, takes shorthand
// entries and `key: identifier` entries, and stops at the first other shape.
function objectLiteralKeys(code, start) {
  const names = [];
  const entry = /^\s*(?:(['"])([^'"]*)\1|([A-Za-z_$][\w$]*))\s*(?::\s*([A-Za-z_$][\w$.]*)\s*)?([,}])/;
  let rest = code.slice(start + 1);
  for (;;) {
    const m = entry.exec(rest);
    if (!m) break;
    if (m[4] === undefined && m[3] === undefined) break;
    names.push(m[2] !== undefined ? m[2] : m[3]);
    if (m[5] === '}') break;
    rest = rest.slice(m[0].length);
  }
  return names;
}

function detectCjsExports(source, filename, seen = new Set()) {
  if (seen.has(filename)) return [];
  seen.add(filename);
  const code = stripNoise(source);
  const names = new Set();
  let m;
  const dotted = /(?:^|[^.\w$])(?:module\s*\.\s*)?exports\s*\.\s*([A-Za-z_$][\w$]*)\s*=[^=]/g;
  while ((m = dotted.exec(code)) !== null) names.add(m[1]);
  const bracket = /(?:^|[^.\w$])(?:module\s*\.\s*)?exports\s*\[\s*(['"])([^'"]+)\1\s*\]\s*=[^=]/g;
  while ((m = bracket.exec(source)) !== null) names.add(m[2]);
  const define = /Object\.defineProperty\(\s*(?:module\s*\.\s*)?exports\s*,\s*(['"])([^'"]+)\1/g;
  while ((m = define.exec(source)) !== null) names.add(m[2]);
  const literal = /(?:^|[^.\w$])module\s*\.\s*exports\s*=\s*\{/g;
  while ((m = literal.exec(code)) !== null) {
    for (const name of objectLiteralKeys(code, m.index + m[0].length - 1)) names.add(name);
  }
  const reexport = /(?:^|[^.\w$])module\s*\.\s*exports\s*=\s*require\(\s*(['"])([^'"]+)\1\s*\)/g;
  while ((m = reexport.exec(source)) !== null) {
    try {
      const { Module } = require('internal/modules/cjs');
      const target = Module._resolveFilename(m[2], { filename, paths: Module._nodeModulePaths(require('path').dirname(filename)) }, false);
      if (target.startsWith('/')) {
        const text = internalBinding('modules').readFile(target);
        if (text !== undefined) for (const name of detectCjsExports(text, target, seen)) names.add(name);
      }
    } catch {
      // An unresolvable re-export contributes no names, as in node.
    }
  }
  names.delete('default');
  return [...names].filter((name) => identifier.test(name) || name.length > 0);
}

module.exports = { detectCjsExports };
