// An input stream's error reaches the interface's 'error' listeners and
// rejects a `for await` over its lines.
const fs = require('fs');
const path = require('path');
const readline = require('readline');
const missing = path.join(__dirname, 'no-such-file.txt');
const rl = readline.createInterface({ input: fs.createReadStream(missing), crlfDelay: Infinity });
rl.on('error', (err) => console.log('error event', err.code, err.syscall));

async function lines() {
  const r = readline.createInterface({ input: fs.createReadStream(missing), crlfDelay: Infinity });
  for await (const line of r) console.log(line);
}
lines().catch((err) => console.log('rejected', err.code));
