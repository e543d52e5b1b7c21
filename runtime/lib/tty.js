'use strict';
// tty: isatty over libuv's handle detection. ReadStream/WriteStream are the
// classes behind process.stdin/stdout on a terminal.

const { guessHandleType } = internalBinding('process');

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && guessHandleType(fd) === 'TTY';
}

module.exports = {
  isatty,
  get WriteStream() {
    return require('internal/process/stdio').StdioWriter;
  },
  get ReadStream() {
    return require('internal/process/stdin').StdinStream;
  },
};
