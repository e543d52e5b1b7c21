// import() from CommonJS returns a namespace; top-level ordering holds.
console.log('start');
import('../fixtures/esm/lib.js').then((ns) => {
  console.log('loaded', ns.value, ns.default());
});
console.log('end');
