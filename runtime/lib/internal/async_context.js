'use strict';
// Async context frames, the machinery under AsyncLocalStorage. A frame is a
// Map from AsyncLocalStorage to its store, never changed once current (a
// change makes a new Map), or undefined. V8 keeps the current frame on every
// promise reaction and restores it when the reaction runs
// (runtime/src/async_context.cc), so `await` and `.then` need nothing here.
// Timers, immediates, process.nextTick and queueMicrotask keep the frame of
// the code that scheduled them (internal/timers.js, task_queues.js); libuv
// handles keep the frame they were made in (Environment::MakeCallback).
// Until a program first uses AsyncLocalStorage none of this costs anything:
// `state.tracking` stays false and nothing is captured.

const binding = internalBinding('async_context');
const { getFrame, setFrame } = binding;

const state = { tracking: false };

function startTracking() {
  if (state.tracking) return;
  state.tracking = true;
  binding.trackHandles();
}

// The frame to keep for a callback scheduled now (undefined when nothing is
// tracked, which callers also treat as "run in no frame").
function captureFrame() {
  return state.tracking ? getFrame() : undefined;
}

// Calls fn in `frame`, then puts the frame that was current back, whatever
// fn does.
function callInFrame(frame, fn, thisArg, args) {
  const previous = getFrame();
  setFrame(frame);
  try {
    return Reflect.apply(fn, thisArg, args);
  } finally {
    setFrame(previous);
  }
}

// fn, made to run in the current frame wherever it is called from later.
function bindToCurrentFrame(fn) {
  if (!state.tracking) return fn;
  const frame = getFrame();
  return function boundToFrame(...args) {
    return callInFrame(frame, fn, this, args);
  };
}

module.exports = { state, startTracking, captureFrame, callInFrame, bindToCurrentFrame, getFrame, setFrame };
