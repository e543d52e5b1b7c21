// The shape of the util module as console.log shows it (names, getters, order).
console.log(require('util')); console.log(require('util').types)
