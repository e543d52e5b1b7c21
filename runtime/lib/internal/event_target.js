'use strict';

// EventTarget, Event and CustomEvent as node exposes them (the globals),
// plus NodeEventTarget (an EventTarget with an EventEmitter-like surface)
// and defineEventHandler() for `onfoo` attributes, both for other builtins.

const {
  ERR_EVENT_RECURSION,
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_INVALID_THIS,
  ERR_MISSING_ARGS,
} = require('internal/errors').codes;
const { validateAbortSignal } = require('internal/validators');
const EventEmitter = require('events');

const kIsEventTarget = Symbol.for('nodejs.event_target');
const kIsNodeEventTarget = Symbol('kIsNodeEventTarget');
const kEvents = Symbol('kEvents');
const kHandlers = Symbol('kHandlers');
const kType = Symbol('type');
const kTarget = Symbol('kTarget');
const kIsBeingDispatched = Symbol('kIsBeingDispatched');
const kStop = Symbol('kStop');
const kTrustEvent = Symbol('kTrustEvent');
const kWeakHandler = Symbol('kWeak');
const kResistStopPropagation = Symbol('kResistStopPropagation');
const kIsNodeStyleListener = Symbol('kIsNodeStyleListener');
const kHybridDispatch = Symbol.for('nodejs.internal.kHybridDispatch');
const kCreateEvent = Symbol('kCreateEvent');
const kNewListener = Symbol('kNewListener');
const kRemoveListener = Symbol('kRemoveListener');
const customInspect = Symbol.for('nodejs.util.inspect.custom');
const { kMaxEventTargetListeners, kMaxEventTargetListenersWarned } = EventEmitter;

const loadTime = Date.now();
function now() {
  const perf = globalThis.performance;
  if (perf !== undefined && typeof perf.now === 'function') return perf.now();
  return Date.now() - loadTime;
}

function inspect(value, options) {
  return require('util').inspect(value, options);
}

// Options objects may also be arrays or functions, as WebIDL allows.
function checkOptionsObject(value, name) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
    throw new ERR_INVALID_ARG_TYPE(name, 'Object', value);
  }
}

function inspectWithName(self, depth, options, fields) {
  const name = self.constructor.name;
  if (depth < 0) return name;
  const opts = Object.assign({}, options, {
    depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth,
  });
  return `${name} ${inspect(fields, opts)}`;
}

const trusted = new WeakSet();
const isTrustedGetter = Object.getOwnPropertyDescriptor({
  get isTrusted() {
    return trusted.has(this);
  },
}, 'isTrusted').get;

class Event {
  #cancelable = false;
  #bubbles = false;
  #composed = false;
  #defaultPrevented = false;
  #timestamp = now();
  #propagationStopped = false;

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (options != null) checkOptionsObject(options, 'options');
    // Read in the standard's order (the WPT checks it with getters).
    this.#bubbles = !!options?.bubbles;
    this.#cancelable = !!options?.cancelable;
    this.#composed = !!options?.composed;
    this[kType] = `${type}`;
    if (options?.[kTrustEvent]) trusted.add(this);
    this[kTarget] = null;
    this[kIsBeingDispatched] = false;
  }

  static isEvent(value) {
    return value !== null && typeof value === 'object' && #cancelable in value;
  }

  initEvent(type, bubbles = false, cancelable = false) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (this[kIsBeingDispatched]) return;
    this[kType] = `${type}`;
    this.#bubbles = !!bubbles;
    this.#cancelable = !!cancelable;
  }

  [customInspect](depth, options) {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return inspectWithName(this, depth, options, {
      type: this[kType],
      defaultPrevented: this.#defaultPrevented,
      cancelable: this.#cancelable,
      timeStamp: this.#timestamp,
    });
  }

  stopImmediatePropagation() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    // Spec mismatch kept from node: this also marks propagation stopped.
    this.#propagationStopped = true;
    this[kStop] = true;
  }

  preventDefault() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    this.#defaultPrevented = true;
  }

  get target() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kTarget];
  }

  get currentTarget() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kIsBeingDispatched] ? this[kTarget] : null;
  }

  get srcElement() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kTarget];
  }

  get type() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kType];
  }

  get cancelable() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#cancelable;
  }

  get defaultPrevented() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#cancelable && this.#defaultPrevented;
  }

  get timeStamp() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#timestamp;
  }

  composedPath() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kIsBeingDispatched] ? [this[kTarget]] : [];
  }

  // Read-only in node 20 (the DOM's setter is missing there).
  get returnValue() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return !(this.#cancelable && this.#defaultPrevented);
  }

  get bubbles() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#bubbles;
  }

  get composed() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#composed;
  }

  get eventPhase() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kIsBeingDispatched] ? Event.AT_TARGET : Event.NONE;
  }

  get cancelBubble() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#propagationStopped;
  }

  set cancelBubble(value) {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    if (value) this.#propagationStopped = true;
  }

  stopPropagation() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    this.#propagationStopped = true;
  }

  static NONE = 0;
  static CAPTURING_PHASE = 1;
  static AT_TARGET = 2;
  static BUBBLING_PHASE = 3;
}

