'use strict';

// util.parseEnv: the contents of a .env file as an object, following the
// rules of node's --env-file parser: KEY=VALUE pairs, optional `export `,
// '#' comments, '...', "..." (with \n expanded) and `...` quoted values that
// may span lines.

const { validateString } = require('internal/validators');

// Only the space character is trimmed (tabs are kept), as node does.
const isSpace = (c) => c === ' ';

function trim(str) {
  let start = 0;
  let end = str.length;
  while (start < end && isSpace(str[start])) start++;
  while (end > start && isSpace(str[end - 1])) end--;
  return str.slice(start, end);
}

function parseEnvContent(input) {
  const store = { __proto__: null };
  let content = trim(input.replaceAll('\r', ''));
  while (content.length > 0) {
    // Blank lines and comment lines.
    if (content[0] === '\n' || content[0] === '#') {
      const newline = content.indexOf('\n');
      if (newline !== -1) {
        content = content.slice(newline + 1);
        continue;
      }
    }
    const equal = content.indexOf('=');
    if (equal === -1) break;
    let key = trim(content.slice(0, equal));
    content = content.slice(equal + 1);
    if (content.length === 0 || content[0] === '\n') {
      store[key] = '';
      continue;
    }
    content = trim(content);
    if (key.length === 0) break;
    if (key.startsWith('export ')) key = key.slice(7);
    if (content.length === 0) {
      store[key] = '';
      break;
    }
    const quote = content[0];
    if (quote === '"') {
      const closing = content.indexOf('"', 1);
      if (closing !== -1) {
        store[key] = content.slice(1, closing).replaceAll('\\n', '\n');
        const newline = content.indexOf('\n', closing + 1);
        content = newline === -1 ? '' : content.slice(newline + 1);
        continue;
      }
    }
    if (quote === '\'' || quote === '"' || quote === '`') {
      const closing = content.indexOf(quote, 1);
      if (closing === -1) {
        // An unterminated quote takes the rest of the line, quote included;
        // on the last line the pair is dropped.
        const newline = content.indexOf('\n', 1);
        if (newline === -1) break;
        store[key] = content.slice(0, newline);
        content = content.slice(newline);
      } else {
        store[key] = content.slice(1, closing);
        const newline = content.indexOf('\n', closing + 1);
        content = newline === -1 ? '' : content.slice(newline);
      }
    } else {
      const newline = content.indexOf('\n');
      let value = newline === -1 ? content : content.slice(0, newline);
      const hash = value.indexOf('#');
      if (hash !== -1) value = value.slice(0, hash);
      store[key] = trim(value);
      content = newline === -1 ? '' : content.slice(newline);
    }
    content = trim(content);
  }
  return store;
}

function parseEnv(content) {
  validateString(content, 'content');
  const parsed = parseEnvContent(content);
  // Plain object with the keys in sorted order, as node's std::map yields.
  const result = {};
  for (const key of Object.keys(parsed).sort()) result[key] = parsed[key];
  return result;
}

module.exports = { parseEnv, parseEnvContent };
