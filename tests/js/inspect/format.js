// util.format placeholders and the joining of extra arguments.
const util = require('util');
class WithToString { toString() { return 'custom toString'; } }
const circular = { name: 'c' };
circular.self = circular;
const lines = [
  util.format('%s %s', 'a', 'b'),
  util.format('%s', 42, 'extra', { o: 1 }),
  util.format('%s', { a: { b: { c: 1 } } }),
  util.format('%s', [1, [2, [3]]]),
  util.format('%s', new WithToString()),
  util.format('%s', new Error('err message')).split('\n')[0],
  util.format('%s %s', null, undefined),
  util.format('%s %s %s', 1n, -0, Symbol('sym')),
  util.format('%d %d %d %d', '42', 1.5, -0, 10n),
  util.format('%d %i %f', Symbol('x'), Symbol('y'), Symbol('z')),
  util.format('%i %i %i', '42.9px', -1.9, 7n),
  util.format('%f %f', '3.14abc', 'x'),
  util.format('%j %j', { a: [1] }, 'str'),
  util.format('%j', circular),
  util.format('%o', { a: [1, 2], f() {} }),
  util.format('%O', { deep: { deeper: { deepest: { bottom: 1 } } } }),
  util.format('%c styled %s', 'color: red', 'text'),
  util.format('100%% sure %s', 'yes'),
  util.format('%% %s'),
  util.format('%s:%s', 'only one'),
  util.format('%x %s', 'a'),
  util.format('no placeholders', 1, 'two'),
  util.format(1, 2, 3),
  util.format(),
  util.format('%'),
  util.format('%s'),
  util.format('trailing %'),
  util.format({ first: 'object' }, '%s', 'x'),
  util.format('%s', () => {}),
  util.format('%s', class Klass {}),
  util.format('%s', new Date(0)),
  util.format('%s', new Map([[1, 2]])),
  util.formatWithOptions({ numericSeparator: true }, '%d %s %i', 1234567, 7654321, 1234567.8),
  util.formatWithOptions({ compact: false }, 'obj', { a: 1 }),
  util.format('%s', Object.create(null)),
  util.format('%s', { toString() { return 'own toString'; } }),
];
for (const line of lines) console.log(JSON.stringify(line));
try {
  util.formatWithOptions(null, 'x');
} catch (err) {
  console.log(err.code, err.message);
}
// Runtime globals (Buffer, URL) are not language built-ins: %s uses their
// own toString.
console.log(util.format('%s|%s', Buffer.from('buf'), new URL('http://example.com/x')));
