'use strict';
// process.stdin: a pipe or terminal is read through a libuv pipe handle (it
// keeps the loop alive only while something reads it, as in node), a file
// through fs, and a closed or unknown fd is an empty stream.

const { guessHandleType } = internalBinding('process');

function createStdin() {
  const type = guessHandleType(0);
  let stream;
  if (type === 'PIPE' || type === 'TTY' || type === 'TCP') {
    const { Pipe, constants } = internalBinding('pipe_wrap');
    const handle = new Pipe(constants.SOCKET);
    if (handle.open(0) === 0) {
      const { PipeSocket } = require('internal/child_process/pipe_socket');
      stream = new PipeSocket(handle, { readable: true, writable: false });
      if (type === 'TTY') {
        stream.isTTY = true;
        stream.isRaw = false;
        stream.setRawMode = function setRawMode() {
          return this;
        };
      }
    } else {
      handle.close();
    }
  } else if (type === 'FILE') {
    stream = require('fs').createReadStream(null, { fd: 0, autoClose: false });
  }
  if (!stream) {
    const { Readable } = require('stream');
    stream = new Readable({
      read() {
        this.push(null);
      },
    });
  }
  stream.fd = 0;
  return stream;
}

class StdinStream {
  constructor() {
    return createStdin();
  }
}

module.exports = { createStdin, StdinStream };
