'use strict';
// Line editing of readline's Interface in terminal mode: keys insert text,
// move the cursor by characters and words, delete (into a kill ring), undo
// and redo, walk the history and complete with Tab. Installed on
// Interface.prototype by internal/readline/interface.

const { clearScreenDown, cursorTo, moveCursor } = require('internal/readline/callbacks');

const kMaxKillRing = 32;
const kMaxUndoRedo = 2048;

// Code units taken by the character before / at index i (2 for a
// surrogate pair), so that the cursor never splits one.
function charLengthLeft(str, i) {
  if (i <= 0) return 0;
  if (i > 1 && str.codePointAt(i - 2) >= 0x10000) return 2;
  return 1;
}

function charLengthAt(str, i) {
  if (str.length <= i) return 1;
  return str.codePointAt(i) >= 0x10000 ? 2 : 1;
}

function install(Interface, { kSubstringSearch, kSawReturnAt }) {
  const methods = {
    _insertString(c) {
      this._beforeEdit(this.line, this.cursor);
      if (this.cursor < this.line.length) {
        this.line = this.line.slice(0, this.cursor) + c + this.line.slice(this.cursor);
        this.cursor += c.length;
        this._refreshLine();
      } else {
        this.line += c;
        this.cursor += c.length;
        if (this.getCursorPos().cols === 0) this._refreshLine();
        else this._writeToOutput(c);
      }
    },

    _moveCursor(dx) {
      if (dx === 0) return;
      const oldPos = this.cursor;
      this.cursor = Math.max(0, Math.min(this.line.length, this.cursor + dx));
      if (this.cursor === oldPos) return;
      if (this.getCursorPos().rows === 0 && this.columns === Infinity) {
        moveCursor(this.output, this.cursor - oldPos, 0);
      } else {
        this._refreshLine();
      }
    },

    _deleteLeft() {
      if (this.cursor > 0 && this.line.length > 0) {
        this._beforeEdit(this.line, this.cursor);
        const size = charLengthLeft(this.line, this.cursor);
        this.line = this.line.slice(0, this.cursor - size) + this.line.slice(this.cursor);
        this.cursor -= size;
        this._refreshLine();
      }
    },

    _deleteRight() {
      if (this.cursor < this.line.length) {
        this._beforeEdit(this.line, this.cursor);
        const size = charLengthAt(this.line, this.cursor);
        this.line = this.line.slice(0, this.cursor) + this.line.slice(this.cursor + size);
        this._refreshLine();
      }
    },

    _charLeft() {
      this._moveCursor(-charLengthLeft(this.line, this.cursor));
    },

    _charRight() {
      this._moveCursor(+charLengthAt(this.line, this.cursor));
    },

    _deleteLineLeft() {
      this._beforeEdit(this.line, this.cursor);
      this._pushToKillRing(this.line.slice(0, this.cursor));
      this.line = this.line.slice(this.cursor);
      this.cursor = 0;
      this._refreshLine();
    },

    _deleteLineRight() {
      this._beforeEdit(this.line, this.cursor);
      this._pushToKillRing(this.line.slice(this.cursor));
      this.line = this.line.slice(0, this.cursor);
      this._refreshLine();
    },

    // Undo (Ctrl+_) and redo (Ctrl+^) restore the line and cursor as they
    // were before each edit.
    _beforeEdit(text, cursor) {
      this._undoStack.push({ text, cursor });
      if (this._undoStack.length > kMaxUndoRedo) this._undoStack.shift();
    },

    _undo() {
      if (this._undoStack.length === 0) return;
      this._redoStack.push({ text: this.line, cursor: this.cursor });
      const entry = this._undoStack.pop();
      this.line = entry.text;
      this.cursor = entry.cursor;
      this._refreshLine();
    },

    _redo() {
      if (this._redoStack.length === 0) return;
      this._undoStack.push({ text: this.line, cursor: this.cursor });
      const entry = this._redoStack.pop();
      this.line = entry.text;
      this.cursor = entry.cursor;
      this._refreshLine();
    },

    // The kill ring: text removed by line and word deletions, brought back by
    // Ctrl+Y and cycled through by Meta+Y right after.
    _pushToKillRing(text) {
      if (!text || text === this._killRing[0]) return;
      this._killRing.unshift(text);
      this._killRingCursor = 0;
      while (this._killRing.length > kMaxKillRing) this._killRing.pop();
    },

    _yank() {
      if (this._killRing.length > 0) {
        this._yanking = true;
        this._insertString(this._killRing[this._killRingCursor]);
      }
    },

    _yankPop() {
      if (!this._yanking || this._killRing.length <= 1) return;
      const lastYank = this._killRing[this._killRingCursor];
      this._killRingCursor = (this._killRingCursor + 1) % this._killRing.length;
      const currentYank = this._killRing[this._killRingCursor];
      const head = this.line.slice(0, this.cursor - lastYank.length);
      const tail = this.line.slice(this.cursor);
      this.line = head + currentYank + tail;
      this.cursor = head.length + currentYank.length;
      this._refreshLine();
    },

    // Word motions: a word is a run of word characters or of punctuation,
    // with the spaces next to it.
    _leftWordLength() {
      const reversed = [...this.line.slice(0, this.cursor)].reverse().join('');
      return reversed.match(/^\s*(?:[^\w\s]+|\w+)?/)[0].length;
    },

    _wordLeft() {
      if (this.cursor > 0) this._moveCursor(-this._leftWordLength());
    },

    _wordRight() {
      if (this.cursor < this.line.length) {
        const match = this.line.slice(this.cursor).match(/^(?:\s+|[^\w\s]+|\w+)\s*/);
        this._moveCursor(match[0].length);
      }
    },

    _deleteWordLeft() {
      if (this.cursor > 0) {
        this._beforeEdit(this.line, this.cursor);
        const leading = this.line.slice(0, this.cursor - this._leftWordLength());
        this._pushToKillRing(this.line.slice(leading.length, this.cursor));
        this.line = leading + this.line.slice(this.cursor);
        this.cursor = leading.length;
        this._refreshLine();
      }
    },

    _deleteWordRight() {
      if (this.cursor < this.line.length) {
        this._beforeEdit(this.line, this.cursor);
        const trailing = this.line.slice(this.cursor);
        const match = trailing.match(/^(?:\s+|\W+|\w+)\s*/);
        this._pushToKillRing(match[0]);
        this.line = this.line.slice(0, this.cursor) + trailing.slice(match[0].length);
        this._refreshLine();
      }
    },

    clearLine() {
      this._moveCursor(+Infinity);
      this._writeToOutput('\r\n');
      this.line = '';
      this.cursor = 0;
      this.prevRows = 0;
    },

    _line() {
      const line = this._addHistory();
      this.clearLine();
      this._onLine(line);
    },

    // Up and Down walk the history; with text before the cursor they only
    // visit entries starting with it (the search text comes back at the ends).
    _historyNext() {
      if (this.historyIndex >= 0) {
        this._beforeEdit(this.line, this.cursor);
        const search = this[kSubstringSearch] || '';
        let index = this.historyIndex - 1;
        while (index >= 0 &&
               ((search && !this.history[index].startsWith(search)) || this.line === this.history[index])) {
          index--;
        }
        this.line = index === -1 ? search : this.history[index];
        this.historyIndex = index;
        this.cursor = this.line.length;
        this._refreshLine();
      }
    },

    _historyPrev() {
      if (this.historyIndex < this.history.length && this.history.length) {
        this._beforeEdit(this.line, this.cursor);
        const search = this[kSubstringSearch] || '';
        let index = this.historyIndex + 1;
        while (index < this.history.length &&
               ((search && !this.history[index].startsWith(search)) || this.line === this.history[index])) {
          index++;
        }
        this.line = index === this.history.length ? search : this.history[index];
        this.historyIndex = index;
        this.cursor = this.line.length;
        this._refreshLine();
      }
    },

    // Asks the completer for [completions, completedText]. A common prefix is
    // inserted at once; the list itself is shown on a second Tab, laid out in
    // columns as wide as the longest entry ('' entries start a new group).
    // The callback Interface completes synchronously when the completer
    // does (readline/promises overrides this with an awaiting version).
    _tabComplete(lastKeypressWasTab) {
      this.pause();
      const string = this.line.slice(0, this.cursor);
      const onResult = (err, value) => {
        this.resume();
        if (err) {
          this._writeToOutput(`Tab completion error: ${require('internal/util/inspect').inspect(err)}`);
          return;
        }
        this._showCompletions(lastKeypressWasTab, value || []);
      };
      if (this.completer.length === 2) {
        this.completer(string, onResult);
        return;
      }
      let value;
      try {
        value = this.completer(string);
      } catch (err) {
        onResult(err);
        return;
      }
      onResult(null, value);
    },

    // Awaits the completer, so the result always arrives on a later
    // microtask (readline/promises).
    async _tabCompleteAsync(lastKeypressWasTab) {
      this.pause();
      const string = this.line.slice(0, this.cursor);
      let value;
      try {
        if (this.completer.length === 2) {
          value = await new Promise((resolve, reject) => {
            this.completer(string, (err, result) => (err ? reject(err) : resolve(result)));
          });
        } else {
          value = await this.completer(string);
        }
      } catch (err) {
        this._writeToOutput(`Tab completion error: ${require('internal/util/inspect').inspect(err)}`);
        return;
      } finally {
        this.resume();
      }
      this._showCompletions(lastKeypressWasTab, value || []);
    },

    _showCompletions(lastKeypressWasTab, [completions, completeOn]) {
      if (!completions || completions.length === 0) return;
      const nonEmpty = completions.filter((e) => e !== '');
      let prefix = nonEmpty.length ? nonEmpty[0] : '';
      for (const entry of nonEmpty) while (!entry.startsWith(prefix)) prefix = prefix.slice(0, -1);
      if (prefix.startsWith(completeOn) && prefix.length > completeOn.length) {
        this._insertString(prefix.slice(completeOn.length));
        return;
      } else if (!completeOn.startsWith(prefix)) {
        this.line = this.line.slice(0, this.cursor - completeOn.length) + prefix + this.line.slice(this.cursor);
        this.cursor = this.cursor - completeOn.length + prefix.length;
        this._refreshLine();
        return;
      }
      if (!lastKeypressWasTab) return;
      const { getStringWidth } = require('internal/util/inspect');
      const widths = completions.map((e) => getStringWidth(e));
      const width = Math.max(...widths) + 2;
      let maxColumns = Math.floor(this.columns / width) || 1;
      if (maxColumns === Infinity) maxColumns = 1;
      let output = '\r\n';
      let lineIndex = 0;
      let whitespace = 0;
      for (let i = 0; i < completions.length; i++) {
        const completion = completions[i];
        if (completion === '' || lineIndex === maxColumns) {
          output += '\r\n';
          lineIndex = 0;
          whitespace = 0;
        } else {
          output += ' '.repeat(whitespace);
        }
        if (completion !== '') {
          output += completion;
          whitespace = width - widths[i];
          lineIndex++;
        } else {
          output += '\r\n';
        }
      }
      if (lineIndex !== 0) output += '\r\n\r\n';
      this._writeToOutput(output);
      this._refreshLine();
    },

    // Terminal mode: one key at a time edits the line.
    _ttyWrite(s, key) {
      key = key || {};
      const previousKey = this._previousKey;
      this._previousKey = key;
      // Meta+Y continues a yank; any other key ends it.
      if (!key.meta || key.name !== 'y') this._yanking = false;
      // Up/Down remember the text before the cursor as a history search.
      if ((key.name === 'up' || key.name === 'down') && !key.ctrl && !key.meta && !key.shift) {
        if (this[kSubstringSearch] === null) this[kSubstringSearch] = this.line.slice(0, this.cursor);
      } else if (this[kSubstringSearch] !== null) {
        this[kSubstringSearch] = null;
        if (this.history.length === this.historyIndex) this.historyIndex = -1;
      }
      if (key.sequence === '\x1f') {
        this._undo();
        return;
      }
      if (key.sequence === '\x1e') {
        this._redo();
        return;
      }
      if (key.name === 'escape') return;
      if (key.ctrl && key.shift) {
        if (key.name === 'backspace') this._deleteLineLeft();
        else if (key.name === 'delete') this._deleteLineRight();
        return;
      }
      if (key.ctrl) {
        switch (key.name) {
          case 'c':
            if (this.listenerCount('SIGINT') > 0) this.emit('SIGINT');
            else this.close();
            return;
          case 'h': this._deleteLeft(); return;
          case 'd':
            if (this.cursor === 0 && this.line.length === 0) this.close();
            else this._deleteRight();
            return;
          case 'u': this._deleteLineLeft(); return;
          case 'k': this._deleteLineRight(); return;
          case 'a': this._moveCursor(-Infinity); return;
          case 'e': this._moveCursor(+Infinity); return;
          case 'b': this._charLeft(); return;
          case 'f': this._charRight(); return;
          case 'l': cursorTo(this.output, 0, 0); clearScreenDown(this.output); this._refreshLine(); return;
          case 'n': this._historyNext(); return;
          case 'p': this._historyPrev(); return;
          case 'y': this._yank(); return;
          case 'w':
          case 'backspace': this._deleteWordLeft(); return;
          case 'delete': this._deleteWordRight(); return;
          case 'left': this._wordLeft(); return;
          case 'right': this._wordRight(); return;
          case 'z':
            if (process.platform !== 'win32' && this.listenerCount('SIGTSTP') > 0) this.emit('SIGTSTP');
            return;
          default: return;
        }
      }
      if (key.meta) {
        switch (key.name) {
          case 'b': this._wordLeft(); return;
          case 'f': this._wordRight(); return;
          case 'y': this._yankPop(); return;
          case 'd':
          case 'delete': this._deleteWordRight(); return;
          case 'backspace': this._deleteWordLeft(); return;
          default: return;
        }
      }
      switch (key.name) {
        case 'return':
          this[kSawReturnAt] = Date.now();
          this._line();
          return;
        case 'enter':
          if (this[kSawReturnAt] === 0 || Date.now() - this[kSawReturnAt] > this.crlfDelay) this._line();
          this[kSawReturnAt] = 0;
          return;
        case 'backspace': this._deleteLeft(); return;
        case 'delete': this._deleteRight(); return;
        case 'left': this._charLeft(); return;
        case 'right': this._charRight(); return;
        case 'home': this._moveCursor(-Infinity); return;
        case 'end': this._moveCursor(+Infinity); return;
        case 'up': this._historyPrev(); return;
        case 'down': this._historyNext(); return;
        case 'tab':
          if (typeof this.completer === 'function') {
            this._tabComplete(!!(previousKey && previousKey.name === 'tab'));
            return;
          }
          break;
        default: break;
      }
      if (typeof s === 'string' && s) {
        // Pasted text may hold several lines.
        const lines = s.split(/\r\n|\n|\r/);
        for (let i = 0; i < lines.length; i++) {
          if (i > 0) this._line();
          if (lines[i]) this._insertString(lines[i]);
        }
      }
    },
  };
  for (const [name, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(methods))) {
    descriptor.enumerable = false;
    Object.defineProperty(Interface.prototype, name, descriptor);
  }
}

module.exports = { install };
