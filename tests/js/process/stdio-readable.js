'use strict';
// process.stdout and process.stderr are write-only streams: readable is
// false for pipes and files (a terminal's tty.WriteStream says true).
const { Writable } = require('stream');
for (const stream of [process.stdout, process.stderr]) {
  console.log(stream instanceof Writable, stream.readable, stream.writable);
}
