'use strict';
// node's internal/linkedlist, which its tests reach with --expose-internals:
// an intrusive circular list threaded through each item's _idleNext and
// _idlePrev (the fields node's timers use). New items go in at the head's
// _idleNext side; peek() returns the oldest one, at the _idlePrev side.

function init(list) {
  list._idleNext = list;
  list._idlePrev = list;
  return list;
}

function isEmpty(list) {
  return list._idleNext === list;
}

// The item appended longest ago, or null for an empty list.
function peek(list) {
  return list._idlePrev === list ? null : list._idlePrev;
}

// Unlinks an item from whatever list holds it; harmless when it is in none.
function remove(item) {
  const next = item._idleNext;
  const prev = item._idlePrev;
  if (next) next._idlePrev = prev;
  if (prev) prev._idleNext = next;
  item._idleNext = null;
  item._idlePrev = null;
}

// Puts an item at the newest end, moving it there if it is already linked.
function append(list, item) {
  if (item._idleNext || item._idlePrev) remove(item);
  const newest = list._idleNext;
  item._idleNext = newest;
  item._idlePrev = list;
  newest._idlePrev = item;
  list._idleNext = item;
}

module.exports = { init, peek, remove, append, isEmpty };
