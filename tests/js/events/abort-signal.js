'use strict';
// events.once/on/addAbortListener and EventTarget listeners with AbortSignal.
const ac = new AbortController(); ac.signal.addEventListener('abort', (e) => console.log('aborted', e.isTrusted, e.type)); ac.signal.onabort = () => console.log('onabort'); ac.abort(); console.log(ac.signal.aborted, ac.signal.reason.name);
const {once, on, EventEmitter, addAbortListener} = require('events'); const e = new EventEmitter(); const ac2 = new AbortController();
once(e, 'never', {signal: ac2.signal}).catch((err) => console.log('once', err.name, err.code, err.message, e.listenerCount('never')));
(async () => { try { for await (const x of on(e, 'x', {signal: ac2.signal})) {} } catch (err) { console.log('on', err.name) } })();
const d = addAbortListener(ac2.signal, () => console.log('abort listener'));
setTimeout(() => ac2.abort(), 5);
const t = new EventTarget(); const ac3 = new AbortController(); t.addEventListener('z', () => console.log('z'), {signal: ac3.signal}); ac3.abort(); t.dispatchEvent(new Event('z')); console.log('z removed');
console.log(AbortSignal.abort().aborted, typeof AbortSignal.timeout);
const ac4 = new AbortController(); const d4 = addAbortListener(ac4.signal, () => console.log('never')); d4[Symbol.dispose](); ac4.abort(); console.log('disposed');
