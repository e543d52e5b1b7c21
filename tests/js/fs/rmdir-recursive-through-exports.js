'use strict';
// rmdirSync/rmSync with recursion remove a directory they emptied through
// fs.rmdirSync (as node's rimraf does), without the recursive option.
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-rimraf-'));
const original = fs.rmdirSync;
const seen = [];
fs.rmdirSync = function (p, options) {
  seen.push([path.relative(root, String(p)) || '.', options === undefined ? 'no options' : JSON.stringify(options)]);
  return original.call(this, p, options);
};
try {
  fs.mkdirSync(path.join(root, 'a/b/c'), { recursive: true });
  fs.mkdirSync(path.join(root, 'a/empty'));
  fs.writeFileSync(path.join(root, 'a/b/c/f.txt'), 'x');
  fs.rmSync(path.join(root, 'a'), { recursive: true });
  console.log(seen.sort(), fs.existsSync(path.join(root, 'a')));
} finally {
  fs.rmdirSync = original;
  fs.rmSync(root, { recursive: true });
}
