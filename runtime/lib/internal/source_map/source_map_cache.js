'use strict';
// The source maps of the modules a program loaded. The module loaders offer
// every compiled source here; while source maps are on (--enable-source-maps
// or process.setSourceMapsEnabled) or coverage is gathered
// (NODE_V8_COVERAGE), a source that ends with a sourceMappingURL comment has
// its map loaded (a data: URL or a file next to it) and kept, keyed by the
// module's file URL.
const { validateBoolean } = require('internal/validators');

// url -> { lineLengths, data, url (the map's own URL; null for data:),
// sourceURL, sourceMap (made on first lookup) }. CommonJS modules deleted
// from require.cache keep their entry: a stack may still point into them.
const cache = new Map();

// Both magic comments, the last one of the source winning: an earlier match
// may sit inside a string literal.
const kSourceMappingURL = /\/[*/]#\s+sourceMappingURL=(?<url>[^\s]+)/g;
const kSourceURL = /\/[*/]#\s+sourceURL=(?<url>[^\s]+)/g;
const kHasScheme = /^\w+:\/\//;

let enabled = false;

function getSourceMapsEnabled() {
  return enabled;
}

function setSourceMapsEnabled(value) {
  validateBoolean(value, 'val');
  const { setPrepareStackTraceCallback } = internalBinding('errors');
  if (value) {
    setPrepareStackTraceCallback(require('internal/source_map/prepare_stack_trace').prepareStackTrace);
  } else {
    setPrepareStackTraceCallback(null);
  }
  enabled = value;
  require('internal/modules/cjs').setSourceMapsFlag(value);
}

function lastMatch(regexp, content) {
  let last = null;
  regexp.lastIndex = 0;
  for (let match = regexp.exec(content); match !== null; match = regexp.exec(content)) last = match.groups.url;
  return last;
}

function toFileURL(filename) {
  const { pathToFileURL } = require('internal/url');
  if (kHasScheme.test(filename) || filename.startsWith('file:') || filename.startsWith('node:')) return filename;
  return pathToFileURL(filename).href;
}

// Sources become absolute URLs (after prepending sourceRoot) resolved
// against the map's own URL, as a browser resolves them.
function sourcesToAbsolute(baseURL, data) {
  const root = typeof data.sourceRoot === 'string' ? data.sourceRoot : '';
  if (Array.isArray(data.sources)) {
    data.sources = data.sources.map((source) => new URL(root + source, baseURL).href);
  }
  data.sourceRoot = '';
  return data;
}

// data:[<mediatype>][;base64],<data> (RFC 2397), JSON only.
function mapFromDataURL(moduleURL, rest) {
  const comma = rest.indexOf(',');
  if (comma < 0) return null;
  const params = rest.slice(0, comma).split(';');
  if (params[0] !== 'application/json') return null;
  const body = rest.slice(comma + 1);
  const text = params[params.length - 1] === 'base64' ? Buffer.from(body, 'base64').toString('utf8') : body;
  try {
    return sourcesToAbsolute(moduleURL, JSON.parse(text));
  } catch {
    return null;
  }
}

function mapFromFile(mapURL) {
  try {
    const { fileURLToPath } = require('internal/url');
    const text = require('fs').readFileSync(fileURLToPath(mapURL), 'utf8');
    return sourcesToAbsolute(mapURL, JSON.parse(text));
  } catch {
    return null;
  }
}

function loadMap(moduleURL, sourceMappingURL) {
  let parsed;
  try {
    parsed = new URL(sourceMappingURL);
  } catch {
    // No scheme: a path relative to the module.
    try {
      return mapFromFile(new URL(sourceMappingURL, moduleURL).href);
    } catch {
      return null;
    }
  }
  if (parsed.protocol === 'data:') return mapFromDataURL(moduleURL, parsed.pathname);
  if (parsed.protocol === 'file:') return mapFromFile(parsed.href);
  return null;
}

// \r stays in the lengths: coverage offsets count it.
function lineLengths(content) {
  return content.split(/\n|\u2028|\u2029/).map((line) => line.length);
}

function maybeCacheSourceMap(filename, content) {
  if (!enabled && !process.env.NODE_V8_COVERAGE) return;
  if (typeof content !== 'string' || !content.includes('sourceMappingURL')) return;
  const sourceMappingURL = lastMatch(kSourceMappingURL, content);
  if (sourceMappingURL === null) return;
  let moduleURL;
  try {
    moduleURL = toFileURL(filename);
  } catch {
    return;
  }
  let sourceURL = lastMatch(kSourceURL, content);
  if (sourceURL !== null && !kHasScheme.test(sourceURL)) sourceURL = toFileURL(sourceURL);
  const data = loadMap(moduleURL, sourceMappingURL);
  const entry = {
    lineLengths: lineLengths(content),
    data,
    url: data ? null : sourceMappingURL,
    sourceURL,
    sourceMap: undefined,
  };
  cache.set(moduleURL, entry);
  if (sourceURL) cache.set(sourceURL, entry);
}

// module.findSourceMap(pathOrURL): the SourceMap of a loaded module, or
// undefined.
function findSourceMap(sourceURL) {
  if (typeof sourceURL !== 'string' || sourceURL === '') return undefined;
  let key;
  try {
    key = toFileURL(sourceURL);
  } catch {
    return undefined;
  }
  const entry = cache.get(key);
  if (entry === undefined || !entry.data) return undefined;
  if (entry.sourceMap === undefined) {
    const { SourceMap } = require('internal/source_map/source_map');
    entry.sourceMap = new SourceMap(entry.data);
  }
  return entry.sourceMap;
}

// The cache as NODE_V8_COVERAGE's files carry it, for c8 and the like:
// { [url]: { lineLengths, data, url } }, or undefined when empty.
function sourceMapCacheToObject() {
  if (cache.size === 0) return undefined;
  const out = {};
  for (const [url, entry] of cache) {
    out[url] = { lineLengths: entry.lineLengths, data: entry.data, url: entry.url };
  }
  return out;
}

module.exports = {
  findSourceMap,
  getSourceMapsEnabled,
  maybeCacheSourceMap,
  setSourceMapsEnabled,
  sourceMapCacheToObject,
};
