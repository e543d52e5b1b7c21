// util.aborted resolves when the signal aborts (or soon, if it already has).
const util = require('util');
const ac = new AbortController();
util.aborted(ac.signal, {}).then(() => console.log('aborted resolved'));
console.log('before abort');
ac.abort();
util.aborted(AbortSignal.abort(), {}).then(() => console.log('already aborted resolved'));
