'use strict';
// util.inspect(url, { showHidden: true }) shows the parser context as node does.
const util = require('util');
for (const s of ['http://h/', 'https://u:p@h.com:81/a?b#c', 'foo:bar', 'file:///x', 'foo://u@h', 'http://u@h/', 'http://:p@h/', 'foo:/a', 'blob:x', 'wss://[::1]:9/', 'ftp://h/?', 'ws://h/#', 'foo:/.//a', 'foo:?q#h']) console.log(util.inspect(new URL(s), { showHidden: true }));
