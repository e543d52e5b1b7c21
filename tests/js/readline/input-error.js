// An input stream's error reaches the interface's 'error' listeners and
// rejects a `for await` over its lines.
const fs = require('fs');
const path = require('path');
const readline = require('readline');
const missing = path.join(__dirname, 'no-such-file.txt');
const rl = readline.createInterface({ input: fs.createReadStream(missing), crlfDelay: Infinity });
// The second interface starts after the first one's error: two opens in
// flight at once complete in whichever order the thread pool finishes them.
rl.on('error', (err) => {
  console.log('error event', err.code, err.syscall);
  lines().catch((e) => console.log('rejected', e.code));
});

async function lines() {
  const r = readline.createInterface({ input: fs.createReadStream(missing), crlfDelay: Infinity });
  for await (const line of r) console.log(line);
}
