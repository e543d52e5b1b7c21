'use strict';

// In-process MessageChannel / MessagePort / MessageEvent and
// receiveMessageOnPort. Messages are structured clones (internalBinding
// ('messaging')), queued on the receiving port and delivered from the loop
// through its PortHandle, one message per callback. A started port with
// 'message' listeners keeps the process alive until it is closed or
// unref()'d, as in node. There are no workers: both ends live in this
// environment.

const {
  codes: { ERR_INVALID_THIS, ERR_MISSING_ARGS },
} = require('internal/errors');
const {
  defineEventHandler,
  Event,
  kCreateEvent,
  kHybridDispatch,
  kNewListener,
  kRemoveListener,
  NodeEventTarget,
} = require('internal/event_target');
const { DOMException } = require('internal/domexception');

const binding = internalBinding('messaging');

const kState = Symbol('kState');
const kInspect = Symbol.for('nodejs.util.inspect.custom');

class MessageEvent extends Event {
  #data;
  #origin;
  #lastEventId;
  #source;
  #ports;

  constructor(type, options = {}) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    const {
      data = null, origin = '', lastEventId = '', source = null, ports = [],
    } = options ?? {};
    this.#data = data;
    this.#origin = `${origin}`;
    this.#lastEventId = `${lastEventId}`;
    this.#source = source;
    this.#ports = [...ports];
  }

  static #check(self) {
    if (self === null || typeof self !== 'object' || !(#data in self)) {
      throw new ERR_INVALID_THIS('MessageEvent');
    }
  }

  get data() { MessageEvent.#check(this); return this.#data; }

  get origin() { MessageEvent.#check(this); return this.#origin; }

  get lastEventId() { MessageEvent.#check(this); return this.#lastEventId; }

  get source() { MessageEvent.#check(this); return this.#source; }

  get ports() { MessageEvent.#check(this); return this.#ports; }
}

Object.defineProperties(MessageEvent.prototype, {
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'MessageEvent' },
  data: { __proto__: null, enumerable: true },
  origin: { __proto__: null, enumerable: true },
  lastEventId: { __proto__: null, enumerable: true },
  source: { __proto__: null, enumerable: true },
  ports: { __proto__: null, enumerable: true },
});

function stateOf(port) {
  const state = port !== null && typeof port === 'object' ? port[kState] : undefined;
  if (state === undefined) throw new ERR_INVALID_THIS('MessagePort');
  return state;
}

// The transfer list may be given directly or as { transfer }.
function transferListOf(options) {
  if (options === undefined || options === null) return [];
  const list = Array.isArray(options) ? options : options.transfer;
  if (list === undefined) return [];
  if (typeof list !== 'object' || typeof list[Symbol.iterator] !== 'function') {
    const err = new TypeError('Optional transferList argument must be an iterable');
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  const buffers = [];
  const seen = new Set();
  for (const item of list) {
    if (Object.prototype.toString.call(item) !== '[object ArrayBuffer]') {
      const err = new TypeError('Found invalid object in transferList');
      err.code = 'ERR_INVALID_TRANSFER_OBJECT';
      throw err;
    }
    if (seen.has(item)) {
      throw new DOMException('Transfer list contains duplicate ArrayBuffer', 'DataCloneError');
    }
    seen.add(item);
    buffers.push(item);
  }
  return buffers;
}

class MessagePort extends NodeEventTarget {
  // Ports only come from MessageChannel; node throws this from C++.
  constructor() {
    const err = new TypeError('Constructor cannot be called');
    err.code = 'ERR_CONSTRUCT_CALL_INVALID';
    throw err;
  }

  postMessage(message, transfer) {
    const state = stateOf(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('message');
    const clone = binding.structuredClone(message, transferListOf(transfer), DOMException);
    const peer = state.peer;
    if (state.closed || peer === null) return;
    const peerState = peer[kState];
    peerState.queue.push(clone);
    if (peerState.started) peerState.handle.send();
  }

  start() {
    const state = stateOf(this);
    if (state.closed || state.started) return;
    state.started = true;
    if (state.queue.length > 0) state.handle.send();
  }

  close() {
    const state = stateOf(this);
    if (state.closed) return;
    // libuv runs close callbacks last-closed-first; closing the peer first
    // makes this port's 'close' come first, as in node.
    const peer = state.peer;
    if (peer !== null) closePort(peer);
    closePort(this);
  }

  ref() {
    const state = stateOf(this);
    if (!state.closed) state.handle.ref();
    return this;
  }

  unref() {
    const state = stateOf(this);
    if (!state.closed) state.handle.unref();
    return this;
  }

  hasRef() {
    const state = stateOf(this);
    return !state.closed && state.handle.hasRef();
  }

  [kCreateEvent](data, type) {
    return new MessageEvent(type, { data });
  }

  // A 'message' listener starts the port and keeps the process alive.
  [kNewListener](size, type, listener, once, capture, passive, weak) {
    if (super[kNewListener]) super[kNewListener](size, type, listener, once, capture, passive, weak);
    if (type === 'message' && size === 1) {
      this.ref();
      this.start();
    }
  }

  [kRemoveListener](size, type, listener, capture) {
    if (super[kRemoveListener]) super[kRemoveListener](size, type, listener, capture);
    if (type === 'message' && size === 0) this.unref();
  }

  [kInspect](depth, options) {
    const state = this[kState];
    const { inspect } = require('internal/util/inspect');
    const shown = state === undefined ? {} : {
      active: !state.closed,
      refed: !state.closed && state.handle.hasRef(),
    };
    return `MessagePort ${inspect(shown, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

defineEventHandler(MessagePort.prototype, 'message');
defineEventHandler(MessagePort.prototype, 'messageerror');
defineEventHandler(MessagePort.prototype, 'close');

function closePort(port) {
  const state = port[kState];
  if (state.closed) return;
  state.closed = true;
  state.queue.length = 0;
  state.peer = null;
  state.handle.close(() => {
    port.emit('close');
  });
}

function createPort() {
  const port = Reflect.construct(NodeEventTarget, [], MessagePort);
  const state = {
    queue: [],
    peer: null,
    started: false,
    closed: false,
    handle: null,
  };
  state.handle = new binding.PortHandle(function deliver() {
    if (state.closed || !state.started || state.queue.length === 0) return false;
    const data = state.queue.shift();
    port[kHybridDispatch](data, 'message', undefined);
    return state.queue.length > 0;
  });
  port[kState] = state;
  return port;
}

class MessageChannel {
  constructor() {
    const port1 = createPort();
    const port2 = createPort();
    port1[kState].peer = port2;
    port2[kState].peer = port1;
    Object.defineProperties(this, {
      port1: { __proto__: null, enumerable: true, configurable: false, writable: false, value: port1 },
      port2: { __proto__: null, enumerable: true, configurable: false, writable: false, value: port2 },
    });
  }
}

// Takes one queued message synchronously: { message } or undefined.
function receiveMessageOnPort(port) {
  if (port === null || typeof port !== 'object' || port[kState] === undefined) {
    // node checks this in C++, with its own wording.
    const err = new TypeError('The "port" argument must be a MessagePort instance');
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  const state = port[kState];
  if (state.queue.length === 0) return undefined;
  return { message: state.queue.shift() };
}

module.exports = {
  MessageChannel,
  MessagePort,
  MessageEvent,
  receiveMessageOnPort,
};