const isEvent = Event.isEvent;
delete Event.isEvent;

function enumerable(proto, names) {
  for (const name of names) {
    const desc = Object.getOwnPropertyDescriptor(proto, name);
    desc.enumerable = true;
    Object.defineProperty(proto, name, desc);
  }
}

enumerable(Event.prototype, [
  'initEvent', 'stopImmediatePropagation', 'preventDefault', 'target',
  'currentTarget', 'srcElement', 'type', 'cancelable', 'defaultPrevented',
  'timeStamp', 'composedPath', 'returnValue', 'bubbles', 'composed',
  'eventPhase', 'cancelBubble', 'stopPropagation',
]);
Object.defineProperty(Event.prototype, 'isTrusted', {
  get: isTrustedGetter,
  enumerable: true,
  configurable: false,
});
Object.defineProperty(Event.prototype, Symbol.toStringTag, {
  writable: false,
  enumerable: false,
  configurable: true,
  value: 'Event',
});

class CustomEvent extends Event {
  #detail;

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    this.#detail = options?.detail ?? null;
  }

  static isCustomEvent(value) {
    return value !== null && typeof value === 'object' && #detail in value;
  }

  get detail() {
    if (!isCustomEvent(this)) throw new ERR_INVALID_THIS('CustomEvent');
    return this.#detail;
  }
}

const isCustomEvent = CustomEvent.isCustomEvent;
delete CustomEvent.isCustomEvent;
enumerable(CustomEvent.prototype, ['detail']);
Object.defineProperty(CustomEvent.prototype, Symbol.toStringTag, {
  writable: false,
  enumerable: false,
  configurable: true,
  value: 'CustomEvent',
});

const weakKeepAlive = new WeakMap();

// One registered listener. The listeners of a type form a doubly linked
// list, so that removing one while an event is being dispatched is safe and
// listeners appended meanwhile are still reached, as in node.
class Listener {
  constructor(prev, listener, once, capture, passive, isNodeStyle, weak, resist) {
    this.next = undefined;
    this.prev = prev;
    if (prev !== undefined) prev.next = this;
    this.once = once;
    this.capture = capture;
    this.passive = passive;
    this.isNodeStyle = isNodeStyle;
    this.resist = resist;
    this.removed = false;
    this.weak = Boolean(weak);
    if (weak) {
      // The listener lives as long as the object named by the weak option.
      weakKeepAlive.set(weak, listener);
      this.listener = new WeakRef(listener);
    } else {
      this.listener = listener;
    }
  }

  get target() {
    return this.weak ? this.listener.deref() : this.listener;
  }

  same(listener, capture) {
    return this.target === listener && this.capture === capture;
  }

  remove() {
    if (this.prev !== undefined) this.prev.next = this.next;
    if (this.next !== undefined) this.next.prev = this.prev;
    this.removed = true;
  }
}

function emitUncaughtException(err) {
  process.nextTick(() => {
    throw err;
  });
}

function isEventTarget(obj) {
  return obj?.constructor?.[kIsEventTarget] === true;
}

function initEventTarget(self) {
  self[kEvents] = new Map();
  self[kMaxEventTargetListeners] = EventEmitter.defaultMaxListeners;
  self[kMaxEventTargetListenersWarned] = false;
  self[kHandlers] = new Map();
}

