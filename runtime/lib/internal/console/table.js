'use strict';

// Draws console.table's box: a header row and one row per entry, columns
// as wide as their widest cell (in terminal columns), cells left-aligned.

const { getStringWidth } = require('internal/util/inspect');

const chars = {
  middleMiddle: '\u2500',
  rowMiddle: '\u253c',
  topRight: '\u2510',
  topLeft: '\u250c',
  leftMiddle: '\u251c',
  topMiddle: '\u252c',
  bottomRight: '\u2518',
  bottomLeft: '\u2514',
  bottomMiddle: '\u2534',
  rightMiddle: '\u2524',
  left: '\u2502 ',
  right: ' \u2502',
  middle: ' \u2502 ',
};

function renderRow(row, columnWidths) {
  const cells = row.map((cell, i) => cell + ' '.repeat(Math.ceil(columnWidths[i] - getStringWidth(cell))));
  return `${chars.left}${cells.join(chars.middle)}${chars.right}`;
}

// `head` names the columns; `columns[i]` holds the (possibly sparse) cells of
// column i.
function table(head, columns) {
  const rows = [];
  const columnWidths = head.map((h) => getStringWidth(h));
  const longestColumn = Math.max(...columns.map((a) => a.length));
  for (let i = 0; i < head.length; i++) {
    const column = columns[i];
    for (let j = 0; j < longestColumn; j++) {
      if (rows[j] === undefined) rows[j] = [];
      const value = Object.prototype.hasOwnProperty.call(column, j) ? column[j] : '';
      rows[j][i] = value;
      columnWidths[i] = Math.max(columnWidths[i] || 0, getStringWidth(value));
    }
  }
  const divider = columnWidths.map((w) => chars.middleMiddle.repeat(w + 2));
  let result = `${chars.topLeft}${divider.join(chars.topMiddle)}${chars.topRight}\n` +
    `${renderRow(head, columnWidths)}\n` +
    `${chars.leftMiddle}${divider.join(chars.rowMiddle)}${chars.rightMiddle}\n`;
  for (const row of rows) result += `${renderRow(row, columnWidths)}\n`;
  result += `${chars.bottomLeft}${divider.join(chars.bottomMiddle)}${chars.bottomRight}`;
  return result;
}

module.exports = table;
