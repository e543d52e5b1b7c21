// URL objects without their custom inspect print as their href (or URL {} past depth).
const util = require('util');
console.log(util.inspect({ href: 'h', protocol: 'p' }), util.inspect({ href: 'h', protocol: 'p', x: 1 }, { customInspect: false }));
console.log(util.inspect(new URL('http://a/b'), { customInspect: false }));
console.log(util.inspect({ u: { v: { w: new URL('http://a/b') } } }, { customInspect: false }));
