'use strict';
// An absolute request is normalized before it is looked up: "dir/missing/.."
// names dir even though "missing" does not exist, and a trailing ".." means
// a directory (its package.json "main", then index.js).
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-dotdot-'));
fs.mkdirSync(path.join(dir, 'pkg'));
fs.writeFileSync(path.join(dir, 'pkg', 'index.js'), "module.exports = 'pkg/index.js';");
fs.writeFileSync(path.join(dir, 'pkg.js'), "module.exports = 'pkg.js';");
console.log(require(path.join(dir, 'pkg')));
console.log(require([dir, 'pkg', 'missing', '..'].join('/')));
console.log(path.relative(dir, require.resolve([dir, 'pkg', 'missing', '..', '..', 'pkg.js'].join('/'))));
fs.rmSync(dir, { recursive: true });
