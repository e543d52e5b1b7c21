'use strict';

// In-process MessageChannel / MessagePort / MessageEvent and
// receiveMessageOnPort. Messages are structured clones (internalBinding
// ('messaging')), queued on the receiving port and delivered from the loop
// through its PortHandle, one message per callback. A started port with
// 'message' listeners keeps the process alive until it is closed or
// unref()'d, as in node. There are no workers: both ends live in this
// environment.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_MISSING_ARGS },
} = require('internal/errors');
const {
  defineEventHandler,
  Event,
  kCreateEvent,
  kHybridDispatch,
  kNewListener,
  kRemoveListener,
  initEventTarget,
  NodeEventTarget,
  EventTarget,
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
    } = options;
    if (source !== null) validateMessagePort(source, 'init.source');
    const portList = [...ports];
    for (let i = 0; i < portList.length; i++) {
      validateMessagePort(portList[i], `init.ports[${i}]`);
    }
    this.#data = data;
    this.#origin = `${origin}`;
    this.#lastEventId = `${lastEventId}`;
    this.#source = source;
    this.#ports = portList;
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

// node raises these from C++, as TypeErrors with a code property.
function codedTypeError(code, message) {
  const err = new TypeError(message);
  err.code = code;
  return err;
}

function validateMessagePort(port, name) {
  if (port === null || typeof port !== 'object' || port[kState] === undefined) {
    throw new ERR_INVALID_ARG_TYPE(name, 'MessagePort', port);
  }
}

function iterableToArray(value, message) {
  try {
    return [...value];
  } catch {
    throw codedTypeError('ERR_INVALID_ARG_TYPE', message);
  }
}

// postMessage's second argument: a transfer list, or { transfer }.
function transferListOf(arg, sourcePort) {
  if (arg === undefined || arg === null) return splitTransferList([], sourcePort);
  if (typeof arg !== 'object') {
    throw codedTypeError('ERR_INVALID_ARG_TYPE', 'Optional transferList argument must be an iterable');
  }
  let list;
  if (typeof arg[Symbol.iterator] === 'function') {
    list = iterableToArray(arg, 'Optional transferList argument must be an iterable');
  } else {
    const { transfer } = arg;
    if (transfer === undefined) return splitTransferList([], sourcePort);
    const message = 'Optional options.transfer argument must be an iterable';
    if (transfer === null || typeof transfer !== 'object') {
      throw codedTypeError('ERR_INVALID_ARG_TYPE', message);
    }
    list = iterableToArray(transfer, message);
  }
  return splitTransferList(list, sourcePort);
}

// Splits a transfer list into ArrayBuffers and MessagePorts, with node's
// errors for anything else and for duplicates.
function splitTransferList(list, sourcePort) {
  const buffers = [];
  const ports = [];
  const seen = new Set();
  for (const item of list) {
    if (isMessagePort(item)) {
      if (item === sourcePort) {
        throw new DOMException('Transfer list contains source port', 'DataCloneError');
      }
      if (item[kState].detached || item[kState].closed) {
        throw new DOMException('MessagePort in transfer list is already detached', 'DataCloneError');
      }
      if (seen.has(item)) {
        throw new DOMException('Transfer list contains duplicate MessagePort', 'DataCloneError');
      }
      seen.add(item);
      ports.push(item);
      continue;
    }
    if (Object.prototype.toString.call(item) !== '[object ArrayBuffer]') {
      throw codedTypeError('ERR_INVALID_TRANSFER_OBJECT', 'Found invalid object in transferList');
    }
    if (seen.has(item)) {
      throw new DOMException('Transfer list contains duplicate ArrayBuffer', 'DataCloneError');
    }
    seen.add(item);
    buffers.push(item);
  }
  return { buffers, ports };
}

function isMessagePort(value) {
  return value !== null && typeof value === 'object' && value[kState] !== undefined;
}

// Clones `value`, transferring the listed buffers and ports. A transferred
// port's channel end moves to a new MessagePort object in the clone; the
// original is left detached. Nothing moves if the clone fails.
function cloneWithTransfer(value, { buffers, ports }) {
  const replacements = ports.map(() => newPortObject());
  const clone = binding.structuredClone(value, buffers, DOMException, ports, replacements);
  for (let i = 0; i < ports.length; i++) movePort(ports[i], replacements[i]);
  return { clone, ports: replacements };
}

function movePort(original, replacement) {
  const state = original[kState];
  state.port = replacement;
  replacement[kState] = state;
  if (state.peer !== null) state.peer[kState].peer = replacement;
  // A port arrives paused and without listeners, as in node.
  state.started = false;
  if (state.handle !== null) state.handle.unref();
  original[kState] = newPortState(original);
  original[kState].detached = true;
  original[kState].closed = true;
}

