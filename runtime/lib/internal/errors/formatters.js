'use strict';

// Messages of ERR_* codes that are computed from their arguments. Each entry
// is [code, function, BaseClass, ...extraClasses]; the function runs with the
// error under construction as `this`, so it can attach extra properties
// (node puts `reason`, `input`, `url`, ... on some errors).

let inspectModule;
function lazyInspect() {
  if (inspectModule === undefined) inspectModule = require('internal/util/inspect');
  return inspectModule;
}

// Primitive type names that ERR_INVALID_ARG_TYPE writes in lower case.
const kTypes = ['string', 'function', 'number', 'object', 'Function', 'Object',
                'boolean', 'bigint', 'symbol'];
const classRegExp = /^[A-Z][a-zA-Z0-9]*$/;

// Joins ['a', 'b', 'c'] as 'a, b, and c' (or 'or'); Intl.ListFormat is not
// relied upon so that the output never depends on ICU data.
// Generic over array-likes (strings included), like node's primordials.
function formatList(array, type = 'and') {
  const n = array.length;
  if (n === 0) return '';
  if (n === 1) return `${array[0]}`;
  if (n === 2) return `${array[0]} ${type} ${array[1]}`;
  const head = Array.prototype.join.call(Array.prototype.slice.call(array, 0, -1), ', ');
  return `${head}, ${type} ${array[n - 1]}`;
}

// Writes an integer string with '_' every three digits, like 4_294_967_296.
function addNumericalSeparator(val) {
  const start = val[0] === '-' ? 1 : 0;
  let end = val.length;
  let res = '';
  while (end >= start + 4) {
    res = `_${val.slice(end - 3, end)}${res}`;
    end -= 3;
  }
  return `${val.slice(0, end)}${res}`;
}

// Describes a received value the way node's type-mismatch errors do:
// "type number (5)", "an instance of Foo", "function bar", "undefined".
function determineSpecificType(value) {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  const type = typeof value;
  if (type === 'bigint') return `type bigint (${value}n)`;
  if (type === 'number') {
    if (value === 0) return 1 / value === -Infinity ? 'type number (-0)' : 'type number (0)';
    return `type number (${value})`;
  }
  if (type === 'boolean') return `type boolean (${value})`;
  if (type === 'symbol') return `type symbol (${String(value)})`;
  if (type === 'function') return `function ${value.name}`;
  if (type === 'object') {
    if (value.constructor && 'name' in value.constructor) {
      return `an instance of ${value.constructor.name}`;
    }
    return `${lazyInspect().inspect(value, { depth: -1 })}`;
  }
  if (type === 'string') {
    if (value.length > 28) value = `${value.slice(0, 25)}...`;
    if (!value.includes("'")) return `type string ('${value}')`;
    return `type string (${JSON.stringify(value)})`;
  }
  let shown = lazyInspect().inspect(value, { colors: false });
  if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
  return `type ${type} (${shown})`;
}

function invalidArgType(name, expected, actual) {
  if (!Array.isArray(expected)) expected = [expected];
  let msg = 'The ';
  if (name.endsWith(' argument')) {
    msg += `${name} `;
  } else {
    msg += `"${name}" ${name.includes('.') ? 'property' : 'argument'} `;
  }
  msg += 'must be ';
  const types = [];
  const instances = [];
  const other = [];
  for (const value of expected) {
    if (kTypes.includes(value)) types.push(value.toLowerCase());
    else if (classRegExp.test(value)) instances.push(value);
    else other.push(value);
  }
  // When class instances are listed too, a plain object is named as the
  // class 'Object' among them rather than as the type 'object'.
  if (instances.length > 0) {
    const pos = types.indexOf('object');
    if (pos !== -1) {
      types.splice(pos, 1);
      instances.push('Object');
    }
  }
  if (types.length > 0) {
    msg += `${types.length > 1 ? 'one of type' : 'of type'} ${formatList(types, 'or')}`;
    if (instances.length > 0 || other.length > 0) msg += ' or ';
  }
  if (instances.length > 0) {
    msg += `an instance of ${formatList(instances, 'or')}`;
    if (other.length > 0) msg += ' or ';
  }
  if (other.length > 0) {
    if (other.length > 1) {
      msg += `one of ${formatList(other, 'or')}`;
    } else {
      if (other[0].toLowerCase() !== other[0]) msg += 'an ';
      msg += `${other[0]}`;
    }
  }
  return `${msg}. Received ${determineSpecificType(actual)}`;
}

