'use strict';
// diagnostics_channel: named channels that libraries publish to and tools
// subscribe to (undici, fastify and APM agents use it), with stores bound to
// AsyncLocalStorage and tracing channels, as node 20 has them.

const { codes } = require('internal/errors');
const { validateFunction } = require('internal/validators');
const binding = internalBinding('process');

// name -> WeakRef(Channel): a channel nobody holds and nobody listens to
// may be collected (node's test-diagnostics-channel-memory-leak). A channel
// with subscribers or stores is also kept in `active`, so that its
// subscribers survive while the caller drops every reference to it.
const channels = new Map();
const active = new Set();
const cleanup = new FinalizationRegistry((name) => {
  const ref = channels.get(name);
  if (ref !== undefined && ref.deref() === undefined) channels.delete(name);
});

class Channel {
  constructor(name) {
    this._subscribers = [];
    this._stores = new Map();
    this.name = name;
  }

  #update() {
    if (this._subscribers.length > 0 || this._stores.size > 0) active.add(this);
    else active.delete(this);
  }

  subscribe(subscription) {
    validateFunction(subscription, 'subscription');
    this._subscribers = [...this._subscribers, subscription];
    this.#update();
  }

  unsubscribe(subscription) {
    const index = this._subscribers.indexOf(subscription);
    if (index === -1) return false;
    this._subscribers = [...this._subscribers.slice(0, index), ...this._subscribers.slice(index + 1)];
    this.#update();
    return true;
  }

  bindStore(store, transform) {
    this._stores = new Map(this._stores);
    this._stores.set(store, transform);
    this.#update();
  }

  unbindStore(store) {
    if (!this._stores.has(store)) return false;
    this._stores = new Map(this._stores);
    this._stores.delete(store);
    this.#update();
    return true;
  }

  get hasSubscribers() {
    return this._subscribers.length > 0 || this._stores.size > 0;
  }

  // Every subscriber is called even when one throws; the error is reported
  // as uncaught on the next tick, as node does.
  publish(data) {
    for (const onMessage of this._subscribers) {
      try {
        onMessage(data, this.name);
      } catch (err) {
        process.nextTick(() => binding.triggerUncaughtException(err, false));
      }
    }
  }

  // Runs fn with each bound store entered (its transform applied to data),
  // publishing data first.
  runStores(data, fn, thisArg, ...args) {
    let run = () => {
      this.publish(data);
      return Reflect.apply(fn, thisArg, args);
    };
    for (const [store, transform] of this._stores) {
      const next = run;
      run = () => {
        let value = data;
        if (transform !== undefined) {
          try {
            value = transform(data);
          } catch (err) {
            process.nextTick(() => binding.triggerUncaughtException(err, false));
            return next();
          }
        }
        return store.run(value, next);
      };
    }
    return run();
  }
}

function channel(name) {
  const ref = channels.get(name);
  const existing = ref?.deref();
  if (existing !== undefined) return existing;
  if (typeof name !== 'string' && typeof name !== 'symbol') {
    throw new codes.ERR_INVALID_ARG_TYPE('channel', ['string', 'symbol'], name);
  }
  const created = new Channel(name);
  channels.set(name, new WeakRef(created));
  cleanup.register(created, name);
  return created;
}

function subscribe(name, subscription) {
  channel(name).subscribe(subscription);
}

function unsubscribe(name, subscription) {
  return channel(name).unsubscribe(subscription);
}

function hasSubscribers(name) {
  const existing = channels.get(name)?.deref();
  return existing !== undefined && existing.hasSubscribers;
}

// --- Tracing channels ------------------------------------------------------------

const traceEvents = ['start', 'end', 'asyncStart', 'asyncEnd', 'error'];

function assertChannel(value, name) {
  if (!(value instanceof Channel)) throw new codes.ERR_INVALID_ARG_TYPE(name, ['Channel'], value);
}

class TracingChannel {
  constructor(nameOrChannels) {
    if (typeof nameOrChannels === 'string') {
      for (const event of traceEvents) this[event] = channel(`tracing:${nameOrChannels}:${event}`);
    } else if (typeof nameOrChannels === 'object' && nameOrChannels !== null) {
      for (const event of traceEvents) {
        assertChannel(nameOrChannels[event], `nameOrChannels.${event}`);
        this[event] = nameOrChannels[event];
      }
    } else {
      throw new codes.ERR_INVALID_ARG_TYPE('nameOrChannels', ['string', 'object', 'Channel'], nameOrChannels);
    }
  }

  get hasSubscribers() {
    return traceEvents.some((event) => this[event].hasSubscribers);
  }

  subscribe(handlers) {
    for (const event of traceEvents) {
      if (handlers[event]) this[event].subscribe(handlers[event]);
    }
  }

  unsubscribe(handlers) {
    let done = true;
    for (const event of traceEvents) {
      if (handlers[event] && !this[event].unsubscribe(handlers[event])) done = false;
    }
    return done;
  }

  // Runs body with the start channel's stores entered: a throw is published
  // on `error`, and `end` is published whatever happens.
  #runTraced(context, body) {
    const { start, end, error } = this;
    return start.runStores(context, () => {
      try {
        return body();
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }

  traceSync(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    return this.#runTraced(context, () => {
      const result = Reflect.apply(fn, thisArg, args);
      context.result = result;
      return result;
    });
  }

  tracePromise(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { asyncStart, asyncEnd, error } = this;
    function reject(err) {
      context.error = err;
      error.publish(context);
      asyncStart.publish(context);
      asyncEnd.publish(context);
      return Promise.reject(err);
    }
    function resolve(result) {
      context.result = result;
      asyncStart.publish(context);
      asyncEnd.publish(context);
      return result;
    }
    return this.#runTraced(context, () => {
      let promise = Reflect.apply(fn, thisArg, args);
      if (!(promise instanceof Promise)) promise = Promise.resolve(promise);
      return promise.then(resolve, reject);
    });
  }

  traceCallback(fn, position = -1, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { asyncStart, asyncEnd, error } = this;
    const callback = args.at(position);
    validateFunction(callback, 'callback');
    function wrappedCallback(err, res) {
      if (err) {
        context.error = err;
        error.publish(context);
      } else {
        context.result = res;
      }
      asyncStart.runStores(context, () => {
        try {
          return Reflect.apply(callback, this, arguments);
        } finally {
          asyncEnd.publish(context);
        }
      });
    }
    args.splice(position, 1, wrappedCallback);
    return this.#runTraced(context, () => Reflect.apply(fn, thisArg, args));
  }
}

function tracingChannel(nameOrChannels) {
  return new TracingChannel(nameOrChannels);
}

module.exports = { channel, hasSubscribers, subscribe, tracingChannel, unsubscribe, Channel };
