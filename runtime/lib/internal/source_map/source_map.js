'use strict';
// module.SourceMap: a Source Map V3 payload (plain or an index map of
// sections) decoded into a table from generated positions to original ones.
// https://sourcemaps.info/spec.html
const { validateObject } = require('internal/validators');

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGITS = new Int8Array(128).fill(-1);
for (let i = 0; i < BASE64.length; i++) DIGITS[BASE64.charCodeAt(i)] = i;

// A copy one level deep: the payload getter must not let callers change the
// map, nor the map keep objects the caller changes later.
function copyPayload(payload) {
  validateObject(payload, 'payload');
  const copy = { ...payload };
  for (const key of Object.keys(copy)) {
    if (Array.isArray(copy[key])) copy[key] = copy[key].slice();
  }
  return copy;
}

// Reads the Base64 VLQ numbers of a `mappings` string one at a time.
class VlqReader {
  constructor(text) {
    this.text = text;
    this.pos = 0;
  }

  atEnd() {
    return this.pos >= this.text.length;
  }

  // ',' ends a segment, ';' a generated line (or the end of the text).
  atSegmentEnd() {
    if (this.pos >= this.text.length) return true;
    const c = this.text.charCodeAt(this.pos);
    return c === 44 /* , */ || c === 59 /* ; */;
  }

  // A 32-bit signed value: the lowest bit of the first digit is the sign,
  // and a negative zero stands for -2^31, as browsers decode it.
  next() {
    let value = 0;
    let shift = 0;
    let digit;
    do {
      const code = this.text.charCodeAt(this.pos++);
      digit = code < 128 ? DIGITS[code] : -1;
      if (digit < 0) digit = 0;  // a malformed map decodes to something, never throws
      value += (digit & 31) << shift;
      shift += 5;
    } while ((digit & 32) !== 0 && this.pos < this.text.length);
    const magnitude = value >>> 1;
    if ((value & 1) === 0) return magnitude;
    return magnitude === 0 ? -2147483648 : -magnitude;
  }
}

class SourceMap {
  #payload;
  // One entry per segment: [generatedLine, generatedColumn, source,
  // originalLine, originalColumn, name], the last four absent for a segment
  // that maps to nothing. Sorted by generated position.
  #entries = [];

  constructor(payload) {
    this.#payload = copyPayload(payload);
    if (Array.isArray(this.#payload.sections)) {
      for (const section of this.#payload.sections) {
        const offset = section.offset || {};
        this.#decode(section.map, offset.line || 0, offset.column || 0);
      }
    } else {
      this.#decode(this.#payload, 0, 0);
    }
    this.#entries.sort((a, b) => (a[0] - b[0]) || (a[1] - b[1]));
  }

  get payload() {
    return copyPayload(this.#payload);
  }

  #decode(map, lineOffset, columnOffset) {
    const sources = Array.isArray(map.sources) ? map.sources : [];
    const names = Array.isArray(map.names) ? map.names : [];
    const reader = new VlqReader(typeof map.mappings === 'string' ? map.mappings : '');
    let line = lineOffset;
    let column = columnOffset;
    let source = 0;
    let originalLine = 0;
    let originalColumn = 0;
    let name = 0;
    while (!reader.atEnd()) {
      const c = reader.text.charCodeAt(reader.pos);
      if (c === 59 /* ; */) {
        reader.pos++;
        line++;
        column = 0;
        continue;
      }
      if (c === 44 /* , */) {
        reader.pos++;
        continue;
      }
      column += reader.next();
      if (reader.atSegmentEnd()) {
        this.#entries.push([line, column]);
        continue;
      }
      source += reader.next();
      originalLine += reader.next();
      originalColumn += reader.next();
      let entryName;
      if (!reader.atSegmentEnd()) {
        name += reader.next();
        entryName = names[name];
      }
      this.#entries.push([line, column, sources[source], originalLine, originalColumn, entryName]);
    }
  }

  // The segment that covers a 0-based generated position: the last one at
  // or before it; {} when the position comes before every segment.
  findEntry(lineOffset, columnOffset) {
    const entries = this.#entries;
    let low = 0;
    let high = entries.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const entry = entries[mid];
      if (entry[0] < lineOffset || (entry[0] === lineOffset && entry[1] <= columnOffset)) {
        found = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    if (found < 0) return {};
    const entry = entries[found];
    return {
      generatedLine: entry[0],
      generatedColumn: entry[1],
      originalSource: entry[2],
      originalLine: entry[3],
      originalColumn: entry[4],
      name: entry[5],
    };
  }

  // The same for a 1-based call site position, answered in 1-based
  // original coordinates moved by the distance from the segment's start.
  findOrigin(lineNumber, columnNumber) {
    const entry = this.findEntry(lineNumber - 1, columnNumber - 1);
    if (entry.originalSource === undefined || entry.originalLine === undefined ||
        entry.originalColumn === undefined || entry.generatedLine === undefined ||
        entry.generatedColumn === undefined) {
      return {};
    }
    return {
      name: entry.name,
      fileName: entry.originalSource,
      lineNumber: entry.originalLine + (lineNumber - entry.generatedLine),
      columnNumber: entry.originalColumn + (columnNumber - entry.generatedColumn),
    };
  }
}

module.exports = { SourceMap };
