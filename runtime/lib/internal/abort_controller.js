'use strict';

// AbortController and AbortSignal (WHATWG DOM) on the runtime's EventTarget:
// abort(reason), AbortSignal.abort / timeout / any, throwIfAborted and the
// 'abort' event with its onabort handler attribute.

const {
  defineEventHandler,
  EventTarget,
  Event,
  kNewListener,
  kRemoveListener,
  kTrustEvent,
} = require('internal/event_target');
const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');
const {
  validateAbortSignalArray,
  validateUint32,
} = require('internal/validators');
const { inspect } = require('internal/util/inspect');
const { DOMException } = require('internal/domexception');

const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
const kTimeout = Symbol('kTimeout');
const kComposite = Symbol('kComposite');
const kSourceSignals = Symbol('kSourceSignals');
const kDependantSignals = Symbol('kDependantSignals');
// Lets the library create signals while the public constructor throws.
const kCreateToken = Symbol('kCreateToken');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

// node's inspect format for these classes: `Name { field: value }`.
function customInspect(self, fields, depth, options) {
  if (depth < 0) return self;
  const opts = Object.assign({}, options, {
    depth: options.depth === null ? null : options.depth - 1,
  });
  return `${self.constructor.name} ${inspect(fields, opts)}`;
}

function validateThisAbortSignal(obj) {
  if (obj === null || typeof obj !== 'object' || obj[kAborted] === undefined) {
    throw new ERR_INVALID_THIS('AbortSignal');
  }
}

function defaultAbortReason() {
  return new DOMException('This operation was aborted', 'AbortError');
}

class AbortSignal extends EventTarget {
  constructor(token = undefined) {
    if (token !== kCreateToken) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
  }

  get aborted() {
    validateThisAbortSignal(this);
    return this[kAborted];
  }

  get reason() {
    validateThisAbortSignal(this);
    return this[kReason];
  }

  throwIfAborted() {
    validateThisAbortSignal(this);
    if (this[kAborted]) throw this[kReason];
  }

  [customInspectSymbol](depth, options) {
    return customInspect(this, { aborted: this.aborted }, depth, options);
  }

  static abort(reason = defaultAbortReason()) {
    return createAbortSignal({ aborted: true, reason });
  }

  static timeout(delay) {
    validateUint32(delay, 'delay', false);
    const signal = createAbortSignal();
    signal[kTimeout] = true;
    // The timer must not keep the process alive: a timeout nobody waits for
    // is not a reason to keep running.
    const timer = setTimeout(() => {
      abortSignal(signal, new DOMException(
        'The operation was aborted due to timeout', 'TimeoutError'));
    }, delay);
    if (timer && typeof timer.unref === 'function') timer.unref();
    return signal;
  }

  static any(signals) {
    validateAbortSignalArray(signals, 'signals');
    const result = createAbortSignal({ composite: true });
    if (signals.length === 0) return result;
    // Sources and dependants refer to each other weakly: a long-lived source
    // (a shutdown signal, say) must not keep every any() made from it alive.
    result[kSourceSignals] = new Set();
    const resultRef = new WeakRef(result);
    const sourcesSeen = new Set();
    for (const signal of signals) {
      if (signal.aborted) {
        abortSignal(result, signal.reason);
        return result;
      }
      // A composite source is followed through to its own sources, so that
      // chains of any() do not grow.
      let sources;
      if (!signal[kComposite]) {
        sources = [signal];
      } else if (signal[kSourceSignals] !== undefined) {
        sources = [];
        for (const ref of signal[kSourceSignals]) {
          const source = ref.deref();
          if (source !== undefined) sources.push(source);
        }
      } else {
        continue;
      }
      for (const source of sources) {
        if (sourcesSeen.has(source)) continue;
        sourcesSeen.add(source);
        result[kSourceSignals].add(new WeakRef(source));
        if (source[kDependantSignals] === undefined) {
          source[kDependantSignals] = new Set();
        }
        source[kDependantSignals].add(resultRef);
        dependantsRegistry.register(result, { source: new WeakRef(source), ref: resultRef });
      }
    }
    return result;
  }

  // A composite signal that someone listens to must outlive its last
  // reference until it aborts, or the listener would silently never run.
  [kNewListener](size, type, listener, once, capture, passive, weak) {
    super[kNewListener](size, type, listener, once, capture, passive, weak);
    if (this[kComposite] && type === 'abort' && !this.aborted && !weak && size === 1) {
      listenedCompositeSignals.add(this);
    }
  }

  [kRemoveListener](size, type, listener, capture) {
    super[kRemoveListener](size, type, listener, capture);
    if (this[kComposite] && type === 'abort' && size === 0) {
      listenedCompositeSignals.delete(this);
    }
  }
}

const listenedCompositeSignals = new Set();
// Drops the weak entry of a collected composite signal from its source.
const dependantsRegistry = new FinalizationRegistry(({ source, ref }) => {
  const signal = source.deref();
  if (signal !== undefined && signal[kDependantSignals] !== undefined) {
    signal[kDependantSignals].delete(ref);
  }
});

Object.defineProperties(AbortSignal.prototype, {
  aborted: { __proto__: null, enumerable: true },
  [Symbol.toStringTag]: {
    __proto__: null,
    writable: false,
    enumerable: false,
    configurable: true,
    value: 'AbortSignal',
  },
});

if (typeof defineEventHandler === 'function') {
  defineEventHandler(AbortSignal.prototype, 'abort');
}

function createAbortSignal(init = {}) {
  const { aborted = false, reason = undefined, composite = false } = init;
  const signal = new AbortSignal(kCreateToken);
  signal[kAborted] = aborted;
  signal[kReason] = reason;
  signal[kComposite] = composite;
  return signal;
}

function abortSignal(signal, reason) {
  if (signal[kAborted]) return;
  signal[kAborted] = true;
  signal[kReason] = reason;
  const init = kTrustEvent === undefined ? {} : { [kTrustEvent]: true };
  signal.dispatchEvent(new Event('abort', init));
  listenedCompositeSignals.delete(signal);
  const dependants = signal[kDependantSignals];
  if (dependants !== undefined) {
    for (const ref of dependants) {
      const dependant = ref.deref();
      if (dependant !== undefined) abortSignal(dependant, reason);
    }
  }
}

class AbortController {
  #signal = undefined;

  get signal() {
    if (this.#signal === undefined) this.#signal = createAbortSignal();
    return this.#signal;
  }

  abort(reason = defaultAbortReason()) {
    if (this.#signal === undefined) this.#signal = createAbortSignal();
    abortSignal(this.#signal, reason);
  }

  [customInspectSymbol](depth, options) {
    return customInspect(this, { signal: this.signal }, depth, options);
  }
}

Object.defineProperties(AbortController.prototype, {
  signal: { __proto__: null, enumerable: true },
  abort: { __proto__: null, enumerable: true },
  [Symbol.toStringTag]: {
    __proto__: null,
    writable: false,
    enumerable: false,
    configurable: true,
    value: 'AbortController',
  },
});

// util.aborted(signal, resource): a promise that settles when the signal
// aborts.
async function aborted(signal, resource) {
  const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
  if (signal === undefined || signal === null || typeof signal !== 'object' ||
      !(kAborted in signal)) {
    throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  }
  if (resource === null || (typeof resource !== 'object' && typeof resource !== 'function')) {
    throw new ERR_INVALID_ARG_TYPE('resource', 'object', resource);
  }
  if (signal.aborted) return;
  await new Promise((resolve) => {
    signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

module.exports = {
  AbortController,
  AbortSignal,
  aborted,
  kAborted,
  createAbortSignal,
  abortSignal,
};
