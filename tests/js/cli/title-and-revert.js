// Flags: --title=vigil-title-test --security-revert=CVE-2024-27980
'use strict';
// --title names the process; --security-revert of the one CVE node 20 knows
// is accepted, announced on stderr and marked on process.
console.log(process.title);
console.log(process.REVERT_CVE_2024_27980);
console.log(process.execArgv);