// Ports only come from MessageChannel; node throws this from C++, with or
// without `new`, which a class constructor could not do.
function MessagePort() {
  throw codedTypeError('ERR_CONSTRUCT_CALL_INVALID', 'Constructor cannot be called');
}
Object.setPrototypeOf(MessagePort, NodeEventTarget);
Object.setPrototypeOf(MessagePort.prototype, NodeEventTarget.prototype);

const nodeEventTargetProto = NodeEventTarget.prototype;

// MessagePort's methods, copied onto MessagePort.prototype below.
class MessagePortMethods {

  postMessage(message, transfer) {
    const state = stateOf(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('message');
    // The transfer happens even when the message goes nowhere (a closed or
    // detached port), as in node.
    const target = state.peer;
    const list = transferListOf(transfer, this);
    const { clone, ports } = cloneWithTransfer(message, list);
    if (target !== null && list.ports.includes(target)) {
      // The receiving end was sent through itself: nothing can receive it.
      process.emitWarning('The target port was posted to itself, and the ' +
                          'communication channel was lost');
      this.close();
      return;
    }
    const peer = state.peer;
    if (state.closed || peer === null) return;
    const peerState = peer[kState];
    peerState.queue.push({ data: clone, ports });
    if (peerState.started) handleOf(peer).send();
  }

  start() {
    const state = stateOf(this);
    if (state.closed || state.started) return;
    state.started = true;
    if (state.queue.length > 0) handleOf(this).send();
  }

  close(callback) {
    const state = stateOf(this);
    if (typeof callback === 'function') this.once('close', callback);
    if (state.closed) return;
    // Both ends close; this port's 'close' is emitted first, as in node.
    const peer = state.peer;
    closePort(this);
    if (peer !== null) closePort(peer);
  }

  ref() {
    const state = stateOf(this);
    if (!state.closed) handleOf(this).ref();
    return this;
  }

  unref() {
    const state = stateOf(this);
    if (!state.closed && state.handle !== null) state.handle.unref();
    return this;
  }

  hasRef() {
    const state = stateOf(this);
    return !state.closed && state.handle !== null && state.handle.hasRef();
  }

  [kCreateEvent](data, type) {
    // Other events emitted on a port are CustomEvents, as on any
    // NodeEventTarget.
    if (type !== 'message' && type !== 'messageerror') {
      return nodeEventTargetProto[kCreateEvent].call(this, data, type);
    }
    const ports = this[kState].deliveringPorts || [];
    return new MessageEvent(type, { data, ports });
  }

  // A 'message' listener starts the port and keeps the process alive.
  [kNewListener](size, type, listener, once, capture, passive, weak) {
    nodeEventTargetProto[kNewListener].call(this, size, type, listener, once, capture, passive, weak);
    if (type === 'message' && size === 1) {
      this.ref();
      this.start();
    }
  }

  [kRemoveListener](size, type, listener, capture) {
    nodeEventTargetProto[kRemoveListener].call(this, size, type, listener, capture);
    // Without listeners the port pauses, so that messages wait for the next
    // listener instead of being dispatched to nobody.
    if (type === 'message' && size === 0) {
      const state = this[kState];
      if (state !== undefined) state.started = false;
      this.unref();
    }
  }

  [kInspect](depth, options) {
    const state = this[kState];
    const { inspect } = require('internal/util/inspect');
    const shown = state === undefined ? {} : {
      active: !state.closed,
      refed: !state.closed && state.handle !== null && state.handle.hasRef(),
    };
    return `MessagePort ${inspect(shown, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

for (const key of Reflect.ownKeys(MessagePortMethods.prototype)) {
  if (key === 'constructor') continue;
  Object.defineProperty(MessagePort.prototype, key,
                        Object.getOwnPropertyDescriptor(MessagePortMethods.prototype, key));
}
defineEventHandler(MessagePort.prototype, 'message');
defineEventHandler(MessagePort.prototype, 'messageerror');

// Closing stops new messages at once; messages already queued on a started
// port are still delivered (as node does), then the handle closes.
function closePort(port) {
  const state = port[kState];
  if (state.closed) return;
  state.closed = true;
  state.peer = null;
  if (state.started && state.queue.length > 0 && state.handle !== null) {
    state.closeWhenDrained = true;
    return;
  }
  finishClose(port);
}

function finishClose(port) {
  const state = port[kState];
  state.closeWhenDrained = false;
  state.queue.length = 0;
  if (state.handle !== null) state.handle.close();
  setImmediate(() => port.emit('close'));
}

// The native handle is made on first need (start, ref, delivery), so that a
// channel used only with receiveMessageOnPort costs no handle and can be
// garbage-collected without being closed.
function handleOf(port) {
  const state = port[kState];
  if (state.handle === null) {
    // Called from the loop once per message while it returns true. A turn
    // delivers at most what was queued when it began (at least 1000), so a
    // port that keeps posting to itself cannot starve the loop. The port
    // object is read from the state: a transfer moves the state to a new one.
    state.handle = new binding.PortHandle(function deliver(firstOfTurn) {
      if (firstOfTurn) state.budget = Math.max(state.queue.length, 1000);
      if (!state.started || state.queue.length === 0) return false;
      const { data, ports } = state.queue.shift();
      const target = state.port;
      state.deliveringPorts = ports;
      try {
        target[kHybridDispatch](data, 'message', undefined);
      } finally {
        state.deliveringPorts = undefined;
      }
      if (state.queue.length === 0) {
        if (state.closeWhenDrained) finishClose(target);
        return false;
      }
      if (--state.budget > 0) return true;
      if (!state.closeWhenDrained || state.handle !== null) state.handle.send();
      return false;
    });
  }
  return state.handle;
}

function newPortObject() {
  // A V8 host object, so that the serializer hands ports to the binding.
  const port = binding.createPortObject();
  Object.setPrototypeOf(port, MessagePort.prototype);
  initEventTarget(port);
  return port;
}

function newPortState(port) {
  return {
    port,
    queue: [],
    peer: null,
    started: false,
    closed: false,
    detached: false,
    closeWhenDrained: false,
    budget: 0,
    handle: null,
    deliveringPorts: undefined,
  };
}

function createPort() {
  const port = newPortObject();
  port[kState] = newPortState(port);
  return port;
}

// A function rather than a class: calling it without `new` must throw
// node's ERR_CONSTRUCT_CALL_REQUIRED.
function MessageChannel() {
  if (new.target === undefined) {
    throw codedTypeError('ERR_CONSTRUCT_CALL_REQUIRED', 'Cannot call constructor without `new`');
  }
  const port1 = createPort();
  const port2 = createPort();
  port1[kState].peer = port2;
  port2[kState].peer = port1;
  Object.defineProperties(this, {
    port1: { __proto__: null, enumerable: true, configurable: false, writable: false, value: port1 },
    port2: { __proto__: null, enumerable: true, configurable: false, writable: false, value: port2 },
  });
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
  return { message: state.queue.shift().data };
}

// BroadcastChannel: every open channel of the same name in this environment
// receives a clone of each message posted by the others.
const channelsByName = new Map();
const kChannel = Symbol('kChannel');

class BroadcastChannel extends EventTarget {
  constructor(name) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    super();
    const state = { name: `${name}`, closed: false, queue: [], handle: null };
    state.handle = new binding.PortHandle(() => {
      if (state.closed || state.queue.length === 0) return false;
      this.dispatchEvent(new MessageEvent('message', { data: state.queue.shift() }));
      return state.queue.length > 0;
    });
    // An open channel keeps the process alive until closed or unref()'d,
    // listeners or not (node's rule; ports differ).
    state.handle.ref();
    this[kChannel] = state;
    let peers = channelsByName.get(state.name);
    if (peers === undefined) {
      peers = new Set();
      channelsByName.set(state.name, peers);
    }
    peers.add(this);
  }

  static #state(self) {
    const state = self !== null && typeof self === 'object' ? self[kChannel] : undefined;
    if (state === undefined) throw new ERR_INVALID_THIS('BroadcastChannel');
    return state;
  }

  get name() {
    return BroadcastChannel.#state(this).name;
  }

  postMessage(message) {
    const state = BroadcastChannel.#state(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('message');
    if (state.closed) throw new DOMException('BroadcastChannel is closed.', 'InvalidStateError');
    for (const peer of channelsByName.get(state.name)) {
      if (peer === this) continue;
      const peerState = peer[kChannel];
      peerState.queue.push(binding.structuredClone(message, [], DOMException));
      peerState.handle.send();
    }
  }

  close() {
    const state = BroadcastChannel.#state(this);
    if (state.closed) return;
    state.closed = true;
    state.queue.length = 0;
    const peers = channelsByName.get(state.name);
    peers.delete(this);
    if (peers.size === 0) channelsByName.delete(state.name);
    state.handle.close();
  }

  ref() {
    const state = BroadcastChannel.#state(this);
    if (!state.closed) state.handle.ref();
    return this;
  }

  unref() {
    const state = BroadcastChannel.#state(this);
    if (!state.closed) state.handle.unref();
    return this;
  }

  [kInspect](depth, options) {
    const state = BroadcastChannel.#state(this);
    if (depth < 0) return 'BroadcastChannel';
    const { inspect } = require('internal/util/inspect');
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `BroadcastChannel ${inspect({ name: state.name, active: !state.closed }, opts)}`;
  }
}

defineEventHandler(BroadcastChannel.prototype, 'message');
defineEventHandler(BroadcastChannel.prototype, 'messageerror');

module.exports = {
  cloneWithTransfer,
  isMessagePort,
  splitTransferList,
  BroadcastChannel,
  MessageChannel,
  MessagePort,
  MessageEvent,
  receiveMessageOnPort,
};
