// TextDecoder: UTF-8 replacement rules, BOM handling, fatal mode, streaming,
// UTF-16 and latin1 labels.
const { TextDecoder } = require('util');
const bytes = (...b) => new Uint8Array(b);
const utf8 = new TextDecoder();
console.log(utf8.encoding, utf8.fatal, utf8.ignoreBOM, utf8);
console.log(JSON.stringify(utf8.decode(bytes(0xef, 0xbb, 0xbf, 0x68, 0x69))));
console.log(JSON.stringify(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes(0xef, 0xbb, 0xbf, 0x68))));
console.log(JSON.stringify(utf8.decode(bytes(0xe2, 0x82, 0xc0, 0x41, 0xf0, 0x9f, 0x98))));
console.log(JSON.stringify(utf8.decode(bytes(0xed, 0xa0, 0x80, 0xf4, 0x90, 0x80, 0x80, 0xc0, 0xaf, 0xe0, 0x80, 0x80, 0xff))));
console.log(JSON.stringify(utf8.decode(new Uint16Array([0x6968]))), JSON.stringify(utf8.decode(new ArrayBuffer(2))));
console.log(JSON.stringify(utf8.decode()), JSON.stringify(utf8.decode(new DataView(new Uint8Array([0x41, 0x42]).buffer, 1))));
const stream = new TextDecoder();
const parts = [bytes(0xe2), bytes(0x82), bytes(0xac, 0xf0, 0x9f), bytes(0x98, 0x80)];
console.log(parts.map((p) => JSON.stringify(stream.decode(p, { stream: true }))).join(' '), JSON.stringify(stream.decode()));
console.log(JSON.stringify(stream.decode(bytes(0xe2, 0x82), { stream: true })), JSON.stringify(stream.decode()));
const utf16 = new TextDecoder('utf-16le');
console.log(utf16.encoding, JSON.stringify(utf16.decode(bytes(0xff, 0xfe, 0x41, 0x00, 0x3d, 0xd8, 0x00, 0xde))));
console.log(JSON.stringify(utf16.decode(bytes(0x41, 0x00, 0x42))), JSON.stringify(utf16.decode(bytes(0x00, 0xd8, 0x41, 0x00))));
const s16 = new TextDecoder('utf-16');
console.log(JSON.stringify(s16.decode(bytes(0x41), { stream: true })), JSON.stringify(s16.decode(bytes(0x00))));
console.log(JSON.stringify(new TextDecoder('utf-16be').decode(bytes(0x00, 0x41, 0xd8, 0x3d, 0xde, 0x00))));
const latin = new TextDecoder('latin1');
console.log(latin.encoding, JSON.stringify(latin.decode(bytes(0x41, 0xe9, 0xff, 0x80))));
for (const label of ['utf8', ' UTF-8 ', 'unicode-1-1-utf-8', 'ascii', 'ISO-8859-1', 'ucs-2', 'unicodefffe']) {
  console.log(JSON.stringify(label), new TextDecoder(label).encoding);
}
const fatal = new TextDecoder('utf-8', { fatal: true });
console.log(fatal.fatal, fatal.decode(bytes(0x61)));
for (const bad of [
  () => fatal.decode(bytes(0xff)),
  () => fatal.decode(bytes(0xe2, 0x82)),
  () => new TextDecoder('utf-16le', { fatal: true }).decode(bytes(0x00, 0xdc)),
  () => new TextDecoder('no-such-encoding'),
  () => new TextDecoder('utf-8', 5),
  () => utf8.decode('string'),
  () => latin.decode(5),
  () => new TextDecoder('utf-16le').decode([]),
  () => TextDecoder.prototype.decode.call({}),
  () => Object.getOwnPropertyDescriptor(TextDecoder.prototype, 'encoding').get.call({}),
]) {
  try {
    bad();
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
console.log(fatal.decode(bytes(0x62)), Object.prototype.toString.call(utf8), TextDecoder === globalThis.TextDecoder);
