'use strict';
// Module loading details node's tests check: reading a missing property of
// a module's exports inside a require cycle warns; a package whose "main"
// is missing falls back to index.js with DEP0128; Module._stat and
// Module._initPaths (NODE_PATH first); module.parent is an accessor.
const fs = require('fs');
const os = require('os');
const path = require('path');
const Module = require('module');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-modules-'));
const shown = (text) => String(text).split(dir).join('<dir>');
const warnings = [];
process.on('warning', (w) => warnings.push(`${w.name} ${w.code || '-'} ${shown(w.message)}`));

fs.writeFileSync(path.join(dir, 'a.js'), "exports.early = 1; require('./b'); exports.late = 2;");
fs.writeFileSync(path.join(dir, 'b.js'),
  "const a = require('./a'); exports.seen = [a.early, a.late, a.__esModule, typeof a.toString];");
fs.mkdirSync(path.join(dir, 'pkg'));
fs.writeFileSync(path.join(dir, 'pkg', 'package.json'), JSON.stringify({ main: 'missing.js' }));
fs.writeFileSync(path.join(dir, 'pkg', 'index.js'), "exports.ok = 'index';");
fs.mkdirSync(path.join(dir, 'global'));
fs.writeFileSync(path.join(dir, 'global', 'from-node-path.js'), "exports.where = 'NODE_PATH';");

const a = require(path.join(dir, 'a.js'));
console.log(require(path.join(dir, 'b.js')).seen, Object.getPrototypeOf(a) === Object.prototype);
console.log(require(path.join(dir, 'pkg')).ok);
console.log(Module._stat(dir), Module._stat(path.join(dir, 'a.js')), Module._stat(path.join(dir, 'nope')) < 0);
process.env.NODE_PATH = [path.join(dir, 'global'), ''].join(path.delimiter);
Module._initPaths();
console.log(shown(Module.globalPaths[0]), require('from-node-path').where);
console.log(module.parent, Object.getOwnPropertyNames(module).includes('parent'), 'parent' in module);
setImmediate(() => {
  console.log(warnings.join('\n'));
  fs.rmSync(dir, { recursive: true });
});
