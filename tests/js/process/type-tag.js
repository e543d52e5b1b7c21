'use strict';
// process is tagged '[object process]', its prototype belongs to a
// constructor named process, and assert tells it apart from a copy.
const assert = require('assert');
const EventEmitter = require('events');
console.log(Object.prototype.toString.call(process), String(process));
console.log(Object.getPrototypeOf(process).constructor.name, process instanceof EventEmitter);
const d = Object.getOwnPropertyDescriptor(process, Symbol.toStringTag);
console.log(d.value, d.writable, d.enumerable, d.configurable);
const fake = {};
Object.setPrototypeOf(fake, Object.getPrototypeOf(process));
for (const key of Object.keys(process)) fake[key] = process[key];
try {
  assert.notDeepEqual(fake, process);
  console.log('copy differs');
} catch (err) {
  console.log('copy equal', err.code);
}
