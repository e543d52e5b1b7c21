'use strict';
// Parsing of terminal input into key events: plain characters, control
// characters, ESC-prefixed (meta) keys and the common CSI/SS3 sequences of
// arrows, Home/End, Delete, Page Up/Down and function keys.

const kEscape = '\x1b';

// CSI`...` builds a Control Sequence Introducer escape; the common ones are
// kept on it as constants.
function CSI(strings, ...args) {
  let ret = `${kEscape}[`;
  for (let n = 0; n < strings.length; n++) {
    ret += strings[n];
    if (n < args.length) ret += args[n];
  }
  return ret;
}
CSI.kEscape = kEscape;
CSI.kClearToLineBeginning = CSI`1K`;
CSI.kClearToLineEnd = CSI`0K`;
CSI.kClearLine = CSI`2K`;
CSI.kClearScreenDown = CSI`0J`;

// Escape sequence codes (after ESC, with parameters folded in) and the
// names node gives them; some also imply a modifier.
const keyNames = {
  '[P': 'f1', 'OP': 'f1', '[11~': 'f1', '[[A': 'f1',
  '[Q': 'f2', 'OQ': 'f2', '[12~': 'f2', '[[B': 'f2',
  '[R': 'f3', 'OR': 'f3', '[13~': 'f3', '[[C': 'f3',
  '[S': 'f4', 'OS': 'f4', '[14~': 'f4', '[[D': 'f4',
  '[15~': 'f5', '[[E': 'f5', '[17~': 'f6', '[18~': 'f7', '[19~': 'f8', '[20~': 'f9', '[21~': 'f10',
  '[23~': 'f11', '[24~': 'f12',
  '[A': 'up', 'OA': 'up', '[B': 'down', 'OB': 'down', '[C': 'right', 'OC': 'right', '[D': 'left', 'OD': 'left',
  '[E': 'clear', 'OE': 'clear', '[F': 'end', 'OF': 'end', '[H': 'home', 'OH': 'home',
  '[1~': 'home', '[2~': 'insert', '[3~': 'delete', '[4~': 'end', '[5~': 'pageup', '[6~': 'pagedown',
  '[[5~': 'pageup', '[[6~': 'pagedown', '[7~': 'home', '[8~': 'end',
};
const shiftNames = {
  '[a': 'up', '[b': 'down', '[c': 'right', '[d': 'left', '[e': 'clear',
  '[2$': 'insert', '[3$': 'delete', '[5$': 'pageup', '[6$': 'pagedown', '[7$': 'home', '[8$': 'end',
  '[Z': 'tab',
};
const ctrlNames = {
  'Oa': 'up', 'Ob': 'down', 'Oc': 'right', 'Od': 'left', 'Oe': 'clear',
  '[2^': 'insert', '[3^': 'delete', '[5^': 'pageup', '[6^': 'pagedown', '[7^': 'home', '[8^': 'end',
};

const isDigit = (ch) => ch >= '0' && ch <= '9';

// A generator fed one character at a time (gen.next(ch)); it calls
// emit(ch, key) for every complete key and waits inside unfinished escape
// sequences.
function* emitKeys(emit) {
  while (true) {
    let ch = yield;
    let s = ch;
    let escaped = false;
    const key = { sequence: null, name: undefined, ctrl: false, meta: false, shift: false };
    if (ch === kEscape) {
      escaped = true;
      s += (ch = yield);
      if (ch === kEscape) s += (ch = yield);
    }
    if (escaped && (ch === 'O' || ch === '[')) {
      let code = ch;
      let modifier = 0;
      if (ch === 'O') {
        // ESC O letter, or ESC O modifier letter.
        s += (ch = yield);
        if (isDigit(ch)) {
          modifier = (ch >> 0) - 1;
          s += (ch = yield);
        }
        code += ch;
      } else {
        // ESC [ letter, ESC [ digits ~, ESC [ digits ; modifier (~|letter),
        // and the Linux console's ESC [ [ letter.
        s += (ch = yield);
        if (ch === '[') {
          code += ch;
          s += (ch = yield);
        }
        const cmdStart = s.length - 1;
        if (isDigit(ch)) {
          s += (ch = yield);
          if (isDigit(ch)) s += (ch = yield);
        }
        if (ch === ';') {
          s += (ch = yield);
          if (isDigit(ch)) s += yield;
        }
        const cmd = s.slice(cmdStart);
        let match;
        if ((match = /^(\d\d?)(;(\d))?([~^$])$/.exec(cmd))) {
          code += match[1] + match[4];
          modifier = (match[3] || 1) - 1;
        } else if ((match = /^((\d;)?(\d))?([A-Za-z])$/.exec(cmd))) {
          code += match[4];
          modifier = (match[3] || 1) - 1;
        } else {
          code += cmd;
        }
      }
      key.ctrl = !!(modifier & 4);
      key.meta = !!(modifier & 10);
      key.shift = !!(modifier & 1);
      key.code = code;
      if (keyNames[code] !== undefined) {
        key.name = keyNames[code];
      } else if (shiftNames[code] !== undefined) {
        key.name = shiftNames[code];
        key.shift = true;
      } else if (ctrlNames[code] !== undefined) {
        key.name = ctrlNames[code];
        key.ctrl = true;
      } else {
        key.name = 'undefined';
      }
    } else if (ch === '\r') {
      key.name = 'return';
      key.meta = escaped;
    } else if (ch === '\n') {
      key.name = 'enter';
      key.meta = escaped;
    } else if (ch === '\t') {
      key.name = 'tab';
      key.meta = escaped;
    } else if (ch === '\b' || ch === '\x7f') {
      key.name = 'backspace';
      key.meta = escaped;
    } else if (ch === kEscape) {
      key.name = 'escape';
      key.meta = escaped;
    } else if (ch === ' ') {
      key.name = 'space';
      key.meta = escaped;
    } else if (!escaped && ch <= '\x1a') {
      key.name = String.fromCharCode(ch.charCodeAt(0) + 'a'.charCodeAt(0) - 1);
      key.ctrl = true;
    } else if (/^[0-9A-Za-z]$/.test(ch)) {
      key.name = ch.toLowerCase();
      key.shift = /^[A-Z]$/.test(ch);
      key.meta = escaped;
    } else if (escaped) {
      key.name = ch.length ? undefined : 'escape';
      key.meta = true;
    }
    key.sequence = s;
    if (s.length !== 0 && (key.name !== undefined || escaped)) {
      emit(escaped ? undefined : s, key);
    } else if (s.length === ([...s][0] || '').length) {
      // One whole character without a name (punctuation, other scripts).
      emit(s, key);
    }
    // Anything else is an unknown or broken sequence: dropped.
  }
}

module.exports = { emitKeys, kEscape, CSI };
