'use strict';
// EventEmitter corner cases: listeners added or removed while emitting,
// legacy inheritance, prototypes without _events, odd event names.
const EventEmitter = require('events');
const util = require('util');
const log = (...a) => console.log(...a);
// newListener receives the unwrapped once listener; adding in newListener.
const e = new EventEmitter();
e.on('newListener', function nl(t, l) { log('newListener', t, l.name); if (t === 'a') this.on('b', function added() {}); });
e.once('a', function onceA() {});
log(e.eventNames(), e.listenerCount('b'));
// removeListener in an emit of multiple listeners doesn't affect the current emit.
const f = new EventEmitter(); const calls = [];
function l1() { calls.push(1); f.removeListener('x', l2); } function l2() { calls.push(2); }
f.on('x', l1); f.on('x', l2); f.emit('x'); f.emit('x'); log(calls);
// removeAllListeners with removeListener listener order.
const g = new EventEmitter(); const removed = [];
g.on('removeListener', (t, l) => removed.push(`${String(t)}:${l.name}`));
g.on('p', function p1() {}); g.on('p', function p2() {}); g.on('q', function q1() {}); g.on(Symbol('s'), function s1() {});
g.removeAllListeners(); log(removed, g.eventNames());
// once listener removed before call; listener count during call
const h = new EventEmitter(); h.once('y', function () { log('in once', h.listenerCount('y'), arguments.length); }); h.emit('y'); h.emit('y', 1, 2);
// emit with many args
h.on('z', (...a) => log('z args', a.length)); h.emit('z', 1, 2, 3, 4, 5, 6, 7);
// inheritance via util.inherits and EventEmitter.call
function Legacy() { EventEmitter.call(this); } util.inherits(Legacy, EventEmitter); const lg = new Legacy(); lg.on('k', () => log('legacy ok')); lg.emit('k');
log(util.inspect(lg, { depth: 0 }));
// errorMonitor with no error listener on emitter without _events
const raw = Object.create(EventEmitter.prototype); try { raw.emit('error', new Error('raw')); } catch (err) { log('raw', err.message); }
log(raw.emit('x'), raw.listenerCount('x'), raw.eventNames());
// prepend ordering
const o = new EventEmitter(); const order = []; o.on('e', () => order.push('on')); o.prependListener('e', () => order.push('prepend')); o.prependOnceListener('e', () => order.push('prependOnce')); o.emit('e'); o.emit('e'); log(order);
// rawListeners / listeners for once
const r = new EventEmitter(); function fn() {} r.once('w', fn); log(r.listeners('w')[0] === fn, r.rawListeners('w')[0] === fn, r.rawListeners('w')[0].listener === fn);
// listenerCount static and with listener arg for once wrappers
log(r.listenerCount('w', fn), EventEmitter.listenerCount(r, 'w'));
// setMaxListeners(Infinity)
r.setMaxListeners(Infinity); log(r.getMaxListeners());
// __proto__ as event name
const pr = new EventEmitter(); pr.on('__proto__', () => log('proto event')); pr.emit('__proto__'); log(pr.eventNames());
// errors thrown by listeners propagate synchronously
const t = new EventEmitter(); t.on('boom', () => { throw new Error('listener error'); }); try { t.emit('boom'); } catch (err) { log('caught', err.message); }
// captureRejections static
EventEmitter.captureRejections = true; const cr = new EventEmitter(); log(cr[Symbol.for('nodejs.rejection')], Object.getOwnPropertySymbols(cr).length); EventEmitter.captureRejections = false;
try { EventEmitter.captureRejections = 1; } catch (err) { log(err.code, err.message); }
// events.getEventListeners on emitter
log(EventEmitter.getEventListeners(o, 'e').length);
try { EventEmitter.getEventListeners({}, 'x'); } catch (err) { log(err.code, err.message); }
try { EventEmitter.getMaxListeners({}); } catch (err) { log(err.code, err.message); }
// addAbortListener validation
try { EventEmitter.addAbortListener(); } catch (err) { log(err.code, err.message); }
try { EventEmitter.addAbortListener({}, () => {}); } catch (err) { log(err.code, err.message); }
try { EventEmitter.addAbortListener(new AbortController().signal, 1); } catch (err) { log(err.code, err.message); }
