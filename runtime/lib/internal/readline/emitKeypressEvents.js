'use strict';
// emitKeypressEvents(stream[, interface]): makes a readable emit 'keypress'
// (ch, key) for every key in its input, once per stream. A lone ESC at the
// end of a chunk becomes the Escape key after escapeCodeTimeout, unless the
// rest of its sequence arrives first.

const { emitKeys, kEscape } = require('internal/readline/utils');

const kKeypressDecoder = Symbol('keypress-decoder');
const kEscapeDecoder = Symbol('escape-decoder');
const kEscapeCodeTimeout = 500;

function emitKeypressEvents(stream, iface = {}) {
  if (stream[kKeypressDecoder]) return;
  const { StringDecoder } = require('string_decoder');
  stream[kKeypressDecoder] = new StringDecoder('utf8');
  const start = () => {
    stream[kEscapeDecoder] = emitKeys((ch, key) => stream.emit('keypress', ch, key));
    stream[kEscapeDecoder].next();
  };
  start();
  const escapeCodeTimeout = iface.escapeCodeTimeout !== undefined ? iface.escapeCodeTimeout : kEscapeCodeTimeout;
  let timeoutId;

  function triggerEscape() {
    stream[kEscapeDecoder].next('');
  }

  function onData(input) {
    if (stream.listenerCount('keypress') > 0) {
      const string = stream[kKeypressDecoder].write(input);
      if (!string) return;
      clearTimeout(timeoutId);
      let length = 0;
      for (const character of string) {
        length += character.length;
        try {
          stream[kEscapeDecoder].next(character);
          if (length === string.length && character === kEscape) {
            timeoutId = setTimeout(triggerEscape, escapeCodeTimeout);
          }
        } catch (err) {
          // A throwing 'keypress' listener must not leave the parser dead.
          start();
          throw err;
        }
      }
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
