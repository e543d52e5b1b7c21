// Named and default imports of the pure-JavaScript builtins from ESM.
import { EventEmitter, once } from 'events';
import EE from 'node:events';
import { URL as U2, fileURLToPath, pathToFileURL, parse } from 'url';
import path, { join } from 'node:path';
import { posix } from 'path';
import pw from 'path/win32';
import qs from 'querystring';
import { StringDecoder } from 'string_decoder';
import punycode from 'punycode';
console.log(EE === EventEmitter, typeof once, U2 === URL, fileURLToPath(import.meta.url).endsWith('esm.mjs'), join('a', 'b'), path.sep, posix === path.posix, pw.sep, qs.stringify({ a: 1 }), typeof StringDecoder, punycode.encode('ü'), parse('http://x/y').pathname);
