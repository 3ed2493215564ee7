import { createWriteStream, existsSync } from 'node:fs';
import { once } from 'node:events';

/** One line of an import report: a row's problem, and, once the importer ran, what became of the row. */
export interface ReportRow {
  row: number;
  column?: string;
  problem: string;
  outcome?: string;
}

export interface ReportWriter {
  /** Resolves at once unless the file is behind, so a million problems never sit in memory. */
  write(row: ReportRow): Promise<void>;
  close(): Promise<void>;
}

const HEADERS = ['行号', '列', '问题'];
const OUTCOME_HEADER = '结果';

/**
 * RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. A field that Excel
 * would take for a formula (=, +, -, @ first; the problem quotes officers' files back to them) is
 * kept as text by a leading apostrophe.
 */
export function csvField(text: string): string {
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const reportLine = (row: ReportRow, withOutcome: boolean): string =>
  [String(row.row), csvField(row.column ?? ''), csvField(row.problem), ...(withOutcome ? [csvField(row.outcome ?? '')] : [])].join(',') +
  '\r\n';

/**
 * The report officers open in Excel: UTF-8 with a byte-order mark (without it Excel reads the
 * Chinese as GBK), CRLF line ends, header 行号,列,问题 and, for the importer's outcomes, 结果.
 */
export async function openReportWriter(path: string, options: { withOutcome?: boolean; append?: boolean } = {}): Promise<ReportWriter> {
  const withOutcome = options.withOutcome ?? false;
  // A resumed import carries on the report its interrupted run began.
  const continued = options.append === true && existsSync(path);
  const out = createWriteStream(path, { encoding: 'utf8', flags: continued ? 'a' : 'w' });
  let failure: Error | undefined;
  out.on('error', (error) => (failure = error));
  await once(out, 'open');
  const put = async (text: string) => {
    if (failure) throw failure;
    if (!out.write(text)) await once(out, 'drain');
  };
  if (!continued) await put(`\uFEFF${[...HEADERS, ...(withOutcome ? [OUTCOME_HEADER] : [])].join(',')}\r\n`);
  return {
    write: (row) => put(reportLine(row, withOutcome)),
    close: async () => {
      if (failure) throw failure;
      out.end();
      await once(out, 'finish');
    },
  };
}
