'use strict';

// path.matchesGlob(): shell-style glob matching with the semantics node
// gets from minimatch with its options (no negation, no comments,
// backslashes are separators rather than escapes, case-sensitive on
// Linux). Supported: '*', '?', '[...]' classes with ranges and '!'/'^',
// '**' for any number of directories, '{a,b}' and '{1..3}' alternatives,
// and the extglobs '@(...)', '?(...)', '*(...)', '+(...)', '!(...)'.

const MAX_EXPANSIONS = 100000;

// Expands the first brace group of a pattern, recursively.
function expandBraces(pattern) {
  let depth = 0;
  let open = -1;
  const commas = [];
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '{') {
      if (depth++ === 0) open = i;
    } else if (ch === '}' && depth > 0) {
      if (--depth === 0) {
        const pre = pattern.slice(0, open);
        const post = pattern.slice(i + 1);
        const body = pattern.slice(open + 1, i);
        let alternatives;
        if (commas.length > 0) {
          alternatives = [];
          let from = open + 1;
          for (const c of commas) {
            alternatives.push(pattern.slice(from, c));
            from = c + 1;
          }
          alternatives.push(pattern.slice(from, i));
        } else {
          alternatives = expandRange(body);
          if (alternatives === null) {
            // A group without alternatives stays literal.
            return expandBraces(post).map((p) => `${pre}{${body}}${p}`);
          }
        }
        const out = [];
        for (const alt of alternatives) {
          for (const tail of expandBraces(alt + post)) {
            out.push(pre + tail);
            if (out.length > MAX_EXPANSIONS) return out;
          }
        }
        return out;
      }
    } else if (ch === ',' && depth === 1) {
      commas.push(i);
    }
  }
  return [pattern];
}

function expandRange(body) {
  const m = /^(-?\d+)\.\.(-?\d+)(?:\.\.(-?\d+))?$/.exec(body) ||
    /^([a-zA-Z])\.\.([a-zA-Z])(?:\.\.(-?\d+))?$/.exec(body);
  if (m === null) return null;
  const numeric = /\d/.test(m[1]);
  const a = numeric ? Number(m[1]) : m[1].charCodeAt(0);
  const b = numeric ? Number(m[2]) : m[2].charCodeAt(0);
  const step = Math.abs(Number(m[3] || 1)) || 1;
  const out = [];
  for (let v = a; a <= b ? v <= b : v >= b; v += a <= b ? step : -step) {
    out.push(numeric ? String(v) : String.fromCharCode(v));
    if (out.length > MAX_EXPANSIONS) break;
  }
  return out;
}

function escapeRegExp(ch) {
  return /[\\^$.*+?()[\]{}|/]/.test(ch) ? `\\${ch}` : ch;
}

// Turns one path segment of a pattern into a regular expression source.
// Returns null when the segment has no magic (compare literally).
function segmentToRegExp(seg) {
  let src = '';
  let magic = false;
  let i = 0;
  const stack = [];
  while (i < seg.length) {
    const ch = seg[i];
    if ('?*+@!'.includes(ch) && seg[i + 1] === '(') {
      magic = true;
      stack.push(ch);
      src += ch === '!' ? '(?:(?!(?:' : '(?:';
      i += 2;
      continue;
    }
    if (ch === '|' && stack.length > 0) {
      src += '|';
      i++;
      continue;
    }
    if (ch === ')' && stack.length > 0) {
      const kind = stack.pop();
      if (kind === '!') src += ')$)[^/]*?)';
      else src += kind === '@' ? ')' : `)${kind}`;
      i++;
      continue;
    }
    if (ch === '*') {
      magic = true;
      while (seg[i] === '*') i++;
      src += '[^/]*?';
      continue;
    }
    if (ch === '?') {
      magic = true;
      src += '[^/]';
      i++;
      continue;
    }
    if (ch === '[') {
      const end = classEnd(seg, i);
      if (end !== -1) {
        magic = true;
        src += classToRegExp(seg.slice(i + 1, end));
        i = end + 1;
        continue;
      }
    }
    src += escapeRegExp(ch);
    i++;
  }
  if (stack.length > 0) return { literal: seg };
  // Only a wildcard at the very start keeps a segment from matching a
  // leading dot; a literal '.' in front lets it.
  return magic ? { re: src, dotSafe: seg[0] === '.' } : { literal: seg };
}

function classEnd(seg, start) {
  let i = start + 1;
  if (seg[i] === '!' || seg[i] === '^') i++;
  if (seg[i] === ']') i++;
  for (; i < seg.length; i++) {
    if (seg[i] === '[' && seg[i + 1] === ':') {
      const close = seg.indexOf(':]', i + 2);
      if (close !== -1) {
        i = close + 1;
        continue;
      }
    }
    if (seg[i] === ']') return i;
  }
  return -1;
}

