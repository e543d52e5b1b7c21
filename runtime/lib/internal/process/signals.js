'use strict';
// Signal names and numbers, from the C headers (runtime/src/process.cc).
const { signals } = internalBinding('process');

function signalNumber(name) {
  return Object.prototype.hasOwnProperty.call(signals, name) ? signals[name] : undefined;
}

function signalName(number) {
  for (const name of Object.keys(signals)) if (signals[name] === number) return name;
  return undefined;
}

// process.on('SIGINT', fn) starts a signal handle on the first listener and
// closes it with the last, like node. The handle does not keep the loop alive.
const handles = new Map();

function isSignal(type) {
  return typeof type === 'string' && type.startsWith('SIG') && signalNumber(type) !== undefined;
}

function startListeningIfSignal(type) {
  if (!isSignal(type) || handles.has(type)) return;
  const { Signal } = internalBinding('signal_wrap');
  const wrap = new Signal();
  wrap.unref();
  wrap.onsignal = () => process.emit(type, type);
  const err = wrap.start(signalNumber(type));
  if (err) {
    wrap.close();
    throw internalBinding('uv').uvException(err, 'uv_signal_start');
  }
  handles.set(type, wrap);
}

function stopListeningIfSignal(type) {
  const wrap = handles.get(type);
  if (wrap !== undefined && process.listenerCount(type) === 0) {
    wrap.close();
    handles.delete(type);
  }
}

module.exports = { signals, signalNumber, signalName, startListeningIfSignal, stopListeningIfSignal };
