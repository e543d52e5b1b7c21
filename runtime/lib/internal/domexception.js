'use strict';

// DOMException as WebIDL defines it: an Error subclass in all but syntax,
// whose name, message and code are read-only accessors on the prototype,
// with the legacy numeric codes on both the constructor and the prototype.

const kInternals = new WeakMap();

// The legacy error names that have a numeric code, in code order (WebIDL's
// DOMException names table).
const kLegacyCodes = [
  ['IndexSizeError', 'INDEX_SIZE_ERR'],
  ['DOMStringSizeError', 'DOMSTRING_SIZE_ERR'],
  ['HierarchyRequestError', 'HIERARCHY_REQUEST_ERR'],
  ['WrongDocumentError', 'WRONG_DOCUMENT_ERR'],
  ['InvalidCharacterError', 'INVALID_CHARACTER_ERR'],
  ['NoDataAllowedError', 'NO_DATA_ALLOWED_ERR'],
  ['NoModificationAllowedError', 'NO_MODIFICATION_ALLOWED_ERR'],
  ['NotFoundError', 'NOT_FOUND_ERR'],
  ['NotSupportedError', 'NOT_SUPPORTED_ERR'],
  ['InUseAttributeError', 'INUSE_ATTRIBUTE_ERR'],
  ['InvalidStateError', 'INVALID_STATE_ERR'],
  ['SyntaxError', 'SYNTAX_ERR'],
  ['InvalidModificationError', 'INVALID_MODIFICATION_ERR'],
  ['NamespaceError', 'NAMESPACE_ERR'],
  ['InvalidAccessError', 'INVALID_ACCESS_ERR'],
  ['ValidationError', 'VALIDATION_ERR'],
  ['TypeMismatchError', 'TYPE_MISMATCH_ERR'],
  ['SecurityError', 'SECURITY_ERR'],
  ['NetworkError', 'NETWORK_ERR'],
  ['AbortError', 'ABORT_ERR'],
  ['URLMismatchError', 'URL_MISMATCH_ERR'],
  ['QuotaExceededError', 'QUOTA_EXCEEDED_ERR'],
  ['TimeoutError', 'TIMEOUT_ERR'],
  ['InvalidNodeTypeError', 'INVALID_NODE_TYPE_ERR'],
  ['DataCloneError', 'DATA_CLONE_ERR'],
];

// Names the standard marks as disused: they keep their constant but an
// exception with that name reports code 0.
const kDisusedNames = new Set(['DOMStringSizeError', 'NoDataAllowedError', 'ValidationError']);

const kNameToCode = new Map();

// The error node throws when a DOMException accessor is called on another
// object: a TypeError with code ERR_INVALID_THIS.
function invalidThis() {
  const err = new TypeError('Value of "this" must be of DOMException');
  err.code = 'ERR_INVALID_THIS';
  return err;
}

function internalsOf(self) {
  const internals = kInternals.get(self);
  if (internals === undefined) throw invalidThis();
  return internals;
}

class DOMException {
  constructor(message = '', options = 'Error') {
    if (options !== null && typeof options === 'object') {
      kInternals.set(this, { message: `${message}`, name: `${options.name}` });
      if ('cause' in options) {
        Object.defineProperty(this, 'cause', {
          __proto__: null,
          value: options.cause,
          configurable: true,
          writable: true,
          enumerable: false,
        });
      }
    } else {
      kInternals.set(this, { message: `${message}`, name: `${options}` });
    }
    Error.captureStackTrace(this);
  }

  get name() {
    return internalsOf(this).name;
  }

  get message() {
    return internalsOf(this).message;
  }

  get code() {
    const { name } = internalsOf(this);
    if (kDisusedNames.has(name)) return 0;
    return kNameToCode.get(name) || 0;
  }
}

Object.setPrototypeOf(DOMException.prototype, Error.prototype);
Object.defineProperties(DOMException.prototype, {
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'DOMException' },
  name: { __proto__: null, enumerable: true, configurable: true },
  message: { __proto__: null, enumerable: true, configurable: true },
  code: { __proto__: null, enumerable: true, configurable: true },
});

for (let i = 0; i < kLegacyCodes.length; i++) {
  const [name, constant] = kLegacyCodes[i];
  const value = i + 1;
  const desc = { __proto__: null, enumerable: true, value };
  Object.defineProperty(DOMException, constant, desc);
  Object.defineProperty(DOMException.prototype, constant, desc);
  kNameToCode.set(name, value);
}

module.exports = { DOMException };