function parseListenerOptions(options) {
  if (typeof options === 'boolean') return { capture: options };
  if (options === null || options === undefined) return { capture: false };
  checkOptionsObject(options, 'options');
  return {
    once: Boolean(options.once),
    capture: Boolean(options.capture),
    passive: Boolean(options.passive),
    signal: options.signal,
    weak: options[kWeakHandler],
    resistStopPropagation: options[kResistStopPropagation] ?? false,
    isNodeStyleListener: Boolean(options[kIsNodeStyleListener]),
  };
}

function toDOMString(value) {
  if (typeof value === 'symbol') throw new ERR_INVALID_ARG_VALUE('value', value);
  return `${value}`;
}

// Whether `listener` can be called; null and undefined are silently (with a
// warning) ignored, as the DOM does.
function shouldAddListener(listener) {
  if (typeof listener === 'function' || typeof listener?.handleEvent === 'function') {
    return true;
  }
  if (listener == null) return false;
  if (typeof listener === 'object') {
    // An object whose handleEvent appears later is still accepted.
    return true;
  }
  throw new ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
}

class EventTarget {
  static [kIsEventTarget] = true;

  constructor() {
    initEventTarget(this);
  }

  [kNewListener](size, type, listener, once, capture, passive, weak) {
    const max = this[kMaxEventTargetListeners];
    if (max > 0 && size > max && !this[kMaxEventTargetListenersWarned]) {
      this[kMaxEventTargetListenersWarned] = true;
      const w = new Error('Possible EventTarget memory leak detected. ' +
        `${size} ${type} listeners added to ${inspect(this, { depth: -1 })}. ` +
        `MaxListeners is ${max}. Use events.setMaxListeners() to increase limit`);
      w.name = 'MaxListenersExceededWarning';
      w.target = this;
      w.type = type;
      w.count = size;
      process.emitWarning(w);
    }
  }

  [kRemoveListener](size, type, listener, capture) {}

  addEventListener(type, listener, options = undefined) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    const {
      once, capture, passive, signal, isNodeStyleListener, weak, resistStopPropagation,
    } = parseListenerOptions(options);

    if (!shouldAddListener(listener)) {
      const w = new Error(`addEventListener called with ${listener} which has no effect.`);
      w.name = 'AddEventListenerArgumentTypeWarning';
      w.target = this;
      w.type = type;
      process.emitWarning(w);
      return;
    }
    type = toDOMString(type);

    if (signal) {
      validateAbortSignal(signal, 'options.signal');
      if (signal.aborted) return;
      // The signal must not keep this target alive.
      signal.addEventListener('abort', () => {
        this.removeEventListener(type, listener, options);
      }, { __proto__: null, once: true, [kWeakHandler]: this, [kResistStopPropagation]: true });
    }

