// util.inherits links prototypes and sets super_.
const util = require('util');
const EventEmitter = require('events');
function Animal(name) { this.name = name; }
Animal.prototype.speak = function () { return `${this.name} makes a sound`; };
function Dog(name) { Animal.call(this, name); }
util.inherits(Dog, Animal);
const d = new Dog('Rex');
console.log(d.speak(), d instanceof Animal, Dog.super_ === Animal);
console.log(Object.getOwnPropertyDescriptor(Dog, 'super_'));
function Emitter() { EventEmitter.call(this); }
util.inherits(Emitter, EventEmitter);
const e = new Emitter();
e.on('x', (v) => console.log('event', v));
e.emit('x', 1);
for (const args of [[null, Animal], [Dog, null], [Dog, undefined], [Dog, Object.create(null)], [undefined, Animal]]) {
  try {
    util.inherits(...args);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
