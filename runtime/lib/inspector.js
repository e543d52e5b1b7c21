'use strict';
// The `inspector` module: in-process sessions of this environment's V8
// inspector, and control of its WebSocket server (open/close/url). The
// native half is internalBinding('inspector'), provided by inspector/ (the
// runtime itself knows nothing of it).
const EventEmitter = require('events');
const { codes } = require('internal/errors');
const { validateString, validateFunction, validateObject, validateInteger } = require('internal/validators');

const binding = internalBinding('inspector');
const {
  ERR_INSPECTOR_ALREADY_ACTIVATED,
  ERR_INSPECTOR_ALREADY_CONNECTED,
  ERR_INSPECTOR_CLOSED,
  ERR_INSPECTOR_COMMAND,
  ERR_INSPECTOR_NOT_ACTIVE,
  ERR_INSPECTOR_NOT_CONNECTED,
  ERR_INSPECTOR_NOT_WORKER,
} = codes;

const kConnection = Symbol('connection');
const kCallbacks = Symbol('callbacks');
const kNextId = Symbol('nextId');
const kOnMessage = Symbol('onMessage');

class Session extends EventEmitter {
  constructor() {
    super();
    this[kConnection] = null;
    this[kCallbacks] = new Map();
    this[kNextId] = 1;
  }

  // Connects to this thread's inspector. Answers and notifications arrive
  // synchronously, while post() is still on the stack.
  connect() {
    if (this[kConnection]) throw new ERR_INSPECTOR_ALREADY_CONNECTED('The inspector session');
    this[kConnection] = new binding.Connection((message) => this[kOnMessage](message));
  }

  connectToMainThread() {
    throw new ERR_INSPECTOR_NOT_WORKER();
  }

  [kOnMessage](message) {
    const parsed = JSON.parse(message);
    try {
      if (parsed.id) {
        const callback = this[kCallbacks].get(parsed.id);
        this[kCallbacks].delete(parsed.id);
        if (callback) {
          if (parsed.error) {
            return callback(new ERR_INSPECTOR_COMMAND(parsed.error.code, parsed.error.message));
          }
          callback(null, parsed.result);
        }
      } else {
        this.emit(parsed.method, parsed);
        this.emit('inspectorNotification', parsed);
      }
    } catch (error) {
      process.emitWarning(error);
    }
  }

  post(method, params, callback) {
    validateString(method, 'method');
    if (!callback && typeof params === 'function') {
      callback = params;
      params = null;
    }
    if (params) validateObject(params, 'params');
    if (callback) validateFunction(callback, 'callback');
    if (!this[kConnection]) throw new ERR_INSPECTOR_NOT_CONNECTED();
    const id = this[kNextId]++;
    const message = { id, method };
    if (params) message.params = params;
    if (callback) this[kCallbacks].set(id, callback);
    this[kConnection].dispatch(JSON.stringify(message));
  }

  disconnect() {
    if (!this[kConnection]) return;
    this[kConnection].disconnect();
    this[kConnection] = null;
    const remaining = [...this[kCallbacks].values()];
    this[kCallbacks].clear();
    this[kNextId] = 1;
    for (const callback of remaining) process.nextTick(callback, new ERR_INSPECTOR_CLOSED());
  }
}

function isLoopback(host) {
  const h = String(host).toLowerCase();
  return h === 'localhost' || h.startsWith('127.') || h === '::1' || h === '[::1]';
}

function open(port, host, wait) {
  if (binding.isEnabled()) throw new ERR_INSPECTOR_ALREADY_ACTIVATED();
  // Like node, other types are not rejected, but a number must fit a port.
  if (typeof port === 'number') validateInteger(port, 'port', 0, 65535);
  if (host && !isLoopback(host)) {
    process.emitWarning(
      'Binding the inspector to a public IP with an open port is insecure, ' +
      'as it allows external hosts to connect to the inspector ' +
      'and perform a remote code execution attack. ' +
      'Documentation can be found at ' +
      'https://nodejs.org/api/cli.html#--inspecthost-port',
      'SecurityWarning');
  }
  binding.open(typeof port === 'number' ? port : undefined, typeof host === 'string' ? host : undefined);
  if (wait) waitForDebugger();
  const disposable = { __proto__: null };
  if (typeof Symbol.dispose === 'symbol') disposable[Symbol.dispose] = () => close();
  return disposable;
}

function close() {
  binding.close();
}

function url() {
  return binding.url();
}

function waitForDebugger() {
  if (!binding.waitForDebugger()) throw new ERR_INSPECTOR_NOT_ACTIVE();
}

module.exports = {
  open,
  close,
  url,
  waitForDebugger,
  console: binding.consoleFromVM,
  Session,
};
