'use strict';

// URLSearchParams: an ordered list of name/value pairs, parsed from and
// serialized to application/x-www-form-urlencoded, optionally tied to a
// URL whose query it keeps up to date.

const {
  ERR_ARG_NOT_ITERABLE,
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_THIS,
  ERR_INVALID_TUPLE,
  ERR_MISSING_ARGS,
} = require('internal/errors').codes;
const {
  inFormSet,
  percentEncodeString,
  percentDecodeBytes,
  utf8Encode,
  utf8Decode,
  toUSVString,
} = require('internal/url_host');

const customInspect = Symbol.for('nodejs.util.inspect.custom');

function inspect(value, options) {
  return require('util').inspect(value, options);
}

// '+' is a space; %XX escapes are UTF-8 bytes.
function decodeFormComponent(str) {
  if (str.includes('+')) str = str.replace(/\+/g, ' ');
  if (!str.includes('%')) return str;
  return utf8Decode(percentDecodeBytes(utf8Encode(str)));
}

// Parses application/x-www-form-urlencoded into [name, value] pairs.
function parseForm(input) {
  const list = [];
  for (const sequence of input.split('&')) {
    if (sequence === '') continue;
    const eq = sequence.indexOf('=');
    let name = eq === -1 ? sequence : sequence.slice(0, eq);
    let value = eq === -1 ? '' : sequence.slice(eq + 1);
    list.push([decodeFormComponent(name), decodeFormComponent(value)]);
  }
  return list;
}

function serializeForm(list) {
  let out = '';
  for (let i = 0; i < list.length; i++) {
    if (i > 0) out += '&';
    out += `${percentEncodeString(list[i][0], inFormSet, true)}=` +
      percentEncodeString(list[i][1], inFormSet, true);
  }
  return out;
}

let getList;
let setOwner;

// Called by the owning URL (set from internal/url) whenever the list
// changes: the new serialization becomes the URL's query.
let updateOwner = null;

class URLSearchParams {
  #list = [];
  #owner = null;

  constructor(init = undefined) {
    if (init === undefined || init === null) {
      // Nothing to add.
    } else if (typeof init === 'object' || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method === this[Symbol.iterator] && #list in init) {
        this.#list = init.#list.map((pair) => [pair[0], pair[1]]);
      } else if (method !== undefined && method !== null) {
        if (typeof method !== 'function') throw new ERR_ARG_NOT_ITERABLE('Query pairs');
        for (const pair of init) {
          if ((typeof pair !== 'object' && typeof pair !== 'function') || pair === null ||
              typeof pair[Symbol.iterator] !== 'function') {
            throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          }
          const items = Array.from(pair);
          if (items.length !== 2) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          this.#list.push([toUSVString(items[0]), toUSVString(items[1])]);
        }
      } else {
        // A record: own enumerable keys (a symbol key cannot become a
        // string and throws, as in node).
        const seen = new Map();
        for (const key of Reflect.ownKeys(init)) {
          const desc = Reflect.getOwnPropertyDescriptor(init, key);
          if (desc === undefined || !desc.enumerable) continue;
          const name = toUSVString(key);
          const value = toUSVString(init[key]);
          // Two keys can become the same string once made well-formed.
          if (seen.has(name)) {
            this.#list[seen.get(name)][1] = value;
          } else {
            seen.set(name, this.#list.length);
            this.#list.push([name, value]);
          }
        }
      }
    } else {
      let str = toUSVString(init);
      if (str[0] === '?') str = str.slice(1);
      this.#list = parseForm(str);
    }
  }

  static {
    getList = (params) => params.#list;
    setOwner = (params, owner, list) => {
      params.#owner = owner;
      params.#list = list;
    };
  }

  #update() {
    if (this.#owner !== null) updateOwner(this.#owner, serializeForm(this.#list));
  }

  get size() {
    checkThis(this);
    return this.#list.length;
  }

