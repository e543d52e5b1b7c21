'use strict';
// util.inspect(decoder, { showHidden: true }) shows the decoder's flags and
// converter as node does, and a detached ArrayBuffer decodes as empty.
const util = require('util');
for (const [encoding, options] of [['utf-8', { ignoreBOM: true }], ['utf-16le', { fatal: true }], ['latin1', {}]]) {
  const decoder = new TextDecoder(encoding, options);
  console.log(util.inspect(decoder, { showHidden: true }));
  decoder.decode(new Uint8Array([0x41, 0]), { stream: true });
  console.log(util.inspect(decoder, { showHidden: true }));
  console.log(util.inspect(decoder));
}
const buffer = new ArrayBuffer(4);
const view = new Uint8Array(buffer);
const { port1, port2 } = new MessageChannel();
port1.postMessage(buffer, [buffer]);
port1.close();
port2.close();
console.log(JSON.stringify(new TextDecoder().decode(buffer)), JSON.stringify(new TextDecoder().decode(view)));
