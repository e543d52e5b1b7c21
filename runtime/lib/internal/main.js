'use strict';
// Runs what the command line asked for: a script (CommonJS or ESM), or -e/-p.

const path = require('path');
const processBinding = internalBinding('process');

function runMain() {
  const info = processBinding.info();
  if (info.mode === 'script') {
    const filename = path.resolve(process.cwd(), info.script);
    process.argv = [info.execPath, filename, ...info.args];
    const { Module } = require('internal/modules/cjs');
    let resolved;
    try {
      resolved = Module._resolveFilename(filename, null, true);
    } catch (err) {
      if (err.code === 'MODULE_NOT_FOUND') err.requireStack = [];
      throw err;
    }
    const esm = require('internal/modules/esm');
    const format = /\.(mjs|cjs|js|json|node)$/.test(resolved) || !resolved.includes('.') ? esm.formatOf(esm.pathToFileURL(resolved)) : 'commonjs';
    if (format === 'module') return esm.runMain(resolved);
    Module._load(filename, null, true);
    return;
  }
  process.argv = [info.execPath, ...info.args];
  runEval(info.evalSource, info.mode === 'print');
}

function runEval(source, print) {
  const { Module, makeRequireFunction } = require('internal/modules/cjs');
  const filename = path.join(process.cwd(), '[eval]');
  const module = new Module('[eval]');
  module.filename = filename;
  module.paths = Module._nodeModulePaths(process.cwd());
  const evalRequire = makeRequireFunction(module);
  // -e code sees require, module, exports, __filename and __dirname as
  // globals, like node's.
  for (const [name, value] of [['module', module], ['exports', module.exports], ['require', evalRequire],
                               ['__filename', '[eval]'], ['__dirname', '.']]) {
    Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: false });
  }
  const result = processBinding.callMain(internalBinding('modules').runScript, undefined, source, '[eval]');
  if (print) {
    const { log } = globalThis.console;
    log(result);
  }
}

module.exports = { runMain };
