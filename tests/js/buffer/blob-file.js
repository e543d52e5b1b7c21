'use strict';
// Blob and File: construction, size/type, slicing, text/arrayBuffer, errors.
const { Blob, File, resolveObjectURL } = require('buffer');
const show = (fn) => {
  try {
    console.log(fn());
  } catch (e) {
    console.log(`${e.name} ${e.code}: ${e.message}`);
  }
};
const parts = ['ab\r\nc', new Uint8Array([0x64, 0x65]), new Uint16Array([0x6766]).buffer,
               new Blob(['hi']), new DataView(new Uint8Array([0x21]).buffer), 42];
const blob = new Blob(parts, { type: 'Text/Plain' });
console.log(blob.size, blob.type, Object.prototype.toString.call(blob), blob instanceof Blob, blob);
const native = new Blob(['a\r\nb\rc\n'], { endings: 'native' });
console.log(native.size);
show(() => new Blob().size);
show(() => new Blob([], { type: 'bad\u0100type' }).type);
show(() => new Blob('abc'));
show(() => new Blob(null));
show(() => new Blob([], { endings: 'crlf' }));
show(() => new Blob([], 5));
show(() => Blob.prototype.size);
show(() => Reflect.get(Blob.prototype, 'type', {}));
for (const [s, e, t] of [[], [1], [1, 3], [-3], [-3, -1], [5, 2], [2, 100, 'A/B'], [0, 0, 'x']]) {
  const part = blob.slice(s, e, t);
  console.log(JSON.stringify([s, e, t]), part.size, JSON.stringify(part.type));
}
const file = new File(['abc'], 'name.txt', { type: 'text/x', lastModified: 42 });
console.log(file.name, file.size, file.type, file.lastModified, file instanceof Blob, file);
console.log(new File([], 'n', { lastModified: 'junk' }).lastModified, typeof new File([], 'x').lastModified,
            new File([], 7).name);
show(() => new File(['a']));
show(() => Reflect.get(File.prototype, 'name', {}));
console.log(resolveObjectURL('blob:nodedata:nothing'), resolveObjectURL('http://x'));
(async () => {
  console.log(JSON.stringify(await blob.text()));
  console.log(Buffer.from(await blob.arrayBuffer()).toString('hex'));
  console.log(JSON.stringify(await blob.slice(2, 6).text()));
  console.log(JSON.stringify(await new Blob(['\ufeffbom', Buffer.from([0xff])]).text()));
  console.log(await file.text(), (await file.slice(1).arrayBuffer()).byteLength);
  await Blob.prototype.text.call({}).catch((e) => console.log(e.code));
})();
