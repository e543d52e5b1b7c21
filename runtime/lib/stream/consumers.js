'use strict';
// stream/consumers: read a whole stream (node or web, or any async
// iterable) into one value.

async function blob(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  const { Blob } = require('buffer');
  return new Blob(chunks);
}

async function arrayBuffer(stream) {
  const ret = await blob(stream);
  return ret.arrayBuffer();
}

async function buffer(stream) {
  return globalThis.Buffer.from(await arrayBuffer(stream));
}

async function text(stream) {
  const decoder = new (require('util').TextDecoder)();
  let str = '';
  for await (const chunk of stream) {
    if (typeof chunk === 'string') str += chunk;
    else str += decoder.decode(chunk, { stream: true });
  }
  // Flush what a multi-byte sequence left in the decoder.
  str += decoder.decode(undefined, { stream: false });
  return str;
}

async function json(stream) {
  const str = await text(stream);
  return JSON.parse(str);
}

module.exports = { arrayBuffer, blob, buffer, text, json };