    let root = this[kEvents].get(type);
    if (root === undefined) {
      root = { size: 1, next: undefined, resistStopPropagation: Boolean(resistStopPropagation) };
      new Listener(root, listener, once, capture, passive, isNodeStyleListener, weak,
                   resistStopPropagation);
      this[kNewListener](root.size, type, listener, once, capture, passive, weak);
      this[kEvents].set(type, root);
      return;
    }
    let handler = root.next;
    let previous = root;
    // The same callback with the same capture flag is registered once.
    while (handler !== undefined && !handler.same(listener, capture)) {
      previous = handler;
      handler = handler.next;
    }
    if (handler !== undefined) return;
    new Listener(previous, listener, once, capture, passive, isNodeStyleListener, weak,
                 resistStopPropagation);
    root.size++;
    root.resistStopPropagation ||= Boolean(resistStopPropagation);
    this[kNewListener](root.size, type, listener, once, capture, passive, weak);
  }

  removeEventListener(type, listener, options = undefined) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    if (!shouldAddListener(listener)) return;
    type = toDOMString(type);
    // As in node, only an options object can say capture; a plain `true`
    // removes the non-capture registration.
    const capture = options?.capture === true;
    const root = this[kEvents].get(type);
    if (root === undefined || root.next === undefined) return;
    let handler = root.next;
    while (handler !== undefined) {
      if (handler.same(listener, capture)) {
        handler.remove();
        root.size--;
        if (root.size === 0) this[kEvents].delete(type);
        this[kRemoveListener](root.size, type, listener, capture);
        break;
      }
      handler = handler.next;
    }
  }

  dispatchEvent(event) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('event');
    if (!(event instanceof Event)) throw new ERR_INVALID_ARG_TYPE('event', 'Event', event);
    if (event[kIsBeingDispatched]) throw new ERR_EVENT_RECURSION(event.type);
    this[kHybridDispatch](event, event.type, event);
    return event.defaultPrevented !== true;
  }

  // Dispatches either a DOM event (`event` given) or a node-style value to
  // node-style listeners, creating the Event lazily for DOM listeners.
  [kHybridDispatch](nodeValue, type, event) {
    const createEvent = () => {
      if (event === undefined) {
        event = this[kCreateEvent](nodeValue, type);
        event[kTarget] = this;
        event[kIsBeingDispatched] = true;
      }
      return event;
    };
    if (event !== undefined) {
      event[kTarget] = this;
      event[kIsBeingDispatched] = true;
    }
    const root = this[kEvents].get(type);
    if (root === undefined || root.next === undefined) {
      if (event !== undefined) event[kIsBeingDispatched] = false;
      return true;
    }
    let handler = root.next;
    let next;
    const iterate = () => {
      if (handler === undefined) return false;
      return root.resistStopPropagation || handler.passive || event?.[kStop] !== true;
    };
    while (iterate()) {
      next = handler.next;
      if (handler.removed || (event?.[kStop] === true && !handler.resist)) {
        handler = next;
        continue;
      }
      if (handler.once) {
        handler.remove();
        root.size--;
        const { listener, capture } = handler;
        this[kRemoveListener](root.size, type, listener, capture);
      }
      try {
        let arg;
        if (handler.isNodeStyle) {
          arg = nodeValue;
        } else {
          arg = createEvent();
        }
        const callback = handler.target;
        let result;
        if (callback !== undefined) {
          if (typeof callback === 'function') {
            result = callback.call(this, arg);
          } else {
            result = callHandleEvent(callback, arg);
          }
          if (!handler.isNodeStyle) arg[kIsBeingDispatched] = false;
        }
        if (result !== undefined && result !== null) addCatch(result);
      } catch (err) {
        emitUncaughtException(err);
      }
      handler = next;
    }
    if (event !== undefined) event[kIsBeingDispatched] = false;
  }

  [kCreateEvent](nodeValue, type) {
    return new CustomEvent(type, { detail: nodeValue });
  }

  [customInspect](depth, options) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    return inspectWithName(this, depth, options, {});
  }
}

// handleEvent is looked up at dispatch time, as the DOM requires.
function callHandleEvent(object, event) {
  const handleEvent = object.handleEvent;
  if (typeof handleEvent === 'function') return handleEvent.call(object, event);
}

function addCatch(promise) {
  const then = promise.then;
  if (typeof then === 'function') {
    then.call(promise, undefined, (err) => {
      emitUncaughtException(err);
    });
  }
}

enumerable(EventTarget.prototype, ['addEventListener', 'removeEventListener', 'dispatchEvent']);
Object.defineProperty(EventTarget.prototype, Symbol.toStringTag, {
  writable: false,
  enumerable: false,
  configurable: true,
  value: 'EventTarget',
});

function listenersOf(target, type) {
  const out = [];
  const root = target[kEvents].get(type);
  for (let handler = root?.next; handler !== undefined; handler = handler.next) {
    out.push(handler.target);
  }
  return out;
}

module.exports = {
  Event,
  CustomEvent,
  EventTarget,
  isEventTarget,
  initEventTarget,
  listenersOf,
  kEvents,
  kHandlers,
  kTrustEvent,
  kWeakHandler,
  kResistStopPropagation,
  kIsNodeStyleListener,
  kIsNodeEventTarget,
  kHybridDispatch,
  kCreateEvent,
  kNewListener,
  kRemoveListener,
  kStop,
  kTarget,
  kIsBeingDispatched,
};

// NodeEventTarget and defineEventHandler build on the above.
Object.assign(module.exports, require('internal/event_target_node'));
