'use strict';

// NodeEventTarget (an EventTarget that also speaks the EventEmitter
// dialect, for MessagePort-like objects) and defineEventHandler(), which
// gives a class `onfoo` attribute handlers.

const { ERR_INVALID_THIS } = require('internal/errors').codes;
const { validateString } = require('internal/validators');
const EventEmitter = require('events');
const {
  EventTarget,
  kEvents,
  kHandlers,
  kHybridDispatch,
  kIsNodeEventTarget,
  kIsNodeStyleListener,
  kNewListener,
  kRemoveListener,
} = require('internal/event_target');

const { kMaxEventTargetListeners } = EventEmitter;

function isNodeEventTarget(obj) {
  return obj?.constructor?.[kIsNodeEventTarget] === true;
}

function checkThis(self) {
  if (!isNodeEventTarget(self)) throw new ERR_INVALID_THIS('NodeEventTarget');
}

class NodeEventTarget extends EventTarget {
  static [kIsNodeEventTarget] = true;
  static defaultMaxListeners = 10;

  setMaxListeners(n) {
    checkThis(this);
    EventEmitter.setMaxListeners(n, this);
  }

  getMaxListeners() {
    checkThis(this);
    return this[kMaxEventTargetListeners];
  }

  eventNames() {
    checkThis(this);
    return Array.from(this[kEvents].keys());
  }

  listenerCount(type) {
    checkThis(this);
    const root = this[kEvents].get(String(type));
    return root !== undefined ? root.size : 0;
  }

  off(type, listener, options) {
    checkThis(this);
    this.removeEventListener(type, listener, options);
    return this;
  }

  removeListener(type, listener, options) {
    checkThis(this);
    this.removeEventListener(type, listener, options);
    return this;
  }

  on(type, listener) {
    checkThis(this);
    this.addEventListener(type, listener, { [kIsNodeStyleListener]: true });
    return this;
  }

  addListener(type, listener) {
    checkThis(this);
    this.addEventListener(type, listener, { [kIsNodeStyleListener]: true });
    return this;
  }

  emit(type, arg) {
    checkThis(this);
    validateString(type, 'type');
    const hadListeners = this.listenerCount(type) > 0;
    this[kHybridDispatch](arg, type);
    return hadListeners;
  }

  once(type, listener) {
    checkThis(this);
    this.addEventListener(type, listener, { once: true, [kIsNodeStyleListener]: true });
    return this;
  }

  removeAllListeners(type) {
    checkThis(this);
    if (type !== undefined) {
      this[kEvents].delete(String(type));
    } else {
      this[kEvents].clear();
    }
    return this;
  }
}

// The registered listener behind an `onfoo` attribute; assigning another
// handler swaps the function inside it without re-registering.
function makeEventHandler(handler) {
  function eventHandler(...args) {
    if (typeof eventHandler.handler !== 'function') return;
    return Reflect.apply(eventHandler.handler, this, args);
  }
  eventHandler.handler = handler;
  return eventHandler;
}

function defineEventHandler(emitter, name, event = name) {
  Object.defineProperty(emitter, `on${name}`, {
    enumerable: true,
    configurable: true,
    get() {
      return this[kHandlers]?.get(event)?.handler ?? null;
    },
    set(value) {
      if (!this[kHandlers]) this[kHandlers] = new Map();
      let wrapped = this[kHandlers].get(event);
      if (wrapped) {
        const root = this[kEvents].get(event);
        if (typeof wrapped.handler === 'function' && root !== undefined) {
          root.size--;
          this[kRemoveListener](root.size, event, wrapped.handler, false);
        }
        wrapped.handler = value;
        if (typeof value === 'function' && root !== undefined) {
          root.size++;
          this[kNewListener](root.size, event, value, false, false, false, false);
        }
      } else {
        wrapped = makeEventHandler(value);
        this.addEventListener(event, wrapped);
      }
      this[kHandlers].set(event, wrapped);
    },
  });
}

module.exports = { NodeEventTarget, defineEventHandler, isNodeEventTarget };
