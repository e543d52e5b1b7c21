'use strict';
// LazyTransform: a Transform whose stream state is only built when the
// object is first used as a stream. crypto's Hash and Hmac are streams, but
// most callers only use update()/digest(), which should not pay for the
// stream state.

const kStateNames = ['_readableState', '_writableState'];

function LazyTransform(options) {
  this._options = options;
}

const { Transform } = require('stream');

function makeGetter(name) {
  return function() {
    Transform.call(this, this._options);
    // Chunks reach _transform as given (strings stay strings), and strings
    // written without an encoding are utf8, as in node.
    this._writableState.decodeStrings = false;
    return this[name];
  };
}

// Assigning a state (the Transform constructor does) makes an own property
// that hides the getter from then on.
function makeSetter(name) {
  return function(value) {
    Object.defineProperty(this, name, {
      __proto__: null, value, enumerable: true, configurable: true, writable: true,
    });
  };
}

Object.setPrototypeOf(LazyTransform.prototype, Transform.prototype);
Object.setPrototypeOf(LazyTransform, Transform);

for (const name of kStateNames) {
  Object.defineProperty(LazyTransform.prototype, name, {
    __proto__: null,
    get: makeGetter(name),
    set: makeSetter(name),
    configurable: true,
    enumerable: true,
  });
}

module.exports = LazyTransform;
