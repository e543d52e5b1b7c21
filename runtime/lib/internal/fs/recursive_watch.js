'use strict';
// fs.watch(dir, { recursive: true }) on Linux, where inotify (and so
// uv_fs_event) watches one directory at a time. As node 20 does there, the
// tree is walked and every directory gets its own watcher; directories that
// appear later are walked and watched when their parent reports them (what
// they already hold is reported as created), and the watchers of a removed
// directory are closed. Names are relative to the watched root. A 'change'
// for a file whose mtime has not moved since it was reported created is
// dropped, as node's own implementation does (a file written right after its
// creation is reported once, as 'rename').

const EventEmitter = require('events');
const { binding, getValidatedPath, encodeNames, pathModule } = require('internal/fs/utils');

const { join, relative, resolve, basename } = pathModule;

// watchers.js loads this module on first use, so it is complete by then.
function watchError(errno, path) {
  return require('internal/fs/watchers').watchError(errno, path);
}

function lstatOrNull(path) {
  try {
    return require('fs').lstatSync(path);
  } catch {
    return null;
  }
}

class FSWatcher extends EventEmitter {
  #root = '';
  #encoding = 'utf8';
  #persistent = true;
  #closed = false;
  #referenced = true;
  // Every path under the root reported so far, with its last stats.
  #known = new Map();
  // Directory path -> its uv_fs_event handle.
  #handles = new Map();

  // Starts watching; throws node's ENOENT error when the root is missing.
  start(filename, persistent, encoding) {
    this.#root = resolve(getValidatedPath(filename, 'filename'));
    this.#persistent = persistent;
    this.#encoding = encoding || 'utf8';
    const stats = lstatOrNull(this.#root) ?? require('fs').statSync(this.#root);
    this.#known.set(this.#root, stats);
    this.#watchDirectory(this.#root, false);
  }

  #emit(eventType, path) {
    if (this.#closed) return;
    let name = relative(this.#root, path) || basename(path);
    if (this.#encoding !== 'utf8') name = encodeNames([name], this.#encoding)[0];
    this.emit('change', eventType, name);
  }

  // Watches `dir` and everything below it. `report` says whether the entries
  // found are news (a directory created after the watch started).
  #watchDirectory(dir, report) {
    if (this.#closed || this.#handles.has(dir)) return;
    const handle = new binding.FSEvent();
    handle.onchange = (status, eventType, name) => this.#onEvent(dir, status, eventType, name);
    const err = handle.start(dir, this.#persistent, false);
    if (err) {
      handle.close();
      // The root must be watchable; a subdirectory may vanish meanwhile.
      if (dir === this.#root) throw watchError(err, dir);
      return;
    }
    if (!this.#referenced) handle.unref();
    this.#handles.set(dir, handle);
    let entries;
    try {
      entries = require('fs').readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (this.#known.has(path)) continue;
      this.#known.set(path, lstatOrNull(path));
      if (report) this.#emit('rename', path);
      if (entry.isDirectory()) this.#watchDirectory(path, report);
    }
  }

  #forget(path) {
    const prefix = path + '/';
    for (const known of [...this.#known.keys()]) {
      if (known === path || known.startsWith(prefix)) this.#known.delete(known);
    }
    for (const [dir, handle] of [...this.#handles]) {
      if (dir === path || dir.startsWith(prefix)) {
        handle.close();
        this.#handles.delete(dir);
      }
    }
  }

  #onEvent(dir, status, eventType, name) {
    if (this.#closed) return;
    if (status < 0) {
      this.close();
      this.emit('error', watchError(status, dir));
      return;
    }
    // A watched directory reports its own removal under its own name: its
    // parent's watcher reports that one.
    if (name === null || (name === basename(dir) && dir !== this.#root && lstatOrNull(dir) === null)) return;
    const path = join(dir, name);
    const stats = lstatOrNull(path);
    if (eventType === 'rename') {
      if (stats === null) {
        this.#forget(path);
      } else {
        this.#known.set(path, stats);
      }
      this.#emit('rename', path);
      if (stats?.isDirectory()) this.#watchDirectory(path, true);
      return;
    }
    const before = this.#known.get(path);
    if (stats !== null && before && !stats.isDirectory() && before.mtimeMs === stats.mtimeMs) return;
    if (stats !== null) this.#known.set(path, stats);
    this.#emit('change', path);
  }

  close() {
    if (this.#closed) return;
    this.#closed = true;
    for (const handle of this.#handles.values()) handle.close();
    this.#handles.clear();
    this.#known.clear();
    this.emit('close');
  }

  ref() {
    this.#referenced = true;
    for (const handle of this.#handles.values()) handle.ref();
    return this;
  }

  unref() {
    this.#referenced = false;
    for (const handle of this.#handles.values()) handle.unref();
    return this;
  }
}

module.exports = { FSWatcher };
