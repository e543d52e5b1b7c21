'use strict';
// EventEmitter: listener order, once, prepend, removal during emit,
// newListener/removeListener events, rawListeners and eventNames.
const EventEmitter = require('events');
const e = new EventEmitter();
const log = [];
e.on('newListener', (type, fn) => log.push(`new:${String(type)}:${fn.name}`));
e.on('removeListener', (type, fn) => log.push(`remove:${String(type)}:${fn.name}`));
function a(x) { log.push(`a${x}`); }
function b(x) { log.push(`b${x}`); e.removeListener('ev', a); }
function c(x) { log.push(`c${x}`); }
e.on('ev', a);
e.on('ev', b);
e.prependListener('ev', c);
e.once('ev', function onceFn(x) { log.push(`once${x}`); });
e.prependOnceListener('ev', function firstOnce(x) { log.push(`first${x}`); });
console.log(e.listenerCount('ev'), e.listeners('ev').map((f) => f.name));
console.log(e.rawListeners('ev').map((f) => f.name || '(wrapper)'));
console.log(e.emit('ev', 1), e.emit('ev', 2), e.emit('nothing'));
console.log(log.join(' '));
const sym = Symbol('s');
e.on(sym, c);
console.log(e.eventNames().map(String));
console.log(e.listenerCount('ev', c), e.listenerCount('ev', a), EventEmitter.listenerCount(e, 'ev'));
e.off('ev', c);
e.removeAllListeners('ev');
console.log(e.eventNames().map(String));
e.removeAllListeners();
console.log(e.eventNames().map(String), e.listenerCount('removeListener'));
const wrapped = new EventEmitter();
wrapped.once('x', c);
const raw = wrapped.rawListeners('x')[0];
console.log(typeof raw.listener, raw.listener === c);
raw();
console.log(wrapped.listenerCount('x'), wrapped.emit('x'));
// `this` is the emitter; arguments pass through.
wrapped.on('y', function(...args) { console.log(this === wrapped, args); });
wrapped.emit('y', 1, 'two', { three: 3 });
console.log(EventEmitter.EventEmitter === EventEmitter, EventEmitter.usingDomains,
            EventEmitter.defaultMaxListeners, Object.keys(EventEmitter).join());
try {
  e.on('z', 'not a function');
} catch (err) {
  console.log(err.code, err.message);
}
class Sub extends EventEmitter {}
const s = new Sub();
s.on('q', () => console.log('sub works'));
s.emit('q');
console.log(s instanceof EventEmitter, Object.keys(s).join());