const POSIX_CLASSES = {
  alnum: 'a-zA-Z0-9', alpha: 'a-zA-Z', ascii: '\\x00-\\x7f', blank: ' \\t',
  cntrl: '\\x00-\\x1f\\x7f', digit: '0-9', graph: '\\x21-\\x7e',
  lower: 'a-z', print: '\\x20-\\x7e', punct: '!-\\/:-@\\[-`{-~',
  space: ' \\t\\r\\n\\v\\f', upper: 'A-Z', word: '\\w', xdigit: '0-9A-Fa-f',
};

function classToRegExp(body) {
  let negate = false;
  if (body[0] === '!' || body[0] === '^') {
    negate = true;
    body = body.slice(1);
  }
  let out = '';
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '[' && body[i + 1] === ':') {
      const close = body.indexOf(':]', i + 2);
      const name = body.slice(i + 2, close);
      if (close !== -1 && POSIX_CLASSES[name] !== undefined) {
        out += POSIX_CLASSES[name];
        i = close + 1;
        continue;
      }
    }
    const ch = body[i];
    out += ch === '-' && i > 0 && i < body.length - 1 ? '-' :
      /[\\\]^-]/.test(ch) ? `\\${ch}` : ch;
  }
  return negate ? `[^/${out}]` : `[${out}]`;
}

function matchSegment(name, part) {
  if (part.literal !== undefined) return name === part.literal;
  // Wildcards never produce '.' or '..', nor a leading dot.
  if (name === '.' || name === '..' || name === '') return false;
  if (name[0] === '.' && !part.dotSafe) return false;
  return part.compiled.test(name);
}

function matchParts(file, fi, parts, pi) {
  for (; pi < parts.length; pi++, fi++) {
    const part = parts[pi];
    if (part.globstar) {
      // A trailing '**' needs something to swallow: 'a' is not 'a/**'.
      if (pi === parts.length - 1 && fi >= file.length) return false;
      if (pi === parts.length - 1) {
        // A trailing '**' takes every remaining non-dot directory.
        for (let k = fi; k < file.length; k++) {
          if (file[k][0] === '.' && !(k === file.length - 1 && file[k] === '')) return false;
        }
        return true;
      }
      for (let k = fi; k <= file.length; k++) {
        if (matchParts(file, k, parts, pi + 1)) return true;
        if (k < file.length && file[k][0] === '.') break;
      }
      return false;
    }
    if (fi >= file.length) return false;
    if (!matchSegment(file[fi], part)) return false;
  }
  if (fi === file.length) return true;
  // A trailing slash on the file ('a/b/') still matches 'a/b'.
  return fi === file.length - 1 && file[fi] === '';
}

// Drops empty and '.' segments inside the path and folds 'x/..', as
// minimatch does at its optimization level 2.
function simplifyFile(parts) {
  let changed;
  do {
    changed = false;
    for (let i = 1; i < parts.length - 1; i++) {
      const p = parts[i];
      if (i === 1 && p === '' && parts[0] === '') continue; // A UNC start.
      if (p === '.' || p === '') {
        changed = true;
        parts.splice(i, 1);
        i--;
      }
    }
    if (parts[0] === '.' && parts.length === 2 && (parts[1] === '.' || parts[1] === '')) {
      changed = true;
      parts.pop();
    }
    for (let dd = parts.indexOf('..', 1); dd !== -1; dd = parts.indexOf('..', dd + 1)) {
      const p = parts[dd - 1];
      if (p && p !== '.' && p !== '..' && p !== '**') {
        changed = true;
        parts.splice(dd - 1, 2);
        dd -= 2;
      }
    }
  } while (changed);
  return parts.length === 0 ? [''] : parts;
}

function compile(pattern) {
  const segments = pattern.split('/').filter((seg, i, all) =>
    seg !== '' || i === 0 || i === all.length - 1);
  return segments.map((seg) => {
    if (seg === '**') return { globstar: true };
    const part = segmentToRegExp(seg);
    if (part.re !== undefined) part.compiled = new RegExp(`^(?:${part.re})$`);
    return part;
  });
}

function matchesGlob(path, pattern, windows) {
  // Backslashes separate path components in both flavours of the pattern;
  // in the path only on Windows.
  pattern = pattern.replace(/\\/g, '/');
  if (windows) path = path.replace(/\\/g, '/');
  if (pattern === '') return path === '';
  const file = simplifyFile(path.split('/'));
  for (const alt of expandBraces(pattern)) {
    if (matchParts(file, 0, compile(alt), 0)) return true;
  }
  return false;
}

module.exports = { matchesGlob };
