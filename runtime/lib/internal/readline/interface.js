'use strict';
// readline's Interface: splits an input stream into lines ('line'), with
// question(), prompt(), pause/resume, history and async iteration. Without a
// terminal the input is decoded and split on \n, \r\n and \r (a \r\n pair
// split across chunks within crlfDelay counts once); with a terminal the
// keys edit this.line and are echoed to the output.

const EventEmitter = require('events');
const { AbortError, codes: { ERR_INVALID_ARG_VALUE, ERR_USE_AFTER_CLOSE } } = require('internal/errors');
const { validateFunction, validateNumber, validateString, validateUint32 } = require('internal/validators');
const { clearScreenDown, cursorTo, moveCursor } = require('internal/readline/callbacks');
const emitKeypressEvents = require('internal/readline/emitKeypressEvents');

const kHistorySize = 30;
const kMincrlfDelay = 100;
const lineEnding = /\r?\n|\r(?!\n)/g;

const kLineBuffer = Symbol('_line_buffer');
const kSawReturnAt = Symbol('_sawReturnAt');
const kQuestionCallback = Symbol('_questionCallback');
const kOldPrompt = Symbol('_oldPrompt');
const kLineObjectStream = Symbol('line object stream');
const kQuestionCancel = Symbol('kQuestionCancel');
const kDecoder = Symbol('_decoder');
const kSubstringSearch = Symbol('_substringSearch');

class Interface extends EventEmitter {
  constructor(input, output, completer, terminal) {
    super();
    let history;
    let historySize;
    let removeHistoryDuplicates = false;
    let crlfDelay;
    let prompt = '> ';
    let signal;
    if (input && input.input) {
      // An options object.
      output = input.output;
      completer = input.completer;
      terminal = input.terminal;
      history = input.history;
      historySize = input.historySize;
      signal = input.signal;
      if (input.tabSize !== undefined) validateUint32(input.tabSize, 'tabSize', true);
      this.tabSize = input.tabSize !== undefined ? input.tabSize : 8;
      removeHistoryDuplicates = input.removeHistoryDuplicates;
      if (input.escapeCodeTimeout !== undefined) {
        if (Number.isFinite(input.escapeCodeTimeout) && input.escapeCodeTimeout > 0) {
          this.escapeCodeTimeout = input.escapeCodeTimeout;
        } else {
          throw new ERR_INVALID_ARG_VALUE('input.escapeCodeTimeout', input.escapeCodeTimeout);
        }
      }
      if (input.prompt !== undefined) prompt = input.prompt;
      crlfDelay = input.crlfDelay;
      input = input.input;
    } else {
      this.tabSize = 8;
    }
    if (completer !== undefined && typeof completer !== 'function') {
      throw new ERR_INVALID_ARG_VALUE('completer', completer);
    }
    if (history === undefined) history = [];
    else if (!Array.isArray(history)) throw new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)('history', 'Array', history);
    if (historySize === undefined) historySize = kHistorySize;
    // Node 20's check (node 18 answered ERR_INVALID_ARG_VALUE for all).
    validateNumber(historySize, 'historySize', 0);
    if (terminal === undefined && !(output === null || output === undefined)) terminal = !!output.isTTY;

    if (this.escapeCodeTimeout === undefined) this.escapeCodeTimeout = 500;
    this.output = output;
    this.input = input;
    this.history = history;
    this.historySize = historySize;
    this.removeHistoryDuplicates = !!removeHistoryDuplicates;
    this.crlfDelay = crlfDelay ? Math.max(kMincrlfDelay, crlfDelay) : kMincrlfDelay;
    this.completer = completer;
    this._prompt = prompt;
    this.terminal = !!terminal;
    this.line = '';
    this.cursor = 0;
    this.historyIndex = -1;
    this.closed = false;
    this.paused = false;
    this.prevRows = 0;
    this._undoStack = [];
    this._redoStack = [];
    this._killRing = [];
    this._killRingCursor = 0;
    this._yanking = false;
    this[kLineBuffer] = null;
    this[kSawReturnAt] = 0;
    this[kQuestionCallback] = null;
    this[kOldPrompt] = '';
    this[kSubstringSearch] = null;
    const { StringDecoder } = require('string_decoder');
    this[kDecoder] = new StringDecoder('utf8');

    const self = this;
    function ondata(data) {
      self._normalWrite(data);
    }
    // An input stream's error becomes the interface's own 'error' (which
    // also ends a pending `for await` over the lines).
    function onerror(err) {
      self.emit('error', err);
    }
    function onend() {
      if (typeof self[kLineBuffer] === 'string' && self[kLineBuffer].length > 0) {
        self.emit('line', self[kLineBuffer]);
      }
      self.close();
    }
    function ontermend() {
      if (typeof self.line === 'string' && self.line.length > 0) self.emit('line', self.line);
      self.close();
    }
    function onkeypress(s, key) {
      self._ttyWrite(s, key);
    }
    function onresize() {
      self._refreshLine();
    }

