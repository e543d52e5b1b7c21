'use strict';
// The os functions return values of node's shapes; the values themselves
// depend on the machine, so only their types and invariants are printed.
const os = require('os');

console.log(Object.keys(os).join(','));
console.log(os.EOL === '\n', os.devNull, os.platform(), os.arch() === process.arch);
console.log(os.endianness(), `${os.endianness}`, `${os.platform}`);
console.log(typeof os.hostname(), os.hostname().length > 0, `${os.hostname}` === os.hostname());
console.log(os.type(), typeof os.release(), typeof os.version(), os.machine().length > 0);
console.log(typeof os.homedir(), os.homedir().startsWith('/'));
console.log(os.tmpdir() === (process.env.TMPDIR || '/tmp').replace(/(.)\/$/, '$1'));
const load = os.loadavg();
console.log(Array.isArray(load), load.length, load.every((n) => typeof n === 'number' && n >= 0));
console.log(os.uptime() > 0, os.totalmem() > os.freemem(), os.freemem() > 0);
console.log(Number.isInteger(os.availableParallelism()), os.availableParallelism() >= 1);
const cpus = os.cpus();
console.log(cpus.length >= 1, Object.keys(cpus[0]).join(), Object.keys(cpus[0].times).join());
console.log(typeof cpus[0].model, typeof cpus[0].speed, cpus.every((c) => c.times.idle >= 0));
const nets = os.networkInterfaces();
const loopback = Object.values(nets).flat().find((a) => a.address === '127.0.0.1');
console.log(loopback);
const user = os.userInfo();
console.log(Object.getPrototypeOf(user), Object.keys(user).join(), user.uid === process.getuid());
const bufUser = os.userInfo({ encoding: 'buffer' });
console.log(Buffer.isBuffer(bufUser.username), bufUser.username.toString() === user.username);
