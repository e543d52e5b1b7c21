// The callback forms of readFile and writeFile: results, encodings, flags,
// modes, descriptors, and node's error (syscall, path) for whichever step
// fails; and their callbacks' place after setImmediate.
const fs = require('fs');
const path = require('path');
const dir = fs.mkdtempSync(path.join(process.env.TMPDIR || '/tmp', 'vfs-whole-'));
const f = path.join(dir, 'a.txt');
const show = (tag) => (err, v) => console.log(tag, err ? [err.code, err.message.split(dir).join('D'), err.syscall, err.path && err.path.split(dir).join('D'), err.errno] : null,
  v === undefined ? '' : (Buffer.isBuffer(v) ? ['buf', v.length, v.toString('hex').slice(0, 20)] : JSON.stringify(v)));
const steps = [
  (n) => fs.readFile(dir, (e, v) => { show('dir')(e, v); n(); }),
  (n) => fs.readFile(path.join(dir, 'nope'), 'utf8', (e, v) => { show('missing')(e, v); n(); }),
  (n) => { try { fs.readFile(f, { flag: 'bogus' }, () => {}); } catch (e) { show('badflag')(e); } n(); },
  (n) => fs.writeFile(f, 'héllo wörld', (e) => { show('write')(e); n(); }),
  (n) => fs.readFile(f, (e, v) => { show('read buf')(e, v); n(); }),
  (n) => fs.readFile(f, 'latin1', (e, v) => { show('read latin1')(e, v); n(); }),
  (n) => fs.readFile(f, { encoding: 'hex' }, (e, v) => { show('read hex')(e, v); n(); }),
  (n) => fs.writeFile(f, 'héllo', 'latin1', (e) => { show('write latin1')(e); fs.readFile(f, (e2, v) => { show('=')(e2, v); n(); }); }),
  (n) => fs.writeFile(f, 'abcd', 'hex', (e) => { show('write hex')(e); fs.readFile(f, (e2, v) => { show('=')(e2, v); n(); }); }),
  (n) => fs.writeFile(f, 'aGVsbG8=', 'base64', (e) => { show('write b64')(e); fs.readFile(f, 'utf8', (e2, v) => { show('=')(e2, v); n(); }); }),
  (n) => fs.writeFile(f, new Uint16Array([0x6968, 0x2121]), (e) => { show('write u16')(e); fs.readFile(f, 'utf8', (e2, v) => { show('=')(e2, v); n(); }); }),
  (n) => fs.writeFile(f, '', (e) => { show('write empty')(e); fs.readFile(f, (e2, v) => { show('=')(e2, v); n(); }); }),
  (n) => fs.writeFile(dir, 'x', (e) => { show('write dir')(e); n(); }),
  (n) => fs.writeFile(f, 'flush', { flush: true }, (e) => { show('flush')(e); n(); }),
  (n) => fs.appendFile(f, '+more', (e) => { show('append')(e); fs.readFile(f, 'utf8', (e2, v) => { show('=')(e2, v); n(); }); }),
  (n) => { const fd = fs.openSync(f, 'r'); fs.readSync(fd, Buffer.alloc(2)); fs.readFile(fd, 'utf8', (e, v) => { show('fd read')(e, v); fs.closeSync(fd); n(); }); },
  (n) => { const fd = fs.openSync(f, 'a'); fs.writeFile(fd, 'FD', (e) => { show('fd write')(e); fs.closeSync(fd); fs.readFile(f, 'utf8', (e2, v) => { show('=')(e2, v); n(); }); }); },
  (n) => { fs.writeFile(99999, 'x', (e) => { show('badfd w')(e); n(); }); },
  (n) => fs.readFile('/proc/self/status', 'utf8', (e, v) => { show('proc')(e, v.slice(0, 5)); n(); }),
  (n) => { const big = Buffer.alloc(3 * 1024 * 1024 + 5, 'ab'); fs.writeFile(path.join(dir, 'big.bin'), big, (e) => { fs.readFile(path.join(dir, 'big.bin'), (e2, v) => { show('big')(e || e2, [v.length, v.equals(big)]); n(); }); }); },
  (n) => fs.writeFile(path.join(dir, 'm.txt'), 'x', { mode: 0o600 }, (e) => { show('mode')(e, (fs.statSync(path.join(dir, 'm.txt')).mode & 0o777).toString(8)); n(); }),
  (n) => fs.writeFile(f, 'x', { flag: 'wx' }, (e) => { show('wx')(e); n(); }),
  (n) => { try { fs.writeFile(f, 'x', { mode: 'zz' }, () => {}); } catch (e) { show('badmode')(e); } n(); },
  (n) => { try { fs.writeFile(f, 12, () => {}); } catch (e) { show('baddata')(e); } n(); },
  (n) => { const r = fs.readFile(f, () => {}); console.log('ret', r); n(); },
  (n) => { fs.readFile(new URL('file://' + f), 'utf8', (e, v) => { show('url')(e, v); n(); }); },
  (n) => { fs.readFile(Buffer.from(f), 'utf8', (e, v) => { show('bufpath')(e, v); n(); }); },
  (n) => { let order = []; fs.readFile(f, () => { order.push('rf'); }); setImmediate(() => { order.push('imm'); setImmediate(() => { order.push('imm2'); setTimeout(() => { console.log(order.join(',')); n(); }, 20); }); }); },
];
let i = 0;
const next = () => { if (i < steps.length) steps[i++](next); else fs.rmSync(dir, { recursive: true }); };
next();
