// Proxies are shown as their target without running traps, or as
// Proxy [target, handler] with showProxy.
const { inspect } = require('util');
const handler = { get() { throw new Error('trap ran'); }, ownKeys() { throw new Error('trap ran'); } };
const proxy = new Proxy({ a: 1, b: [2] }, handler);
console.log(inspect(proxy));
console.log(inspect(proxy, { showProxy: true }));
console.log(inspect(new Proxy([1, 2, 3], {})));
console.log(inspect(new Proxy(function target() {}, {})));
const { proxy: revocable, revoke } = Proxy.revocable({}, {});
revoke();
console.log(inspect(revocable));
console.log(inspect(new Proxy(new Proxy({}, {}), {}), { showProxy: true }));
console.log(inspect({ nested: { deeper: new Proxy({}, {}) } }, { showProxy: true, depth: 0 }));
