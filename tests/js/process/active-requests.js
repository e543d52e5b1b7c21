'use strict';
// fs requests in flight show in process._getActiveRequests() and, by kind,
// in process.getActiveResourcesInfo(); they are gone once completed.
const fs = require('fs');
let pending = 4;
const done = () => {
  if (--pending === 0) {
    setImmediate(() => console.log('after', process._getActiveRequests().length,
                                   process.getActiveResourcesInfo().filter((r) => r.startsWith('FSReq'))));
  }
};
for (let i = 0; i < 3; i++) fs.stat(__filename, done);
fs.promises.readFile(__filename).then(done);
console.log('during', process._getActiveRequests().length,
            process.getActiveResourcesInfo().filter((r) => r.startsWith('FSReq')));
