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

module.exports = { signals, signalNumber, signalName };
