'use strict';
// v8.promiseHooks: JavaScript hooks on V8's promise lifecycle (init, before,
// after, settled), installed on the main context with V8's SetPromiseHooks.
// Several hooks of one kind run in turn, and an exception from one of them
// does not keep the others from running. A lone hook is handed to V8 as it
// is, as node does; V8 reports what it throws as an uncaught exception.

const { codes } = require('internal/errors');
const { isAsyncFunction } = require('internal/util/types');

const hooks = { init: [], before: [], after: [], settled: [] };

// The hooks run from a copy of the list (one may stop itself); their
// exceptions are reported as uncaught once all of them have run.
function runAll(list) {
  return function (...args) {
    const exceptions = [];
    for (const hook of list.slice()) {
      try {
        Reflect.apply(hook, undefined, args);
      } catch (err) {
        exceptions.push(err);
      }
    }
    for (const err of exceptions) require('internal/process/execution').onUncaughtException(err, false, '');
  };
}

const runners = {
  init: runAll(hooks.init),
  before: runAll(hooks.before),
  after: runAll(hooks.after),
  settled: runAll(hooks.settled),
};

function pick(name) {
  const list = hooks[name];
  return list.length > 1 ? runners[name] : list[0];
}

function update() {
  internalBinding('v8').setPromiseHooks(pick('init'), pick('before'), pick('after'), pick('settled'));
}

function stop(list, hook) {
  const index = list.indexOf(hook);
  if (index >= 0) {
    list.splice(index, 1);
    update();
  }
}

// onInit(hook) and its kin: start calling hook, return the function that
// stops it. An async function cannot be a hook (it would make promises of
// its own from inside the hook).
function useHook(name) {
  const list = hooks[name];
  return (hook) => {
    if (typeof hook !== 'function' || isAsyncFunction(hook)) {
      throw new codes.ERR_INVALID_ARG_TYPE(`${name}Hook`, 'Function', hook);
    }
    list.push(hook);
    update();
    return stop.bind(null, list, hook);
  };
}

const onInit = useHook('init');
const onBefore = useHook('before');
const onAfter = useHook('after');
const onSettled = useHook('settled');

function createHook({ init, before, after, settled } = {}) {
  const stops = [];
  if (init) stops.push(onInit(init));
  if (before) stops.push(onBefore(before));
  if (after) stops.push(onAfter(after));
  if (settled) stops.push(onSettled(settled));
  return () => {
    for (const stopOne of stops) stopOne();
  };
}

module.exports = { onInit, onBefore, onAfter, onSettled, createHook };