function invalidArgValue(name, value, reason = 'is invalid') {
  let inspected = lazyInspect().inspect(value);
  if (inspected.length > 128) inspected = `${inspected.slice(0, 128)}...`;
  const type = name.includes('.') ? 'property' : 'argument';
  return `The ${type} '${name}' ${reason}. Received ${inspected}`;
}

function outOfRange(str, range, input, replaceDefaultBoolean = false) {
  let msg = replaceDefaultBoolean ? str : `The value of "${str}" is out of range.`;
  let received;
  if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) {
    received = addNumericalSeparator(String(input));
  } else if (typeof input === 'bigint') {
    received = String(input);
    if (input > 2n ** 32n || input < -(2n ** 32n)) received = addNumericalSeparator(received);
    received += 'n';
  } else {
    received = lazyInspect().inspect(input);
  }
  msg += ` It must be ${range}. Received ${received}`;
  return msg;
}

function missingArgs(...args) {
  const quote = (a) => `"${a}"`;
  const names = args.map((a) => (Array.isArray(a) ? a.map(quote).join(' or ') : quote(a)));
  return `The ${formatList(names)} argument${args.length > 1 ? 's' : ''} must be specified`;
}

function withBase(base) {
  return base ? ` imported from ${base}` : '';
}

function requireEsm(filename, hasEsmSyntax, parentPath = null, packageJsonPath = null) {
  let msg = `require() of ES Module ${filename}${parentPath ? ` from ${parentPath}` : ''} not supported.`;
  if (!packageJsonPath) {
    if (filename.endsWith('.mjs')) {
      msg += `\nInstead change the require of ${filename} to a dynamic ` +
        'import() which is available in all CommonJS modules.';
    }
    return msg;
  }
  const path = require('path');
  const basename = parentPath && path.basename(filename) === path.basename(parentPath) ?
    filename : path.basename(filename);
  if (hasEsmSyntax) {
    return `${msg}\nInstead change the require of ${basename} in ${parentPath} to` +
      ' a dynamic import() which is available in all CommonJS modules.';
  }
  return `${msg}\n${basename} is treated as an ES module file as it is a .js ` +
    'file whose nearest parent package.json contains "type": "module" ' +
    'which declares all .js files in that package scope as ES modules.' +
    `\nInstead either rename ${basename} to end in .cjs, change the requiring ` +
    'code to use dynamic import() which is available in all CommonJS ' +
    'modules, or change "type": "module" to "type": "commonjs" in ' +
    `${packageJsonPath} to treat all .js files as CommonJS (using .mjs for ` +
    'all ES modules instead).\n';
}

function packageTarget(pkgPath, key, target, isImport = false, base = undefined) {
  const relError = typeof target === 'string' && !isImport && target.length > 0 &&
    !target.startsWith('./');
  const tail = `${withBase(base)}${relError ? '; targets must start with "./"' : ''}`;
  if (key === '.') {
    return `Invalid "exports" main target ${JSON.stringify(target)} defined ` +
      `in the package config ${pkgPath}package.json${tail}`;
  }
  return `Invalid "${isImport ? 'imports' : 'exports'}" target ${JSON.stringify(target)} ` +
    `defined for '${key}' in the package config ${pkgPath}package.json${tail}`;
}

