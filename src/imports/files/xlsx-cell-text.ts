import { CellValue } from 'exceljs';

/**
 * A cell's text as the spreadsheet shows it, for the mapping to read like any CSV cell. exceljs
 * gives a date cell as the Date whose UTC fields are the wall clock shown, so the UTC fields are
 * the text; numbers are written out without exponent; rich text, hyperlinks and formulas give
 * their text and cached result.
 */
export function cellText(value: CellValue, numFmt?: string, date1904 = false): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return wallClockText(value);
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
      return isDateFormat(numFmt) ? wallClockText(excelSerialDate(value, date1904)) : plainNumber(value);
    case 'boolean':
      return value ? 'TRUE' : 'FALSE';
  }
  if ('richText' in value) return value.richText.map((run) => run.text ?? '').join('');
  if ('error' in value) return String(value.error);
  if ('result' in value || 'formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    return result === undefined || (typeof result === 'object' && result !== null && 'error' in result)
      ? formulaError(result)
      : cellText(result as CellValue, numFmt, date1904);
  }
  if ('text' in value) return cellText((value as { text: CellValue }).text, numFmt, date1904);
  return '';
}

const formulaError = (result: unknown) => (result && typeof result === 'object' && 'error' in result ? String(result.error) : '');

/** YYYY-MM-DD HH:mm:ss of the Date's UTC fields, to the nearest second (Excel's serials carry float noise). */
function wallClockText(date: Date): string {
  const rounded = new Date(Math.round(date.getTime() / 1000) * 1000);
  return rounded.toISOString().slice(0, 19).replace('T', ' ');
}

/** Excel's own test for a date format: date letters outside quotes and brackets (as exceljs has it). */
function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  return /[ymdhMsb]/.test(numFmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** A formula's numeric result under a date format: days since 1899-12-30 (or 1904-01-01), as a wall-clock Date. */
function excelSerialDate(serial: number, date1904: boolean): Date {
  const UNIX_EPOCH_SERIAL = 25569;
  return new Date(Math.round((serial - UNIX_EPOCH_SERIAL + (date1904 ? 1462 : 0)) * 86_400_000));
}

/**
 * A number as a spreadsheet shows it in General: 15 significant digits (what Excel keeps), never
 * with an exponent, so 1e21 and 1e-7 read as amounts and ids read as written.
 */
export function plainNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const text = String(Number(value.toPrecision(15)));
  const m = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!m) return text;
  const [, sign, whole, fraction = '', exponentText] = m;
  const digits = whole + fraction;
  const point = whole.length + Number(exponentText);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}
