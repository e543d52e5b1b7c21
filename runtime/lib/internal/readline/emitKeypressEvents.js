'use strict';
// emitKeypressEvents(stream): makes a readable emit 'keypress' (ch, key) for
// every key in its input, once per stream.

const { parseKeys } = require('internal/readline/utils');

const kKeypressDecoder = Symbol('keypress-decoder');
const kEscapeRest = Symbol('escape-rest');

function emitKeypressEvents(stream, iface = {}) {
  if (stream[kKeypressDecoder]) return;
  const { StringDecoder } = require('string_decoder');
  stream[kKeypressDecoder] = new StringDecoder('utf8');
  stream[kEscapeRest] = '';

  function onData(input) {
    if (stream.listenerCount('keypress') > 0) {
      const string = stream[kEscapeRest] + stream[kKeypressDecoder].write(input);
      const [keys, rest] = parseKeys(string);
      stream[kEscapeRest] = rest;
      for (const [ch, key] of keys) stream.emit('keypress', ch, key);
    } else {
      // Nobody listens any more: stop decoding until someone does.
      stream.removeListener('data', onData);
      stream.on('newListener', onNewListener);
    }
  }

  function onNewListener(event) {
    if (event === 'keypress') {
      stream.on('data', onData);
      stream.removeListener('newListener', onNewListener);
    }
  }

  if (stream.listenerCount('keypress') > 0) stream.on('data', onData);
  else stream.on('newListener', onNewListener);
}

module.exports = emitKeypressEvents;