    if (signal) {
      const onAborted = () => self.close();
      if (signal.aborted) {
        process.nextTick(onAborted);
      } else {
        signal.addEventListener('abort', onAborted, { once: true });
        self.once('close', () => signal.removeEventListener('abort', onAborted));
      }
    }

    input.on('error', onerror);
    this.once('close', () => input.removeListener('error', onerror));

    if (!this.terminal) {
      input.on('data', ondata);
      input.on('end', onend);
      this.once('close', () => {
        input.removeListener('data', ondata);
        input.removeListener('end', onend);
      });
    } else {
      emitKeypressEvents(input, this);
      input.on('keypress', onkeypress);
      input.on('end', ontermend);
      this._setRawMode(true);
      this.terminal = true;
      if (output !== null && output !== undefined) output.on('resize', onresize);
      this.once('close', () => {
        input.removeListener('keypress', onkeypress);
        input.removeListener('end', ontermend);
        if (output !== null && output !== undefined) output.removeListener('resize', onresize);
      });
    }
    input.resume();
  }

  get columns() {
    if (this.output && this.output.columns) return this.output.columns;
    return Infinity;
  }

  setPrompt(prompt) {
    this._prompt = prompt;
  }

  getPrompt() {
    return this._prompt;
  }

  _setRawMode(mode) {
    const wasInRawMode = this.input.isRaw;
    if (typeof this.input.setRawMode === 'function') this.input.setRawMode(mode);
    return wasInRawMode;
  }

  prompt(preserveCursor) {
    if (this.paused) this.resume();
    if (this.terminal && process.env.TERM !== 'dumb') {
      if (!preserveCursor) this.cursor = 0;
      this._refreshLine();
    } else {
      this._writeToOutput(this._prompt);
    }
  }

  question(query, options, cb) {
    cb = typeof options === 'function' ? options : cb;
    if (options === null || typeof options !== 'object') options = {};
    if (options.signal) {
      if (options.signal.aborted) return;
      const onAbort = () => this[kQuestionCancel]();
      options.signal.addEventListener('abort', onAbort, { once: true });
      const cleanup = () => options.signal.removeEventListener('abort', onAbort);
      const original = cb;
      cb = typeof cb === 'function' ? (answer) => {
        cleanup();
        return original(answer);
      } : cleanup;
    }
    if (typeof cb === 'function') this._question(query, cb);
  }

  _question(query, cb) {
    if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
    if (this[kQuestionCallback]) {
      this.prompt();
    } else {
      this[kOldPrompt] = this._prompt;
      this.setPrompt(query);
      this[kQuestionCallback] = cb;
      this.prompt();
    }
  }

  [kQuestionCancel]() {
    if (this[kQuestionCallback]) {
      this[kQuestionCallback] = null;
      this.setPrompt(this[kOldPrompt]);
      this.clearLine();
    }
  }

  _onLine(line) {
    if (this[kQuestionCallback]) {
      const cb = this[kQuestionCallback];
      this[kQuestionCallback] = null;
      this.setPrompt(this[kOldPrompt]);
      cb(line);
    } else {
      this.emit('line', line);
    }
  }

  _writeToOutput(stringToWrite) {
    validateString(stringToWrite, 'stringToWrite');
    if (this.output !== null && this.output !== undefined) this.output.write(stringToWrite);
  }

  _addHistory() {
    if (this.line.length === 0) return '';
    if (this.historySize === 0) return this.line;
    if (this.line.trim().length === 0) return this.line;
    if (this.history.length === 0 || this.history[0] !== this.line) {
      if (this.removeHistoryDuplicates) {
        const dupIndex = this.history.indexOf(this.line);
        if (dupIndex !== -1) this.history.splice(dupIndex, 1);
      }
      this.history.unshift(this.line);
      if (this.history.length > this.historySize) this.history.pop();
    }
    this.historyIndex = -1;
    const line = this.history[0];
    this.emit('history', this.history);
    return line;
  }

  _refreshLine() {
    const line = this._prompt + this.line;
    const dispPos = this._getDisplayPos(line);
    const cursorPos = this.getCursorPos();
    const prevRows = this.prevRows || 0;
    if (prevRows > 0) moveCursor(this.output, 0, -prevRows);
    cursorTo(this.output, 0);
    clearScreenDown(this.output);
    this._writeToOutput(line);
    // A line that exactly fills the terminal needs the cursor moved down.
    if (dispPos.cols === 0) this._writeToOutput(' ');
    cursorTo(this.output, cursorPos.cols);
    const diff = dispPos.rows - cursorPos.rows;
    if (diff > 0) moveCursor(this.output, 0, -diff);
    this.prevRows = cursorPos.rows;
  }

  // Where `str` ends on the screen: wide characters take two columns (and
  // never straddle the edge), combining marks none, tabs jump to the next
  // stop, and newlines start a row.
  _getDisplayPos(str) {
    const { getStringWidth } = require('internal/util/inspect');
    const columns = this.columns;
    let offset = 0;
    let rows = 0;
    str = require('util').stripVTControlCharacters(str);
    for (const char of str) {
      if (char === '\n') {
        rows += Math.ceil(offset / columns) || 1;
        offset = 0;
      } else if (char === '\t') {
        offset += this.tabSize - (offset % this.tabSize);
      } else {
        const width = getStringWidth(char, false);
        if (width === 2 && (offset + 1) % columns === 0) offset++;
        offset += width;
      }
    }
    const cols = offset % columns;
    rows += (offset - cols) / columns;
    return { cols, rows };
  }

  getCursorPos() {
    return this._getDisplayPos(this._prompt + this.line.slice(0, this.cursor));
  }

  close() {
    if (this.closed) return;
    this.pause();
    if (this.terminal) this._setRawMode(false);
    this.closed = true;
    this.emit('close');
  }

  pause() {
    if (this.paused) return;
    this.input.pause();
    this.paused = true;
    this.emit('pause');
    return this;
  }

  resume() {
    if (!this.paused) return;
    this.input.resume();
    this.paused = false;
    this.emit('resume');
    return this;
  }

  write(d, key) {
    if (this.paused) this.resume();
    if (this.terminal) this._ttyWrite(d, key);
    else this._normalWrite(d);
  }

  _normalWrite(b) {
    if (b === undefined) return;
    let string = this[kDecoder].write(b);
    // A \n right after a \r that ended the previous chunk belongs to it.
    if (this[kSawReturnAt] && Date.now() - this[kSawReturnAt] <= this.crlfDelay) {
      if (string.charCodeAt(0) === 10) string = string.slice(1);
      this[kSawReturnAt] = 0;
    }
    lineEnding.lastIndex = 0;
    if (lineEnding.test(string)) {
      if (this[kLineBuffer]) {
        string = this[kLineBuffer] + string;
        this[kLineBuffer] = null;
      }
      this[kSawReturnAt] = string.endsWith('\r') ? Date.now() : 0;
      lineEnding.lastIndex = 0;
      let start = 0;
      let match;
      const lines = [];
      while ((match = lineEnding.exec(string)) !== null) {
        lines.push(string.slice(start, match.index));
        start = lineEnding.lastIndex;
      }
      this[kLineBuffer] = string.slice(start);
      for (const line of lines) {
        this._onLine(line);
        if (this.closed) return;
      }
    } else if (string) {
      this[kLineBuffer] = (this[kLineBuffer] || '') + string;
    }
  }

  [Symbol.asyncIterator]() {
    if (this[kLineObjectStream] === undefined) {
      const { Readable } = require('stream');
      const readable = new Readable({
        objectMode: true,
        read: () => {
          this.resume();
        },
        destroy: (err, cb) => {
          this.off('line', lineListener);
          this.off('close', closeListener);
          this.close();
          cb(err);
        },
      });
      const lineListener = (input) => {
        if (!readable.push(input)) this.pause();
      };
      const closeListener = () => {
        readable.push(null);
      };
      const errorListener = (err) => {
        readable.destroy(err);
      };
      this.on('error', errorListener);
      this.on('line', lineListener);
      this.on('close', closeListener);
      this[kLineObjectStream] = readable;
    }
    return this[kLineObjectStream][Symbol.asyncIterator]();
  }
}

require('internal/readline/editing').install(Interface, { kSubstringSearch, kSawReturnAt });

// util.promisify(rl.question) resolves with the answer.
Interface.prototype.question[Symbol.for('nodejs.util.promisify.custom')] = function question(query, options) {
  return new Promise((resolve, reject) => {
    let cb = resolve;
    if (options && options.signal) {
      if (options.signal.aborted) {
        reject(new AbortError(undefined, { cause: options.signal.reason }));
        return;
      }
      const onAbort = () => reject(new AbortError(undefined, { cause: options.signal.reason }));
      options.signal.addEventListener('abort', onAbort, { once: true });
      cb = (answer) => {
        options.signal.removeEventListener('abort', onAbort);
        resolve(answer);
      };
    }
    this.question(query, options, cb);
  });
};

module.exports = { Interface, kQuestionCancel, kQuestionCallback, validateFunction };
