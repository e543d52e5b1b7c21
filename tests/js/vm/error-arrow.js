'use strict';
// Errors thrown by vm code (and syntax errors) carry where they were thrown
// in front of their stack, once; not with displayErrors: false nor for
// thrown primitives. process.exit() inside vm code still exits.
const vm=require('vm'); try { vm.runInThisContext('  throw new Error("x")', {filename:'f.js'}) } catch(e) { console.log(JSON.stringify(e.stack.split('\n').slice(0,6))) }
try { vm.runInThisContext('  throw new Error("x")', {filename:'f.js', displayErrors:false}) } catch(e) { console.log(JSON.stringify(e.stack.split('\n').slice(0,2))) }
try { vm.runInThisContext('throw 5', {filename:'f.js'}) } catch(e) { console.log(e) }
try { vm.runInThisContext('function f(){ throw new Error("y") }; f()', {filename:'g.js'}) } catch(e) { console.log(JSON.stringify(e.stack.split('\n').slice(0,6))) }
try { vm.runInThisContext('var x = ;', {filename:'s.js'}) } catch(e) { console.log(JSON.stringify(e.stack.split('\n').slice(0,5))) }
try { new vm.Script('var x = ;', {filename:'s2.js'}) } catch(e) { console.log(JSON.stringify(e.stack.split('\n').slice(0,5))) }
try { vm.runInThisContext('require("vm").runInThisContext("throw new Error(1)", {filename:"inner.js"})', {filename:'outer.js'}) } catch(e) { console.log(JSON.stringify(e.stack.split('\n').slice(0,6))) }
vm.runInThisContext('process.exit(3)');
console.log('not reached');
