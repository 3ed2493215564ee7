import { parse } from 'csv-parse';
import { createReadStream, existsSync } from 'node:fs';
import { ReportRow } from './report-writer';

/**
 * The first lines of a report as rows, for a screen to show before the officer downloads the whole
 * file; reading stops there, so a report of a million problems costs no more than one of ten.
 */
export async function reportPreview(path: string, limit: number): Promise<ReportRow[]> {
  if (!existsSync(path)) return [];
  const rows: ReportRow[] = [];
  const parser = createReadStream(path).pipe(parse({ bom: true, from_line: 2, to_line: limit + 1, relax_column_count: true }));
  for await (const [row, column, problem, outcome] of parser as AsyncIterable<string[]>) {
    rows.push({
      row: Number(row),
      ...(column ? { column } : {}),
      problem: problem.replace(/^'(?=[=+\-@])/, ''),
      ...(outcome ? { outcome } : {}),
    });
  }
  return rows;
}
