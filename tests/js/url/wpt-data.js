'use strict';
// The URL Standard's shared test data (urltestdata.json, setters_tests.json,
// toascii.json from web-platform-tests, as vendored in Node's source tree):
// every case must pass. Prints the failures and a count.
const dir = '../../../.deps/nodejs-src/test/fixtures/wpt/url/resources/';
const urltestdata = require(`${dir}urltestdata.json`);
const setters = require(`${dir}setters_tests.json`);
const toascii = require(`${dir}toascii.json`);

const counts = { pass: 0, fail: 0 };
function check(name, ok, detail) {
  if (ok) {
    counts.pass++;
  } else {
    counts.fail++;
    console.log('FAIL', name, detail || '');
  }
}
const components = ['href', 'protocol', 'username', 'password', 'host', 'hostname', 'port',
                    'pathname', 'search', 'hash'];

for (const t of urltestdata) {
  if (typeof t === 'string') continue;
  let url = null;
  try {
    url = t.base == null ? new URL(t.input) : new URL(t.input, t.base);
  } catch {
    // A failure is checked below.
  }
  const name = `parse ${JSON.stringify(t.input)} against ${JSON.stringify(t.base)}`;
  if (t.failure) {
    check(name, url === null, url && url.href);
    continue;
  }
  if (url === null) {
    check(name, false, 'threw');
    continue;
  }
  const bad = components.filter((k) => url[k] !== t[k]).map((k) => `${k}=${JSON.stringify(url[k])}`);
  if (t.origin !== undefined && url.origin !== t.origin) bad.push(`origin=${url.origin}`);
  if (t.searchParams !== undefined && url.searchParams.toString() !== t.searchParams) bad.push('searchParams');
  check(name, bad.length === 0, bad.join(' '));
}

for (const property of Object.keys(setters)) {
  if (property === 'comment') continue;
  for (const t of setters[property]) {
    const url = new URL(t.href);
    url[property] = t.new_value;
    const bad = Object.keys(t.expected).filter((k) => url[k] !== t.expected[k])
      .map((k) => `${k}=${JSON.stringify(url[k])}`);
    check(`set ${property} of ${t.href} to ${JSON.stringify(t.new_value)}`, bad.length === 0, bad.join(' '));
  }
}

for (const t of toascii) {
  if (typeof t === 'string') continue;
  let url = null;
  try {
    url = new URL(`https://${t.input}/x`);
  } catch {
    // Checked below.
  }
  const name = `toascii ${JSON.stringify(t.input)}`;
  if (t.output === null) {
    check(name, url === null, url && url.host);
  } else {
    check(name, url !== null && url.host === t.output && url.hostname === t.output &&
          url.pathname === '/x', url && url.host);
  }
  const viaSetter = new URL('https://x/x');
  viaSetter.hostname = t.input;
  check(`${name} via hostname setter`, viaSetter.hostname === (t.output === null ? 'x' : t.output),
        viaSetter.hostname);
}
console.log(counts);
