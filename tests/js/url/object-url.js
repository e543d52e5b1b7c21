'use strict';
// URL.createObjectURL/revokeObjectURL with buffer's Blob registry.
const { Blob, resolveObjectURL } = require('buffer');
const url = URL.createObjectURL(new Blob(['hello'], { type: 'text/plain' }));
console.log(url.length, url.slice(0, 14), new URL(url).protocol, new URL(url).origin);
console.log(resolveObjectURL(url).size, resolveObjectURL(url).type);
URL.revokeObjectURL(url);
console.log(resolveObjectURL(url));
URL.revokeObjectURL('not a blob url');
for (const attempt of [() => URL.createObjectURL('x'), () => URL.revokeObjectURL()]) {
  try {
    attempt();
  } catch (err) {
    console.log(err.code, err.message);
  }
}
