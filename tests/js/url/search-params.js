'use strict';
// URLSearchParams: construction forms, mutation, sorting, iteration and
// the link with its URL.
const params = new URLSearchParams('?b=2&a=1&b=3&c=%20x+y&d');
console.log(params, params.size, params.toString());
console.log(params.get('b'), params.getAll('b'), params.get('none'), params.has('d'), params.has('b', '3'));
params.append('é', 'ü & =');
params.set('b', 'only');
params.delete('c');
params.sort();
console.log(params.toString(), [...params.keys()], [...params.values()]);
console.log(params.values()); // Entries need util.inspect's depth handling.
const it = params.keys();
it.next();
console.log(it, [...it]);
params.forEach(function(value, name, self) {
  console.log('forEach', name, value, self === params, this);
}, 'thisArg');
console.log(new URLSearchParams({ a: 1, b: [2, 3] }).toString());
console.log(new URLSearchParams([['x', '1'], ['y', '2']]).toString());
console.log(new URLSearchParams(new Map([['m', 'v']])).toString());
console.log(new URLSearchParams(params).toString() === params.toString());
for (const attempt of [
  () => new URLSearchParams([['only one']]),
  () => new URLSearchParams([5]),
  () => params.append('x'),
  () => params.get(),
  () => URLSearchParams.prototype.get.call({}, 'a'),
  () => params.forEach('x'),
]) {
  try {
    attempt();
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
const url = new URL('https://example.com/?a=1');
const linked = url.searchParams;
linked.append('b', 'two words');
console.log(url.href);
url.search = '?fresh=yes';
console.log(linked.get('fresh'), linked.get('a'), url.searchParams === linked);
linked.delete('fresh');
console.log(url.href, JSON.stringify(url.search));
const opaque = new URL('data:text/plain,x  ?q=1');
opaque.searchParams.delete('q');
console.log(JSON.stringify(opaque.href));
