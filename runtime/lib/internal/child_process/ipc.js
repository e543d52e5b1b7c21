'use strict';
// The IPC channel between a parent and a fork()ed child: an IPC pipe
// carrying one JSON document per line (node's "json" serialization). Both
// ends use setupChannel: the parent on its ChildProcess, the child on
// `process` (the fd comes from NODE_CHANNEL_FD).

const { codes } = require('internal/errors');

function isInternal(message) {
  return message !== null && typeof message === 'object' && typeof message.cmd === 'string' &&
    message.cmd.length > 4 && message.cmd.startsWith('NODE_');
}

function setupChannel(target, handle, { refWhileListening }) {
  let buffered = '';
  const decoder = new (require('string_decoder').StringDecoder)('utf8');
  target.channel = handle;
  target._channel = handle;
  target.connected = true;

  handle.onread = (nread, chunk) => {
    if (nread > 0) {
      buffered += decoder.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length));
      let newline;
      while ((newline = buffered.indexOf('\n')) !== -1) {
        const line = buffered.slice(0, newline);
        buffered = buffered.slice(newline + 1);
        if (line.length === 0) continue;
        let message;
        try {
          message = JSON.parse(line);
        } catch (err) {
          target.emit('error', err);
          continue;
        }
        if (message !== null && typeof message === 'object' && message.cmd === 'NODE_DISCONNECT') {
          disconnect();
          continue;
        }
        // Each message on its own tick, as node: a listener that throws
        // loses only its own message, not those read with it.
        // Messages whose cmd starts with NODE_ are node's own ('internal'):
        // they reach 'internalMessage' listeners, never 'message' ones.
        process.nextTick(isInternal(message) ? emitInternalMessage : emitMessage, message);
      }
      return;
    }
    // The other end went away.
    disconnect();
  };

  function emitMessage(message) {
    target.emit('message', message, undefined);
  }

  function emitInternalMessage(message) {
    target.emit('internalMessage', message, undefined);
  }

  function disconnect() {
    if (!target.connected) return;
    target.connected = false;
    handle.readStop();
    handle.close();
    target.channel = target._channel = null;
    process.nextTick(() => target.emit('disconnect'));
  }

  target.send = function send(message, handleArg, options, callback) {
    if (typeof handleArg === 'function') {
      callback = handleArg;
      handleArg = undefined;
    } else if (typeof options === 'function') {
      callback = options;
      options = undefined;
    } else if (options !== undefined) {
      require('internal/validators').validateObject(options, 'options');
    }
    if (message === undefined) throw new codes.ERR_MISSING_ARGS('message');
    // The channel carries JSON: values it cannot represent are refused here
    // rather than arriving as something else on the other side.
    const type = typeof message;
    if (type !== 'string' && type !== 'object' && type !== 'number' && type !== 'boolean') {
      throw new codes.ERR_INVALID_ARG_TYPE('message', ['string', 'object', 'number', 'boolean'], message);
    }
    if (!target.connected) {
      const err = new codes.ERR_IPC_CHANNEL_CLOSED();
      if (typeof callback === 'function') process.nextTick(callback, err);
      else process.nextTick(() => target.emit('error', err));
      return false;
    }
    const req = {
      oncomplete: (status) => {
        if (typeof callback === 'function') {
          callback(status < 0 ? internalBinding('uv').uvException(status, 'write') : null);
        }
      },
    };
    const err = handle.writeUtf8String(req, JSON.stringify(message) + '\n');
    if (err && typeof callback === 'function') process.nextTick(callback, internalBinding('uv').uvException(err, 'write'));
    return true;
  };

  target.disconnect = function () {
    if (!target.connected) {
      target.emit('error', new codes.ERR_IPC_DISCONNECTED());
      return;
    }
    disconnect();
  };

  handle.readStart();
  if (refWhileListening) {
    // A child stays alive for its channel only while it listens for
    // messages or for the parent's disconnect, as in node.
    const update = () => {
      if (!target.connected || !target.channel) return;
      if (target.listenerCount('message') > 0 || target.listenerCount('disconnect') > 0) handle.ref();
      else handle.unref();
    };
    handle.unref();
    target.on('newListener', (type) => {
      if (type === 'message' || type === 'disconnect') process.nextTick(update);
    });
    target.on('removeListener', (type) => {
      if (type === 'message' || type === 'disconnect') process.nextTick(update);
    });
  }
}

// In a child started by fork(): open the channel named by NODE_CHANNEL_FD.
function setupChildChannel() {
  const fd = Number(process.env.NODE_CHANNEL_FD);
  delete process.env.NODE_CHANNEL_FD;
  delete process.env.NODE_CHANNEL_SERIALIZATION_MODE;
  // Only a socket can be the channel; anything else would make libuv abort.
  if (!Number.isInteger(fd) || fd < 0 || internalBinding('process').guessHandleType(fd) !== 'PIPE') return;
  const { Pipe, constants } = internalBinding('pipe_wrap');
  const handle = new Pipe(constants.IPC);
  if (handle.open(fd) !== 0) {
    handle.close();
    return;
  }
  setupChannel(process, handle, { refWhileListening: true });
}

module.exports = { setupChannel, setupChildChannel };
