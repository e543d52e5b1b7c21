'use strict';
// The public `timers` module; the machinery is in internal/timers.
const t = require('internal/timers');

function deprecate(fn, message, code) {
  return require('util').deprecate(fn, message, code);
}

module.exports = {
  setTimeout: t.setTimeout,
  clearTimeout: t.clearTimeout,
  setInterval: t.setInterval,
  clearInterval: t.clearInterval,
  setImmediate: t.setImmediate,
  clearImmediate: t.clearImmediate,
  enroll: deprecate(function enroll(item, msecs) {
    msecs = t.getTimerDuration(msecs, 'msecs');
    if (item._idleNext) t.unenrollLegacy(item);
    item._idleTimeout = msecs;
  }, 'timers.enroll() is deprecated. Please use setTimeout instead.', 'DEP0095'),
  unenroll: deprecate((item) => t.unenrollLegacy(item),
                      'timers.unenroll() is deprecated. Please use clearTimeout instead.', 'DEP0096'),
  active: deprecate((item) => t.activeLegacy(item, true),
                    'timers.active() is deprecated. Please use timeout.refresh() instead.', 'DEP0126'),
  _unrefActive: deprecate((item) => t.activeLegacy(item, false),
                          'timers._unrefActive() is deprecated. Please use timeout.refresh() instead.', 'DEP0127'),
  get promises() {
    return require('timers/promises');
  },
};