module.exports = {
  formatList,
  addNumericalSeparator,
  determineSpecificType,
  entries: [
    ['ERR_ACCESS_DENIED', function(msg, permission = '', resource = '') {
      this.permission = permission;
      this.resource = resource;
      return msg;
    }, 'Error'],
    ['ERR_BUFFER_OUT_OF_BOUNDS', (name = undefined) => (name ?
      `"${name}" is outside of buffer bounds` :
      'Attempt to access memory outside buffer bounds'), 'RangeError'],
    // node adds OpenSSL's reason when it gave one.
    ['ERR_CRYPTO_INVALID_SCRYPT_PARAMS', (detail) => (detail ?
      `Invalid scrypt params: ${detail}` : 'Invalid scrypt params'), 'RangeError'],
    ['ERR_ENCODING_INVALID_ENCODED_DATA', function(encoding, ret) {
      // Decoders that have no native status code pass none.
      if (ret !== undefined) this.errno = ret;
      return `The encoded data was not valid for encoding ${encoding}`;
    }, 'TypeError'],
    ['ERR_FALSY_VALUE_REJECTION', function(reason) {
      this.reason = reason;
      return 'Promise was rejected with falsy value';
    }, 'Error'],
    ['ERR_HTTP2_INVALID_SETTING_VALUE', function(name, actual, min = undefined, max = undefined) {
      this.actual = actual;
      if (min !== undefined) {
        this.min = min;
        this.max = max;
      }
      return `Invalid value for setting "${name}": ${actual}`;
    }, 'TypeError', 'RangeError'],
    ['ERR_HTTP2_STREAM_CANCEL', function(error) {
      let msg = 'The pending stream has been canceled';
      if (error) {
        this.cause = error;
        if (typeof error.message === 'string') msg += ` (caused by: ${error.message})`;
      }
      return msg;
    }, 'Error'],
    ['ERR_INTERNAL_ASSERTION', (message) => {
      const suffix = 'This is caused by either a bug in Node.js ' +
        'or incorrect usage of Node.js internals.\n' +
        'Please open an issue with this stack trace at ' +
        'https://github.com/nodejs/node/issues\n';
      return message === undefined ? suffix : `${message}\n${suffix}`;
    }, 'Error'],
    ['ERR_INVALID_ADDRESS_FAMILY', function(addressType, host, port) {
      this.host = host;
      this.port = port;
      return `Invalid address family: ${addressType} ${host}:${port}`;
    }, 'RangeError'],
    ['ERR_INVALID_ARG_TYPE', invalidArgType, 'TypeError'],
    ['ERR_INVALID_ARG_VALUE', invalidArgValue, 'TypeError', 'RangeError'],
    ['ERR_INVALID_CHAR', (name, field = undefined) =>
      `Invalid character in ${name}${field !== undefined ? ` ["${field}"]` : ''}`, 'TypeError'],
    ['ERR_INVALID_MIME_SYNTAX', (production, str, invalidIndex) =>
      `The MIME syntax for a ${production} in "${str}" is invalid` +
      (invalidIndex !== -1 ? ` at ${invalidIndex}` : ''), 'TypeError'],
    ['ERR_INVALID_MODULE_SPECIFIER', (request, reason, base = undefined) =>
      `Invalid module "${request}" ${reason}${withBase(base)}`, 'TypeError'],
    ['ERR_INVALID_PACKAGE_CONFIG', (path, base, message) =>
      `Invalid package config ${path}${base ? ` while importing ${base}` : ''}` +
      `${message ? `. ${message}` : ''}`, 'Error'],
    ['ERR_INVALID_PACKAGE_TARGET', packageTarget, 'Error'],
    ['ERR_INVALID_RETURN_PROPERTY', (input, name, prop, value) =>
      `Expected a valid ${input} to be returned for the "${prop}" from the` +
      ` "${name}" hook but got ${determineSpecificType(value)}.`, 'TypeError'],
    ['ERR_INVALID_RETURN_PROPERTY_VALUE', (input, name, prop, value) =>
      `Expected ${input} to be returned for the "${prop}" from the` +
      ` "${name}" hook but got ${determineSpecificType(value)}.`, 'TypeError'],
    ['ERR_INVALID_RETURN_VALUE', (input, name, value) =>
      `Expected ${input} to be returned from the "${name}"` +
      ` function but got ${determineSpecificType(value)}.`, 'TypeError', 'RangeError'],
    ['ERR_INVALID_URL', function(input, base = null) {
      this.input = input;
      if (base != null) this.base = base;
      return 'Invalid URL';
    }, 'TypeError'],
    ['ERR_INVALID_URL_SCHEME', (expected) => {
      if (typeof expected === 'string') expected = [expected];
      const res = expected.length === 2 ?
        `one of scheme ${expected[0]} or ${expected[1]}` : `of scheme ${expected[0]}`;
      return `The URL must be ${res}`;
    }, 'TypeError'],
    ['ERR_MANIFEST_ASSERT_INTEGRITY', (moduleURL, realIntegrities) => {
      let msg = `The content of "${moduleURL}" does not match the expected integrity.`;
      if (realIntegrities.size) {
        const sri = Array.from(realIntegrities.entries(), ([alg, dgs]) => `${alg}-${dgs}`);
        msg += ` Integrities found are: ${sri.join(' ')}`;
      } else {
        msg += ' The resource was not found in the policy.';
      }
      return msg;
    }, 'Error'],
    ['ERR_MISSING_ARGS', missingArgs, 'TypeError'],
    ['ERR_MODULE_NOT_FOUND', function(path, base, exactUrl) {
      if (exactUrl) {
        Object.defineProperty(this, 'url', {
          value: `${exactUrl}`, enumerable: true, writable: true, configurable: true,
        });
      }
      return `Cannot find ${exactUrl ? 'module' : 'package'} '${path}' imported from ${base}`;
    }, 'Error'],
    ['ERR_OUT_OF_RANGE', outOfRange, 'RangeError'],
    ['ERR_PACKAGE_IMPORT_NOT_DEFINED', (specifier, packagePath, base) =>
      `Package import specifier "${specifier}" is not defined` +
      `${packagePath ? ` in package ${packagePath}package.json` : ''} imported from ${base}`,
    'TypeError'],
    ['ERR_PACKAGE_PATH_NOT_EXPORTED', (pkgPath, subpath, base = undefined) => {
      if (subpath === '.') return `No "exports" main defined in ${pkgPath}package.json${withBase(base)}`;
      return `Package subpath '${subpath}' is not defined by "exports" in ` +
        `${pkgPath}package.json${withBase(base)}`;
    }, 'Error'],
    ['ERR_PARSE_ARGS_UNKNOWN_OPTION', (option, allowPositionals) => {
      const hint = allowPositionals ? '. To specify a positional ' +
        "argument starting with a '-', place it at the end of the command after " +
        `'--', as in '-- ${JSON.stringify(option)}` : '';
      return `Unknown option '${option}'${hint}`;
    }, 'TypeError'],
    ['ERR_REQUIRE_ASYNC_MODULE', function(filename, parentFilename) {
      let message = 'require() cannot be used on an ESM ' +
        'graph with top-level await. Use import() instead. To see where the' +
        ' top-level await comes from, use --experimental-print-required-tla.';
      if (parentFilename) message += `\n  From ${parentFilename} `;
      if (filename) message += `\n  Requiring ${filename} `;
      return message;
    }, 'Error'],
    ['ERR_REQUIRE_ESM', requireEsm, 'Error'],
    ['ERR_SOCKET_BAD_PORT', (name, port, allowZero = true) =>
      `${name} should be ${allowZero ? '>=' : '>'} 0 and < 65536. ` +
      `Received ${determineSpecificType(port)}.`, 'RangeError'],
    ['ERR_TEST_FAILURE', function(error, failureType) {
      this.failureType = failureType;
      this.cause = error;
      const msg = error?.message ?? error;
      return typeof msg === 'string' ? msg : lazyInspect().inspect(msg);
    }, 'Error'],
    ['ERR_TLS_ALPN_CALLBACK_INVALID_RESULT', (value, protocols) =>
      `ALPN callback returned a value (${value}) that did not match any of the ` +
      `client's offered protocols (${protocols.join(', ')})`, 'TypeError'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', function(reason, host, cert) {
      this.reason = reason;
      this.host = host;
      this.cert = cert;
      return `Hostname/IP does not match certificate's altnames: ${reason}`;
    }, 'Error'],
    ['ERR_UNHANDLED_ERROR', (err = undefined) =>
      (err === undefined ? 'Unhandled error.' : `Unhandled error. (${err})`), 'Error'],
    ['ERR_UNSUPPORTED_DIR_IMPORT', function(path, base, exactUrl) {
      Object.defineProperty(this, 'url', {
        value: exactUrl, enumerable: true, writable: true, configurable: true,
      });
      return `Directory import '${path}' is not supported ` +
        `resolving ES modules imported from ${base}`;
    }, 'Error'],
    ['ERR_UNSUPPORTED_ESM_URL_SCHEME', (url, supported) =>
      `Only URLs with a scheme in: ${formatList(supported)} are supported by the ` +
      `default ESM loader. Received protocol '${url.protocol}'`, 'Error'],
    ['ERR_VM_MODULE_LINK_FAILURE', function(message, cause) {
      this.cause = cause;
      return message;
    }, 'Error'],
    ['ERR_WORKER_INVALID_EXEC_ARGV', (errors, msg = 'invalid execArgv flags') =>
      `Initiated Worker with ${msg}: ${Array.prototype.join.call(errors, ', ')}`, 'Error'],
    ['ERR_WORKER_PATH', (filename) =>
      'The worker script or module filename must be an absolute path or a ' +
      'relative path starting with \'./\' or \'../\'.' +
      (String.prototype.startsWith.call(filename, 'file://') ? ' Wrap file:// URLs with `new URL`.' : '') +
      (String.prototype.startsWith.call(filename, 'data:text/javascript') ?
        ' Wrap data: URLs with `new URL`.' : '') +
      ` Received "${filename}"`, 'TypeError'],
  ],
};
