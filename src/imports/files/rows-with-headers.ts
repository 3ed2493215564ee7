import { SourceRow } from '../domain/source-row';
import { ImportFileError } from './file-error';
import { RawRecord } from './raw-record';

const isBlank = (values: string[]) => values.every((v) => v.trim() === '');

/** A, B, … Z, AA: how a spreadsheet names the column a stray cell sits in (CSV files open in one too). */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * The first non-blank record is the header row; the rest become rows keyed by header. Blank rows
 * (the empty lines a file ends with, or a row of commas) are skipped. Text in a column without a
 * header means the row's cells slid (a stray comma): the row says so instead of failing the file.
 */
export async function rowsWithHeaders(
  path: string,
  records: AsyncGenerator<RawRecord>,
): Promise<{ headers: string[]; rows: AsyncIterable<SourceRow>; close(): Promise<void> }> {
  let first = await records.next();
  while (!first.done && isBlank(first.value.values)) first = await records.next();
  if (first.done) throw new ImportFileError(path, '中没有表头行（文件为空）', 'has no header row (the file is empty)');
  const headers = distinct(first.value.values.map((h) => h.replace(/^\uFEFF/, '').trim()));

  async function* rows(): AsyncGenerator<SourceRow> {
    try {
      for (let next = await records.next(); !next.done; next = await records.next()) {
        const { row, values } = next.value;
        if (!isBlank(values)) yield sourceRow(row, values, headers);
      }
    } finally {
      await records.return(undefined);
    }
  }
  return { headers, rows: rows(), close: async () => void (await records.return(undefined)) };
}

function sourceRow(row: number, values: string[], headers: string[]): SourceRow {
  const cells: Record<string, string> = {};
  const stray: number[] = [];
  values.forEach((value, index) => {
    const header = headers[index];
    if (header) cells[header] = value;
    else if (value.trim() !== '') stray.push(index);
  });
  if (stray.length === 0) return { row, cells };
  const where = stray.map(columnLetter).join('、');
  const sample = values[stray[0]].trim().slice(0, 20);
  return { row, cells, problems: [{ row, problem: `${where} 列没有表头，却有内容“${sample}”：这一行的单元格可能错位（多了分隔符？）` }] };
}

/** A header repeated is kept apart as 备注（2）, so neither column's cells overwrite the other's. */
function distinct(headers: string[]): string[] {
  const seen = new Map<string, number>();
  return headers.map((header) => {
    if (header === '') return header;
    const count = (seen.get(header) ?? 0) + 1;
    seen.set(header, count);
    return count === 1 ? header : `${header}（${count}）`;
  });
}
