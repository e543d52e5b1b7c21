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

const csiNames = {
  A: 'up', B: 'down', C: 'right', D: 'left', E: 'clear', F: 'end', H: 'home', Z: 'tab',
  P: 'f1', Q: 'f2', R: 'f3', S: 'f4',
};
const tildeNames = {
  1: 'home', 2: 'insert', 3: 'delete', 4: 'end', 5: 'pageup', 6: 'pagedown', 7: 'home', 8: 'end',
  11: 'f1', 12: 'f2', 13: 'f3', 14: 'f4', 15: 'f5', 17: 'f6', 18: 'f7', 19: 'f8', 20: 'f9', 21: 'f10',
  23: 'f11', 24: 'f12',
};

function makeKey(sequence) {
  return { sequence, name: undefined, ctrl: false, meta: false, shift: false };
}

// Splits `s` into key events; returns [keys, rest] where rest is an
// incomplete escape sequence to be completed by the next chunk.
function parseKeys(s) {
  const keys = [];
  let i = 0;
  while (i < s.length) {
    const start = i;
    let ch = s[i++];
    let key = makeKey(ch);
    let meta = false;
    if (ch === kEscape) {
      if (i >= s.length) {
        key.name = 'escape';
        keys.push([ch, key]);
        break;
      }
      ch = s[i++];
      if (ch === '[' || ch === 'O') {
        // CSI or SS3: parameters then one final letter or '~'.
        let params = '';
        while (i < s.length && /[0-9;]/.test(s[i])) params += s[i++];
        if (i >= s.length) return [keys, s.slice(start)];
        const final = s[i++];
        key.sequence = s.slice(start, i);
        const parts = params.split(';');
        const modifier = (parseInt(parts[1], 10) || 1) - 1;
        key.ctrl = !!(modifier & 4);
        key.meta = !!(modifier & 10);
        key.shift = !!(modifier & 1);
        if (final === '~') key.name = tildeNames[parts[0]] || 'undefined';
        else key.name = csiNames[final] || 'undefined';
        if (final === 'Z') key.shift = true;
        keys.push([undefined, key]);
        continue;
      }
      meta = true;
      key.sequence = kEscape + ch;
    }
    key.meta = key.meta || meta;
    if (ch === '\r') key.name = 'return';
    else if (ch === '\n') key.name = 'enter';
    else if (ch === '\t') key.name = 'tab';
    else if (ch === '\b' || ch === '\x7f') key.name = 'backspace';
    else if (ch === kEscape) key.name = 'escape';
    else if (ch === ' ') key.name = 'space';
    else if (ch <= '\x1a') {
      key.name = String.fromCharCode(ch.charCodeAt(0) + 'a'.charCodeAt(0) - 1);
      key.ctrl = true;
    } else if (/^[0-9A-Za-z]$/.test(ch)) {
      key.name = ch.toLowerCase();
      key.shift = /^[A-Z]$/.test(ch);
    } else {
      key = meta ? key : undefined;
    }
    // As node does, the character goes with the key unless it was escaped.
    keys.push([meta ? undefined : ch, key]);
  }
  return [keys, ''];
}

module.exports = { parseKeys, kEscape, CSI };
