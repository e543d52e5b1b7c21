'use strict';
// console. (node's complete Console is being written alongside.)
const { formatWithOptions, inspect } = require('internal/util/inspect');

class Console {
  constructor(stdout, stderr) {
    if (stdout && typeof stdout.write !== 'function' && stdout.stdout) ({ stdout, stderr } = stdout);
    this._stdout = stdout;
    this._stderr = stderr || stdout;
    this._indent = '';
    this._counts = new Map();
    this._timers = new Map();
    for (const key of Object.getOwnPropertyNames(Console.prototype)) {
      if (key !== 'constructor') this[key] = this[key].bind(this);
    }
  }
  _write(stream, text) {
    if (this._indent) text = this._indent + text.split('\n').join(`\n${this._indent}`);
    stream.write(text + '\n');
  }
  log(...args) { this._write(this._stdout, formatWithOptions({}, ...args)); }
  info(...args) { this.log(...args); }
  debug(...args) { this.log(...args); }
  warn(...args) { this._write(this._stderr, formatWithOptions({}, ...args)); }
  error(...args) { this.warn(...args); }
  dir(obj, options) { this._write(this._stdout, inspect(obj, options)); }
  trace(...args) {
    const err = { name: 'Trace', message: formatWithOptions({}, ...args) };
    Error.captureStackTrace(err, this.trace);
    this.error(err.stack);
  }
  assert(ok, ...args) {
    if (!ok) this.warn(args.length ? `Assertion failed: ${formatWithOptions({}, ...args)}` : 'Assertion failed');
  }
  count(label = 'default') {
    const n = (this._counts.get(`${label}`) || 0) + 1;
    this._counts.set(`${label}`, n);
    this.log(`${label}: ${n}`);
  }
  countReset(label = 'default') { this._counts.delete(`${label}`); }
  group(...args) {
    if (args.length) this.log(...args);
    this._indent += '  ';
  }
  groupCollapsed(...args) { this.group(...args); }
  groupEnd() { this._indent = this._indent.slice(2); }
  time(label = 'default') { this._timers.set(`${label}`, process.hrtime.bigint()); }
  timeEnd(label = 'default') {
    this.timeLog(label);
    this._timers.delete(`${label}`);
  }
  timeLog(label = 'default', ...data) {
    const start = this._timers.get(`${label}`);
    if (start === undefined) return;
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    this.log(`${label}: ${ms.toFixed(3)}ms`, ...data);
  }
  table(data) { this.log(data); }
}

const globalConsole = new Console(process.stdout, process.stderr);
globalConsole.Console = Console;
module.exports = globalConsole;
