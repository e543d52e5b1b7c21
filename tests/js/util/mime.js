// util.MIMEType / MIMEParams: parsing, normalization, parameters and errors.
const { MIMEType, MIMEParams, inspect } = require('util');
const inputs = [
  'text/html', 'TEXT/HTML; Charset="UTF-8"', '  application/json  ', 'text/plain;charset=utf-8;charset=latin1',
  'text/plain; a=1 ; b="quoted \\" value"; c=""; d', 'multipart/form-data; boundary="----x"',
  'text/plain;a="unterminated', 'text/plain;a="x\\', 'image/svg+xml;x=  spaced  ', 'text/html;=novalue;k=v',
  'a/b;param="\u00e9"', 'a/b;ÿ=1', 'text/plain;a="q"junk;b=2',
];
for (const input of inputs) {
  const m = new MIMEType(input);
  console.log(JSON.stringify(input), '->', String(m), m.type, m.subtype, m.essence, JSON.stringify([...m.params]));
}
const m = new MIMEType('text/javascript;goal=module');
m.type = 'APPLICATION';
m.subtype = 'ECMAScript';
m.params.set('charset', 'utf-8');
m.params.set('q', 'needs quoting;');
m.params.delete('goal');
console.log(m.toString(), JSON.stringify({ m }), m.params.get('missing'), m.params.has('charset'));
console.log([...m.params.keys()], [...m.params.values()], m.params.toJSON());
console.log(inspect(new MIMEParams()), String(new MIMEParams()), typeof MIMEType);
for (const bad of [
  () => new MIMEType('noslash'), () => new MIMEType('/html'), () => new MIMEType('te xt/html'),
  () => new MIMEType('text/'), () => new MIMEType('text/ht ml'), () => new MIMEType(''),
  () => { m.type = ''; }, () => { m.subtype = 'a/b'; }, () => m.params.set('', 'v'),
  () => m.params.set('k', '\u0100'), () => m.params.set('bad name', 'v'),
]) {
  try {
    bad();
    console.log('no error');
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
