'use strict';
// error.stack while source maps are on: every call site inside a module
// with a source map is shown at its original position (and under its
// original name when the map has one), and an uncaught error shows the
// original line it was thrown from.
const { findSourceMap } = require('internal/source_map/source_map_cache');
const { prepareStackTraceCallback, stackHeader } = require('internal/errors');

function withoutFileScheme(url) {
  if (!url.startsWith('file://')) return url;
  return require('internal/url').fileURLToPath(url);
}

// The name the map gives the function around a call site (or, failing
// that, the name at the caller's position in the same file): minifiers
// rename functions, the map remembers.
function originalName(map, trace, index) {
  const site = trace[index];
  const enclosing = map.findEntry(site.getEnclosingLineNumber() - 1, site.getEnclosingColumnNumber() - 1);
  if (enclosing.name) return enclosing.name;
  const caller = trace[index + 1];
  if (caller && caller.getFileName() === site.getFileName()) {
    return map.findEntry(caller.getLineNumber() - 1, caller.getColumnNumber() - 1).name;
  }
  return undefined;
}

function mappedCallSite(map, trace, index) {
  const site = trace[index];
  const entry = map.findEntry(site.getLineNumber() - 1, site.getColumnNumber() - 1);
  if (!entry.originalSource || entry.originalLine === undefined || entry.originalColumn === undefined) return null;
  const typeName = site.getTypeName();
  const prefix = typeName !== null && typeName !== 'global' ? `${typeName}.` : '';
  const generatedName = `${prefix}${site.getFunctionName() ?? site.getMethodName() ?? '<anonymous>'}`;
  const mapped = originalName(map, trace, index);
  const name = mapped && mapped !== generatedName ? mapped : generatedName;
  return `${name} (${withoutFileScheme(entry.originalSource)}:${entry.originalLine + 1}:${entry.originalColumn + 1})`;
}

function prepareStackTrace(globalThis, error, trace) {
  // Internal callers that format a stack themselves, and a user's own
  // Error.prepareStackTrace, come first, as without source maps.
  return prepareStackTraceCallback(globalThis, error, trace, (err, frames) => {
    const header = stackHeader(err);
    if (frames.length === 0) return header;
    let lastFile;
    let lastMap;
    const lines = frames.map((site, index) => {
      try {
        let file = site.getFileName();
        if (file === undefined) file = site.getEvalOrigin();
        const map = file === lastFile ? lastMap : findSourceMap(file);
        lastFile = file;
        lastMap = map;
        if (map) {
          const text = mappedCallSite(map, frames, index);
          if (text !== null) return text;
        }
      } catch {
        // A broken map shows the generated position.
      }
      return `${site}`;
    });
    return `${header}\n    at ${lines.join('\n    at ')}`;
  });
}

// The text of an original source: from the map's sourcesContent, else from
// the file it names.
function originalSource(map, url) {
  const payload = map.payload;
  const index = Array.isArray(payload.sources) ? payload.sources.indexOf(url) : -1;
  if (index >= 0 && payload.sourcesContent?.[index]) return payload.sourcesContent[index];
  if (!url.startsWith('file://')) return undefined;
  try {
    return require('fs').readFileSync(withoutFileScheme(url), 'utf8');
  } catch {
    return undefined;
  }
}

// What an uncaught error prints above its stack when it was thrown from a
// mapped module: the original file and line, and a caret under the column
// (wide characters take their width, tabs stay tabs). Undefined keeps the
// generated line.
function getSourceMapErrorSource(fileName, lineNumber, columnNumber) {
  if (typeof fileName !== 'string') return undefined;
  const map = findSourceMap(fileName);
  if (map === undefined) return undefined;
  const entry = map.findEntry(lineNumber - 1, columnNumber);
  if (!entry.originalSource || entry.originalLine === undefined) return undefined;
  const source = originalSource(map, entry.originalSource);
  if (typeof source !== 'string') return undefined;
  const line = source.split(/\r?\n/, entry.originalLine + 1)[entry.originalLine];
  if (!line) return undefined;
  const { getStringWidth } = require('internal/util/inspect');
  let pad = '';
  for (const ch of line.slice(0, entry.originalColumn)) pad += ch === '\t' ? '\t' : ' '.repeat(getStringWidth(ch));
  // node leaves one more blank line after the caret than without a map.
  return `${withoutFileScheme(entry.originalSource)}:${entry.originalLine + 1}\n${line}\n${pad}^\n\n`;
}

module.exports = { prepareStackTrace, getSourceMapErrorSource };
