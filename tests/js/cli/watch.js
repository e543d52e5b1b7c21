// --watch: the script runs in a child, and again when a file it loaded
// changes (its dependencies too; other.js, never loaded, does not count);
// a failing run is reported and rerun once fixed; --watch-path watches a
// directory instead; the supervisor stops its child on SIGTERM.
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const readline = require('readline');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-watch-'));
const write = (name, text) => fs.writeFileSync(path.join(dir, name), text);
const tidy = (line) => line.split(dir + path.sep).join('');

// Runs `args` under --watch and after each "Completed"/"Failed" line calls
// the next step; a step that expects a restart saves its file again every
// 300 ms until the restart shows (a save can land before the watch is up).
function session(args, steps) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--watch', ...args], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    const lines = [];
    let step = 0;
    let resave = null;
    child.stderr.on('data', () => {});
    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      // node 20 restarts twice for one save under --watch-path (two events
      // for the truncate and the write); once is what counts here.
      if (line.startsWith('Restarting') && lines[lines.length - 1] === tidy(line)) return;
      lines.push(tidy(line));
      if (line.startsWith('Restarting')) {
        clearInterval(resave);
        resave = null;
      }
      if (!line.startsWith('Completed running') && !line.startsWith('Failed running')) return;
      if (step === steps.length) {
        // A file the script never loaded changes: no restart may follow.
        write('other.js', `module.exports = ${Date.now()};\n`);
        setTimeout(() => child.kill('SIGTERM'), 1000);
        return;
      }
      const action = steps[step++];
      action();
      resave = setInterval(action, 300);
    });
    child.on('exit', (code, signal) => {
      clearInterval(resave);
      resolve({ lines, code, signal });
    });
  });
}

(async () => {
  write('dep.js', 'module.exports = 1;\n');
  write('other.js', 'module.exports = "not loaded";\n');
  write('main.js', 'console.log("main sees dep", require("./dep"));\n');
  let result = await session(['main.js'], [
    () => write('dep.js', 'module.exports = 2;\n'),
  ]);
  console.log(result.lines.join('\n'));
  console.log('supervisor exit:', result.code, result.signal);

  write('bad.js', 'throw new Error("broken");\n');
  result = await session(['bad.js'], [
    () => write('bad.js', 'console.log("fixed");\n'),
  ]);
  console.log(result.lines.join('\n'));

  fs.mkdirSync(path.join(dir, 'src'));
  write('src/a.txt', 'one');
  write('plain.js', 'console.log("plain run");\n');
  result = await session(['--watch-path=src', 'plain.js'], [
    () => write('src/a.txt', 'two'),
  ]);
  console.log(result.lines.join('\n'));

  fs.rmSync(dir, { recursive: true });
})();
