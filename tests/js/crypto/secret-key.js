'use strict';
// createSecretKey / KeyObject, and secret KeyObjects as createHmac and hkdf keys.
const c = require('crypto');
const k = c.createSecretKey(Buffer.from('abc'));
console.log(k.type, k.symmetricKeySize, k.asymmetricKeyType, k.export(), k.export({ format: 'jwk' }), k.equals(c.createSecretKey('abc', 'utf8')), k.equals(c.createSecretKey('abd')), Object.prototype.toString.call(k), typeof c.KeyObject, k instanceof c.KeyObject);
for (const f of [() => c.createSecretKey(1), () => new c.KeyObject('secret'), () => k.export({ format: 'x' })]) try { f(); } catch (e) { console.log(e.code, e.message); }
console.log(c.createHmac('sha256', k).update('x').digest('hex'), Buffer.from(c.hkdfSync('sha256', k, 's', 'i', 8)).toString('hex'));
