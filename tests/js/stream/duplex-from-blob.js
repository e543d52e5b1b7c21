// Duplex.from(blob) reads the Blob's bytes as one ArrayBuffer chunk.
const { Duplex } = require('stream');
const d = Duplex.from(new Blob(['hello ', 'blob']));
d.on('data', (chunk) => {
  console.log(chunk instanceof ArrayBuffer, chunk.byteLength, Buffer.from(chunk).toString());
});
d.on('end', () => console.log('end'));
