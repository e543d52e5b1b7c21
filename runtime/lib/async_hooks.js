'use strict';
// async_hooks: AsyncLocalStorage and AsyncResource on vigil's async context
// frames (internal/async_context.js), as node 20 behaves.
//
// Not here: hooks on vigil's own resources. createHook() works for
// AsyncResource objects (init, before, after, destroy as node calls them),
// (and "destroy" when one is garbage collected without emitDestroy()),
// but timers, promises and libuv handles report nothing to hooks, and
// executionAsyncId()/triggerAsyncId() count only AsyncResource scopes
// (docs/compat.md).

const asyncContext = require('internal/async_context');
const { codes } = require('internal/errors');
const { validateFunction, validateString, validateObject } = require('internal/validators');

// --- AsyncLocalStorage -----------------------------------------------------------

class AsyncLocalStorage {
  #enabled = false;

  // fn, made to run with the stores current now.
  static bind(fn) {
    validateFunction(fn, 'fn');
    asyncContext.startTracking();
    return asyncContext.bindToCurrentFrame(fn);
  }

  // A function that runs any function with the stores current now.
  static snapshot() {
    asyncContext.startTracking();
    const frame = asyncContext.getFrame();
    return function runInAsyncScope(fn, ...args) {
      return asyncContext.callInFrame(frame, fn, this, args);
    };
  }

  #frameWith(store) {
    asyncContext.startTracking();
    this.#enabled = true;
    const frame = new Map(asyncContext.getFrame());
    frame.set(this, store);
    return frame;
  }

  disable() {
    if (!this.#enabled) return;
    this.#enabled = false;
    const current = asyncContext.getFrame();
    if (current !== undefined && current.has(this)) {
      const frame = new Map(current);
      frame.delete(this);
      asyncContext.setFrame(frame.size === 0 ? undefined : frame);
    }
  }

  getStore() {
    if (!this.#enabled) return undefined;
    return asyncContext.getFrame()?.get(this);
  }

  // The store for the rest of this synchronous run and what it schedules.
  enterWith(store) {
    asyncContext.setFrame(this.#frameWith(store));
  }

  run(store, callback, ...args) {
    return asyncContext.callInFrame(this.#frameWith(store), callback, undefined, args);
  }

  exit(callback, ...args) {
    if (!this.#enabled) return Reflect.apply(callback, undefined, args);
    const frame = new Map(asyncContext.getFrame());
    frame.delete(this);
    return asyncContext.callInFrame(frame.size === 0 ? undefined : frame, callback, undefined, args);
  }
}

// --- AsyncResource and hooks --------------------------------------------------------

const hooks = new Set();  // enabled AsyncHook instances
let nextAsyncId = 1;  // 1 is the main script, as in node
const idStack = [{ asyncId: 1, triggerAsyncId: 0, resource: {} }];

function emit(kind, ...args) {
  for (const hook of [...hooks]) hook.call(kind, args);
}

// As node's registerDestroyHook: a resource that is collected without
// emitDestroy() having run reports 'destroy' then, if a hook with a destroy
// callback was enabled when the resource was made.
const destroyOnCollect = new FinalizationRegistry((record) => {
  if (!record.destroyed && hooks.size > 0) emit('destroy', record.asyncId);
});

class AsyncResource {
  #frame;
  #asyncId;
  #triggerAsyncId;
  #destroyed = false;
  #collectRecord = null;

  constructor(type, opts = {}) {
    validateString(type, 'type');
    let triggerAsyncId = opts;
    let requireManualDestroy = false;
    if (typeof opts !== 'number') {
      triggerAsyncId = opts.triggerAsyncId === undefined ? executionAsyncId() : opts.triggerAsyncId;
      requireManualDestroy = !!opts.requireManualDestroy;
    }
    if (!Number.isSafeInteger(triggerAsyncId) || triggerAsyncId < -1) {
      throw new codes.ERR_INVALID_ASYNC_ID('triggerAsyncId', triggerAsyncId);
    }
    asyncContext.startTracking();
    this.#frame = asyncContext.getFrame();
    this.#asyncId = ++nextAsyncId;
    this.#triggerAsyncId = triggerAsyncId;
    if (hooks.size > 0) emit('init', this.#asyncId, type, triggerAsyncId, this);
    if (!requireManualDestroy && [...hooks].some((hook) => hook.hasDestroy())) {
      this.#collectRecord = { asyncId: this.#asyncId, destroyed: false };
      destroyOnCollect.register(this, this.#collectRecord);
    }
  }

  runInAsyncScope(fn, thisArg, ...args) {
    const asyncId = this.#asyncId;
    idStack.push({ asyncId, triggerAsyncId: this.#triggerAsyncId, resource: this });
    if (hooks.size > 0) emit('before', asyncId);
    try {
      return asyncContext.callInFrame(this.#frame, fn, thisArg, args);
    } finally {
      if (hooks.size > 0) emit('after', asyncId);
      idStack.pop();
    }
  }

  emitDestroy() {
    if (!this.#destroyed) {
      this.#destroyed = true;
      if (this.#collectRecord !== null) this.#collectRecord.destroyed = true;
      if (hooks.size > 0) emit('destroy', this.#asyncId);
    }
    return this;
  }

  asyncId() {
    return this.#asyncId;
  }

  triggerAsyncId() {
    return this.#triggerAsyncId;
  }

  bind(fn, thisArg) {
    validateFunction(fn, 'fn');
    const resource = this;
    let bound;
    if (thisArg === undefined) {
      bound = function(...args) {
        return resource.runInAsyncScope(fn, this, ...args);
      };
    } else {
      bound = (...args) => resource.runInAsyncScope(fn, thisArg, ...args);
    }
    Object.defineProperties(bound, {
      length: { configurable: true, enumerable: false, value: fn.length, writable: false },
      asyncResource: { configurable: true, enumerable: true, value: this, writable: true },
    });
    return bound;
  }

  static bind(fn, type, thisArg) {
    type = type || fn.name || 'bound-anonymous-fn';
    return (new AsyncResource(type)).bind(fn, thisArg);
  }
}

class AsyncHook {
  #callbacks;

  constructor({ init, before, after, destroy, promiseResolve }) {
    for (const [name, fn] of [['init', init], ['before', before], ['after', after], ['destroy', destroy],
                              ['promiseResolve', promiseResolve]]) {
      if (fn !== undefined && typeof fn !== 'function') throw new codes.ERR_ASYNC_CALLBACK(`hook.${name}`);
    }
    this.#callbacks = { init, before, after, destroy, promiseResolve };
  }

  hasDestroy() {
    return this.#callbacks.destroy !== undefined;
  }

  call(kind, args) {
    const fn = this.#callbacks[kind];
    if (fn !== undefined) Reflect.apply(fn, this, args);
  }

  enable() {
    hooks.add(this);
    return this;
  }

  disable() {
    hooks.delete(this);
    return this;
  }
}

function createHook(callbacks) {
  validateObject(callbacks, 'callbacks', { allowArray: true, allowFunction: true });
  return new AsyncHook(callbacks);
}

function executionAsyncId() {
  return idStack[idStack.length - 1].asyncId;
}

function triggerAsyncId() {
  return idStack[idStack.length - 1].triggerAsyncId;
}

function executionAsyncResource() {
  return idStack[idStack.length - 1].resource;
}

module.exports = {
  AsyncLocalStorage,
  AsyncResource,
  createHook,
  executionAsyncId,
  triggerAsyncId,
  executionAsyncResource,
};