  append(name, value) {
    checkThis(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    this.#list.push([toUSVString(name), toUSVString(value)]);
    this.#update();
  }

  delete(name, value = undefined) {
    checkThis(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    if (value !== undefined) {
      value = toUSVString(value);
      this.#list = this.#list.filter((pair) => pair[0] !== name || pair[1] !== value);
    } else {
      this.#list = this.#list.filter((pair) => pair[0] !== name);
    }
    this.#update();
  }

  get(name) {
    checkThis(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    const pair = this.#list.find((p) => p[0] === name);
    return pair === undefined ? null : pair[1];
  }

  getAll(name) {
    checkThis(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    return this.#list.filter((p) => p[0] === name).map((p) => p[1]);
  }

  has(name, value = undefined) {
    checkThis(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    if (value !== undefined) {
      value = toUSVString(value);
      return this.#list.some((p) => p[0] === name && p[1] === value);
    }
    return this.#list.some((p) => p[0] === name);
  }

  set(name, value) {
    checkThis(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    name = toUSVString(name);
    value = toUSVString(value);
    // The first pair with the name takes the value; the others go.
    let found = false;
    this.#list = this.#list.filter((pair) => {
      if (pair[0] !== name) return true;
      if (found) return false;
      found = true;
      pair[1] = value;
      return true;
    });
    if (!found) this.#list.push([name, value]);
    this.#update();
  }

  sort() {
    checkThis(this);
    // A stable sort on the names' UTF-16 code units.
    this.#list = this.#list
      .map((pair, index) => [pair, index])
      .sort((a, b) => (a[0][0] < b[0][0] ? -1 : a[0][0] > b[0][0] ? 1 : a[1] - b[1]))
      .map((entry) => entry[0]);
    this.#update();
  }

  entries() {
    checkThis(this);
    return createIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    checkThis(this);
    if (typeof callback !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
    }
    // The list is read live: pairs added by the callback are visited.
    for (let i = 0; i < this.#list.length; i++) {
      const [name, value] = this.#list[i];
      callback.call(thisArg, value, name, this);
    }
  }

  keys() {
    checkThis(this);
    return createIterator(this, 'key');
  }

  values() {
    checkThis(this);
    return createIterator(this, 'value');
  }

  toString() {
    checkThis(this);
    return serializeForm(this.#list);
  }

  [customInspect](recurseTimes, ctx) {
    checkThis(this);
    if (typeof recurseTimes === 'number' && recurseTimes < 0) {
      return ctx.stylize('[Object]', 'special');
    }
    const innerOpts = { ...ctx };
    if (recurseTimes !== null) innerOpts.depth = recurseTimes - 1;
    const output = this.#list.map(([name, value]) =>
      `${inspect(name, innerOpts)} => ${inspect(value, innerOpts)}`);
    return formatInspected(this.constructor.name, output, ctx);
  }

  static isURLSearchParams(value) {
    return value !== null && typeof value === 'object' && #list in value;
  }
}

function stripColors(str) {
  // eslint-disable-next-line no-control-regex
  return str.replace(/\u001b\[\d\d?m/g, '');
}

// Prints "Name { a, b }" on one line when it fits in breakLength, else
// one item per line.
function formatInspected(name, output, ctx) {
  const separator = ', ';
  const length = output.reduce((sum, item) => sum + stripColors(item).length + separator.length,
                               -separator.length);
  if (length > ctx.breakLength) return `${name} {\n  ${output.join(',\n  ')} }`;
  if (output.length) return `${name} { ${output.join(separator)} }`;
  return `${name} {}`;
}

const isURLSearchParams = URLSearchParams.isURLSearchParams;
delete URLSearchParams.isURLSearchParams;

function checkThis(self) {
  if (!isURLSearchParams(self)) throw new ERR_INVALID_THIS('URLSearchParams');
}

for (const name of ['append', 'delete', 'get', 'getAll', 'has', 'set', 'size', 'sort',
                    'entries', 'forEach', 'keys', 'values', 'toString']) {
  const desc = Object.getOwnPropertyDescriptor(URLSearchParams.prototype, name);
  desc.enumerable = true;
  Object.defineProperty(URLSearchParams.prototype, name, desc);
}
Object.defineProperty(URLSearchParams.prototype, Symbol.iterator, {
  configurable: true,
  writable: true,
  value: URLSearchParams.prototype.entries,
});
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, {
  configurable: true,
  value: 'URLSearchParams',
});

// The iterators of entries(), keys() and values(): they read the live
// list, so pairs added during iteration are seen.
const kTarget = Symbol('target');
const kKind = Symbol('kind');
const kIndex = Symbol('index');

const URLSearchParamsIteratorPrototype = Object.create(
  Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));

function createIterator(target, kind) {
  const iterator = Object.create(URLSearchParamsIteratorPrototype);
  iterator[kTarget] = target;
  iterator[kKind] = kind;
  iterator[kIndex] = 0;
  return iterator;
}

function pairFor(kind, pair) {
  if (kind === 'key') return pair[0];
  if (kind === 'value') return pair[1];
  return [pair[0], pair[1]];
}

Object.defineProperties(URLSearchParamsIteratorPrototype, {
  next: {
    enumerable: true,
    configurable: true,
    writable: true,
    value: function next() {
      if (typeof this !== 'object' || this === null || !(kTarget in this)) {
        throw new ERR_INVALID_THIS('URLSearchParamsIterator');
      }
      const list = getList(this[kTarget]);
      const index = this[kIndex];
      if (index >= list.length) return { value: undefined, done: true };
      this[kIndex] = index + 1;
      return { value: pairFor(this[kKind], list[index]), done: false };
    },
  },
  [customInspect]: {
    configurable: true,
    writable: true,
    value: function inspectIterator(recurseTimes, ctx) {
      if (typeof this !== 'object' || this === null || !(kTarget in this)) {
        throw new ERR_INVALID_THIS('URLSearchParamsIterator');
      }
      if (typeof recurseTimes === 'number' && recurseTimes < 0) {
        return ctx.stylize('[Object]', 'special');
      }
      const innerOpts = { ...ctx };
      if (recurseTimes !== null) innerOpts.depth = recurseTimes - 1;
      const list = getList(this[kTarget]);
      const values = list.slice(this[kIndex]).map((pair) => pairFor(this[kKind], pair));
      // One line unless the values would not fit on one.
      const breakLines = inspect(values, innerOpts).includes('\n');
      const strings = values.map((v) => inspect(v, innerOpts));
      const body = breakLines ? `\n  ${strings.join(',\n  ')}` : ` ${strings.join(', ')}`;
      return `URLSearchParams Iterator {${body} }`;
    },
  },
  [Symbol.toStringTag]: {
    configurable: true,
    value: 'URLSearchParams Iterator',
  },
});

module.exports = {
  URLSearchParams,
  isURLSearchParams,
  parseForm,
  serializeForm,
  getList,
  setOwner,
  setUpdateOwner(fn) {
    updateOwner = fn;
  },
};
