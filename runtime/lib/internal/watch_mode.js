'use strict';
// vigil --watch script.js: runs the script in a child vigil and runs it again
// whenever a file it loaded changes (or, with --watch-path, anything under
// the given paths). The child reports each module it loads over an IPC
// channel (WATCH_REPORT_DEPENDENCIES); this process only supervises, and
// prints node's lines: "Completed running '<file>'", "Failed running ...",
// "Restarting ...". Without --watch-preserve-output the terminal is cleared
// on each restart.
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');
const { inspect } = require('util');
const { fileURLToPath } = require('internal/url');

// A burst of writes (an editor's truncate + write) makes one restart.
const kThrottleMs = 200;
const kKillSignal = 'SIGTERM';

// ANSI colors only for a terminal, as node's internal/util/colors.
function colors() {
  const on = process.stdout.isTTY === true && process.env.NO_COLOR === undefined && process.env.NODE_DISABLE_COLORS === undefined;
  return on ?
    { blue: '\u001b[34m', green: '\u001b[32m', red: '\u001b[31m', white: '\u001b[39m', clear: '\u001bc' } :
    { blue: '', green: '', red: '', white: '', clear: '' };
}

// Watches directories rather than files: an editor that saves by writing a
// new file and renaming it over the old one replaces the inode a file watch
// would follow.
class FilesWatcher {
  #onChange;
  #dirs = new Map();     // directory -> fs.FSWatcher
  #files = new Set();    // files whose changes count (module mode)
  #roots = [];           // --watch-path roots (everything under them counts)
  #quiet = new Map();    // file -> time until which its events are ignored

  constructor(onChange) {
    this.#onChange = onChange;
  }

  watchFile(file) {
    this.#files.add(file);
    this.#watchDir(path.dirname(file), false);
  }

  watchPath(root) {
    this.#roots.push(root);
    let isDir = false;
    try {
      isDir = fs.statSync(root).isDirectory();
    } catch {
      // Not there yet: its parent sees it appear.
    }
    this.#watchDir(isDir ? root : path.dirname(root), isDir);
  }

  // The modules of the last run stop counting; the next run reports its own.
  clearFiles() {
    this.#files.clear();
  }

  close() {
    for (const watcher of this.#dirs.values()) watcher.close();
    this.#dirs.clear();
  }

  #watchDir(dir, recursive) {
    if (this.#dirs.has(dir)) return;
    let watcher;
    try {
      watcher = fs.watch(dir, { recursive, persistent: true }, (event, name) => {
        if (name) this.#changed(path.join(dir, name.toString()));
      });
    } catch {
      return;
    }
    watcher.on('error', () => {});
    this.#dirs.set(dir, watcher);
  }

  #counts(file) {
    if (this.#files.has(file)) return true;
    return this.#roots.some((root) => file === root || file.startsWith(root + path.sep));
  }

  #changed(file) {
    if (!this.#counts(file)) return;
    const now = Date.now();
    if ((this.#quiet.get(file) ?? 0) > now) return;
    this.#quiet.set(file, now + kThrottleMs);
    this.#onChange(file);
  }
}

function run() {
  const watchPaths = [];
  let preserveOutput = false;
  // The child gets the same options, without the watch ones.
  const execArgv = [];
  const argv = process.execArgv;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--watch') continue;
    if (arg === '--watch-preserve-output') {
      preserveOutput = true;
      continue;
    }
    if (arg === '--watch-path') {
      if (i + 1 < argv.length) watchPaths.push(path.resolve(argv[++i]));
      continue;
    }
    if (arg.startsWith('--watch-path=')) {
      watchPaths.push(path.resolve(arg.slice('--watch-path='.length)));
      continue;
    }
    execArgv.push(arg);
  }
  const command = process.argv.slice(1);
  const commandText = inspect(command.join(' '));
  const filterModules = watchPaths.length === 0;
  const { blue, green, red, white, clear } = colors();

  let child = null;
  let exited = true;
  let restarting = false;
  let pending = false;

  const watcher = new FilesWatcher(() => {
    pending = true;
    if (!restarting) restart();
  });
  for (const p of watchPaths) watcher.watchPath(p);

  function start() {
    exited = false;
    child = spawn(process.execPath, [...execArgv, ...command], {
      stdio: filterModules ? ['inherit', 'inherit', 'inherit', 'ipc'] : 'inherit',
      env: { ...process.env, WATCH_REPORT_DEPENDENCIES: '1' },
    });
    if (filterModules) {
      child.on('message', (message) => {
        if (message === null || typeof message !== 'object') return;
        for (const file of message['watch:require'] ?? []) watcher.watchFile(file);
        for (const url of message['watch:import'] ?? []) {
          if (typeof url === 'string' && url.startsWith('file:')) watcher.watchFile(fileURLToPath(url));
        }
      });
    }
    child.once('exit', (code) => {
      exited = true;
      if (code === 0) process.stdout.write(`${blue}Completed running ${commandText}${white}\n`);
      else process.stdout.write(`${red}Failed running ${commandText}${white}\n`);
    });
  }

  // Stops the running child (SIGTERM) and waits for it; says so when it takes
  // more than half a second.
  function stop(signal = kKillSignal) {
    return new Promise((resolve) => {
      if (child === null || exited) {
        resolve(child?.exitCode ?? 0);
        return;
      }
      let reported = false;
      const timer = setTimeout(() => {
        reported = true;
        process.stdout.write(`${blue}Waiting for graceful termination...${white}\n`);
      }, 500);
      timer.unref();
      child.once('exit', (code) => {
        clearTimeout(timer);
        if (reported) process.stdout.write(`${clear}${green}Gracefully restarted ${commandText}${white}\n`);
        resolve(code);
      });
      child.kill(signal);
    });
  }

  async function restart() {
    restarting = true;
    while (pending) {
      pending = false;
      if (!preserveOutput) process.stdout.write(clear);
      process.stdout.write(`${green}Restarting ${commandText}${white}\n`);
      watcher.clearFiles();
      await stop();
      start();
    }
    restarting = false;
  }

  // This process runs no user code: on SIGINT/SIGTERM it stops the child and
  // leaves with its exit code, before the child could write after it.
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, async () => {
      watcher.close();
      const code = await stop(signal);
      process.exit(code ?? 0);
    });
  }

  start();
}

// In the child: tells the supervisor about each module as it is loaded.
function reportModule(key, value) {
  if (process.env.WATCH_REPORT_DEPENDENCIES && typeof process.send === 'function') {
    try {
      process.send({ [key]: [value] });
    } catch {
      // The supervisor is gone: nothing to tell.
    }
  }
}

module.exports = { run, reportModule };
