// Sloppy mode on purpose: assigning the read-only returnValue is ignored.
// EventTarget/Event corner cases: capture flags on removal, listeners
// changed during dispatch, passive listeners, late handleEvent, subclasses.
const log = (...a) => console.log(...a);
const t = new EventTarget();
// capture flag distinguishes registrations
const f = () => log('f');
t.addEventListener('a', f, { capture: true }); t.addEventListener('a', f); t.dispatchEvent(new Event('a'));
t.removeEventListener('a', f, true); t.dispatchEvent(new Event('a'));
t.removeEventListener('a', f, { capture: false }); t.dispatchEvent(new Event('a'));
// listener removed during dispatch is not called
const g = () => log('g'); t.addEventListener('b', () => { log('first'); t.removeEventListener('b', g); }); t.addEventListener('b', g); t.dispatchEvent(new Event('b'));
// listener added during dispatch after the current end
t.addEventListener('c', () => { log('c1'); t.addEventListener('c', () => log('c2 added')); }); t.dispatchEvent(new Event('c')); t.dispatchEvent(new Event('c'));
// passive listeners cannot preventDefault? (node: they can't)
t.addEventListener('d', (e) => { e.preventDefault(); log('passive prevented?', e.defaultPrevented); }, { passive: true });
const de = new Event('d', { cancelable: true }); log(t.dispatchEvent(de), de.defaultPrevented);
// returnValue / cancelBubble setters
const ev = new Event('e', { cancelable: true }); ev.returnValue = false; log(ev.defaultPrevented, ev.returnValue); ev.cancelBubble = true; log(ev.cancelBubble);
// initEvent
const ie = new Event('old'); ie.initEvent('new', true, true); log(ie.type, ie.bubbles, ie.cancelable);
// Event properties
const p = new Event('p', { bubbles: 1, composed: 'yes' }); log(p.bubbles, p.composed, p.isTrusted, p.srcElement, p.eventPhase, typeof p.timeStamp);
// handleEvent looked up at dispatch time
const obj = {}; t.addEventListener('h', obj); obj.handleEvent = function (e) { log('late handleEvent', this === obj, e.type); }; t.dispatchEvent(new Event('h'));
// type coercion
t.addEventListener(5, () => log('five')); t.dispatchEvent(new Event(5)); log(new Event(null).type, new Event(undefined).type);
// dispatchEvent returns
log(t.dispatchEvent(new Event('none')));
// subclassing
class MyTarget extends EventTarget {} const m = new MyTarget(); m.addEventListener('x', (e) => log('sub', e.target === m)); m.dispatchEvent(new Event('x')); log(require('util').inspect(m), Object.prototype.toString.call(m));
class MyEvent extends Event { constructor() { super('mine'); this.extra = 1; } } log(require('util').inspect(new MyEvent(), { depth: 0 }).replace(/timeStamp: [\d.]+/, 'timeStamp: T'));
log(require('util').inspect(new Event('deep'), { depth: -1 }), require('util').inspect([new Event('q')], { depth: 0 }).replace(/timeStamp: [\d.]+/, 'T'));
// onabort-style handler via AbortSignal
const ac = new AbortController(); ac.signal.onabort = (e) => log('onabort', e.type); log(typeof ac.signal.onabort); ac.abort();
// async listener rejection
process.on('uncaughtException', (err) => log('uncaught', err.message));
t.addEventListener('r', async () => { throw new Error('async listener'); }); t.dispatchEvent(new Event('r'));
