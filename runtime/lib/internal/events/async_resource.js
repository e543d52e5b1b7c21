'use strict';

// events.EventEmitterAsyncResource: an EventEmitter whose listeners run in
// the async context of the code that created it.

const EventEmitter = require('events');
const { ERR_INVALID_THIS } = require('internal/errors').codes;
const { validateString } = require('internal/validators');

const kEventEmitter = Symbol('kEventEmitter');
const kAsyncResource = Symbol('kAsyncResource');

// async_hooks is loaded when the first instance is made, so that importing
// 'events' (whose namespace includes this class) does not need it.
let ReferencingAsyncResource;
function referencingAsyncResource() {
  if (ReferencingAsyncResource === undefined) {
    const { AsyncResource } = require('async_hooks');
    ReferencingAsyncResource = class EventEmitterReferencingAsyncResource extends AsyncResource {
      constructor(ee, type, options) {
        super(type, options);
        this[kEventEmitter] = ee;
      }

      get eventEmitter() {
        if (this[kEventEmitter] === undefined) {
          throw new ERR_INVALID_THIS('EventEmitterReferencingAsyncResource');
        }
        return this[kEventEmitter];
      }
    };
  }
  return ReferencingAsyncResource;
}

class EventEmitterAsyncResource extends EventEmitter {
  constructor(options = undefined) {
    let name;
    if (typeof options === 'string') {
      name = options;
      options = undefined;
    } else {
      if (new.target === EventEmitterAsyncResource) {
        validateString(options?.name, 'options.name');
      }
      name = options?.name || new.target.name;
    }
    super(options);
    const Resource = referencingAsyncResource();
    this[kAsyncResource] = new Resource(this, name, options);
  }

  emit(event, ...args) {
    if (this[kAsyncResource] === undefined) {
      throw new ERR_INVALID_THIS('EventEmitterAsyncResource');
    }
    const { asyncResource } = this;
    args.unshift(super.emit, this, event);
    return Reflect.apply(asyncResource.runInAsyncScope, asyncResource, args);
  }

  emitDestroy() {
    if (this[kAsyncResource] === undefined) {
      throw new ERR_INVALID_THIS('EventEmitterAsyncResource');
    }
    this.asyncResource.emitDestroy();
  }

  get asyncId() {
    if (this[kAsyncResource] === undefined) {
      throw new ERR_INVALID_THIS('EventEmitterAsyncResource');
    }
    return this.asyncResource.asyncId();
  }

  get triggerAsyncId() {
    if (this[kAsyncResource] === undefined) {
      throw new ERR_INVALID_THIS('EventEmitterAsyncResource');
    }
    return this.asyncResource.triggerAsyncId();
  }

  get asyncResource() {
    if (this[kAsyncResource] === undefined) {
      throw new ERR_INVALID_THIS('EventEmitterAsyncResource');
    }
    return this[kAsyncResource];
  }
}

module.exports = EventEmitterAsyncResource;
