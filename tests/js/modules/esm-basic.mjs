// Static and dynamic import, default and named, import.meta.url, builtins.
import hello, { value } from '../fixtures/esm/lib.js';
import path from 'node:path';
import { basename } from 'path';
import { alpha, beta, gamma } from '../fixtures/esm/cjs-lib.cjs';
import cjsDefault from '../fixtures/esm/cjs-lib.cjs';
import { one, two } from '../fixtures/esm/cjs-literal.cjs';
import * as literalNs from '../fixtures/esm/cjs-literal.cjs';
console.log(hello(), value);
console.log(path.basename(import.meta.url), basename('/a/b.txt'));
console.log(alpha, beta(), gamma, Object.keys(cjsDefault));
console.log(one(), two, Object.keys(literalNs));
const dyn = await import('../fixtures/esm/lib.js');
console.log(Object.keys(dyn).sort(), dyn.value);
const { kind } = await import('../fixtures/mods/node_modules/pkg-exports/dist/index.mjs');
console.log(kind);
console.log(typeof require, typeof module);
