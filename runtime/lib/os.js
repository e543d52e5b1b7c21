'use strict';

// The public `os` module over internalBinding('os') (runtime/src/os.cc).
// Failing libuv calls come back as a filled ctx object and are thrown here
// as node's ERR_SYSTEM_ERROR.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
    ERR_SYSTEM_ERROR,
  },
} = require('internal/errors');

const binding = internalBinding('os');

function validateInt32(value, name, min = -2147483648, max = 2147483647) {
  if (typeof value !== 'number') {
    throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  }
  if (!Number.isInteger(value)) {
    throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  }
  if (value < min || value > max) {
    throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
  }
}

// Wraps a binding call that reports failure through a trailing ctx object.
function checked(fn) {
  return function wrappedFn(...args) {
    const ctx = {};
    const result = fn(...args, ctx);
    if (ctx.errno !== undefined) throw new ERR_SYSTEM_ERROR(ctx);
    return result;
  };
}

const getHostnameChecked = checked(binding.getHostname);
const getHomeDirectoryChecked = checked(binding.getHomeDirectory);
const getUptimeChecked = checked(binding.getUptime);
const getInterfaceAddressesChecked = checked(binding.getInterfaceAddresses);

// uname(2) does not change while the process runs; node reads it once.
const [osType, osVersion, osRelease, osMachine] =
  checked(binding.getOSInformation)();

const kEndianness = binding.isBigEndian ? 'BE' : 'LE';

function getHostname() { return getHostnameChecked(); }
// libuv reads HOME from the OS process's environment; a daemon session has
// its own process.env, so HOME is looked up there first, as uv does.
function getHomeDirectory() {
  const home = process.env.HOME;
  if (typeof home === 'string' && home.length > 0) return home;
  return getHomeDirectoryChecked();
}
function getUptime() { return getUptimeChecked(); }
function getFreeMem() { return binding.getFreeMem(); }
function getTotalMem() { return binding.getTotalMem(); }
function getAvailableParallelism() { return binding.getAvailableParallelism(); }
function getOSType() { return osType; }
function getOSVersion() { return osVersion; }
function getOSRelease() { return osRelease; }
function getMachine() { return osMachine; }

function loadavg() {
  const avg = new Float64Array(3);
  binding.getLoadAvg(avg);
  return [avg[0], avg[1], avg[2]];
}

function cpus() {
  // As node, a failing uv_cpu_info gives an empty list, not an error.
  const data = binding.getCPUs() || [];
  const result = [];
  for (let i = 0; i < data.length; i += 7) {
    result.push({
      model: data[i],
      speed: data[i + 1],
      times: {
        user: data[i + 2],
        nice: data[i + 3],
        sys: data[i + 4],
        idle: data[i + 5],
        irq: data[i + 6],
      },
    });
  }
  return result;
}

function arch() { return process.arch; }
function platform() { return process.platform; }
function endianness() { return kEndianness; }

function tmpdir() {
  const env = process.env;
  const path = env.TMPDIR || env.TMP || env.TEMP || '/tmp';
  if (path.length > 1 && path.endsWith('/')) return path.slice(0, -1);
  return path;
}

// The prefix length of a netmask, or null when its one bits are not
// contiguous.
function getCIDR(address, netmask, family) {
  let ones = 0;
  let split = '.';
  let range = 10;
  let groupLength = 8;
  let hasZeros = false;
  if (family === 'IPv6') {
    split = ':';
    range = 16;
    groupLength = 16;
  }
  for (const part of netmask.split(split)) {
    let bits = part === '' ? 0 : Number.parseInt(part, range);
    for (let i = 0; i < groupLength; i++) {
      const bit = (bits >> (groupLength - 1)) & 1;
      bits <<= 1;
      if (bit === 1) {
        if (hasZeros) return null;
        ones++;
      } else {
        hasZeros = true;
      }
    }
  }
  return `${address}/${ones}`;
}

function networkInterfaces() {
  const data = getInterfaceAddressesChecked();
  const result = {};
  if (data === undefined) return result;
  for (let i = 0; i < data.length; i += 7) {
    const name = data[i];
    const entry = {
      address: data[i + 1],
      netmask: data[i + 2],
      family: data[i + 3],
      mac: data[i + 4],
      internal: data[i + 5],
      cidr: getCIDR(data[i + 1], data[i + 2], data[i + 3]),
    };
    if (data[i + 6] !== -1) entry.scopeid = data[i + 6];
    if (result[name] === undefined) result[name] = [entry];
    else result[name].push(entry);
  }
  return result;
}

function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid');
  validateInt32(priority, 'priority', -20, 19);
  const ctx = {};
  if (binding.setPriority(pid, priority, ctx) !== 0) {
    throw new ERR_SYSTEM_ERROR(ctx);
  }
}

function getPriority(pid) {
  if (pid === undefined) pid = 0;
  else validateInt32(pid, 'pid');
  const ctx = {};
  const priority = binding.getPriority(pid, ctx);
  if (priority === undefined) throw new ERR_SYSTEM_ERROR(ctx);
  return priority;
}

function userInfo(options) {
  if (typeof options !== 'object') options = null;
  const ctx = {};
  const user = binding.getUserInfo(ctx);
  if (user === undefined) throw new ERR_SYSTEM_ERROR(ctx);
  // The binding returns UTF-8 strings; other encodings re-encode the bytes.
  const encoding = options !== null ? options.encoding : undefined;
  if (typeof encoding === 'string' && encoding !== 'utf8' && encoding !== 'utf-8') {
    const { Buffer } = require('buffer');
    if (encoding === 'buffer' || Buffer.isEncoding(encoding)) {
      for (const key of ['username', 'homedir', 'shell']) {
        if (typeof user[key] !== 'string') continue;
        const bytes = Buffer.from(user[key], 'utf8');
        user[key] = encoding === 'buffer' ? bytes : bytes.toString(encoding);
      }
    }
  }
  return user;
}

// Several values convert to their result when used as primitives, so that
// `${os.hostname}` still works for code written for very old node versions.
for (const fn of [getAvailableParallelism, getFreeMem, getHostname, getOSVersion,
                  getOSType, getOSRelease, getMachine, getHomeDirectory,
                  getTotalMem, getUptime, arch, platform, tmpdir, endianness]) {
  fn[Symbol.toPrimitive] = () => fn();
}

module.exports = {
  arch,
  availableParallelism: getAvailableParallelism,
  cpus,
  endianness,
  freemem: getFreeMem,
  getPriority,
  homedir: getHomeDirectory,
  hostname: getHostname,
  loadavg,
  networkInterfaces,
  platform,
  release: getOSRelease,
  setPriority,
  tmpdir,
  totalmem: getTotalMem,
  type: getOSType,
  userInfo,
  uptime: getUptime,
  version: getOSVersion,
  machine: getMachine,
};

Object.defineProperties(module.exports, {
  constants: {
    __proto__: null,
    configurable: false,
    enumerable: true,
    value: binding.constants,
  },
  EOL: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    writable: false,
    value: '\n',
  },
  devNull: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    writable: false,
    value: '/dev/null',
  },
});
