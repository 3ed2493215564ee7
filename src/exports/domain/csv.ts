import { Cell, Sheet } from './sheet';

/** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. */
const field = (cell: Cell) => {
  const text = cell === null ? '' : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * The sheet as CSV for other systems: the header row, then the rows; numbers unformatted (yuan to
 * the fen, percents as numbers). UTF-8 with a byte-order mark, so spreadsheet programs read the
 * Chinese headers as Chinese; CRLF line ends, as RFC 4180 has them.
 */
export function sheetCsv(sheet: Sheet): string {
  const lines = [sheet.columns.map((c) => field(c.header)), ...sheet.rows.map((row) => row.map(field))];
  return `\uFEFF${lines.map((cells) => cells.join(',')).join('\r\n')}\r\n`;
}
