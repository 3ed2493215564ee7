import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { pipeline } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import iconv from 'iconv-lite';
import { CsvEncoding, SNIFF_BYTES, detectEncoding } from './detect-encoding';
import { ImportFileError } from './file-error';
import { RawRecord } from './raw-record';

/**
 * A record past this many characters means a quote left open swallowing the rest of the file:
 * refused rather than held in memory.
 */
const MAX_RECORD_CHARS = 1_000_000;

export async function sniffEncoding(path: string): Promise<CsvEncoding> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(head, 0, SNIFF_BYTES, 0);
    return detectEncoding(head.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}

/**
 * The file's records, streamed: decoded by iconv-lite (which drops a BOM), parsed after RFC 4180 by
 * csv-parse. Every record counts as a row, blank ones included, so row numbers are those a
 * spreadsheet shows; a field's line breaks stay inside its row.
 */
export async function* csvRecords(path: string, encoding: CsvEncoding): AsyncGenerator<RawRecord> {
  const parser = parse({
    relax_column_count: true,
    relax_quotes: true,
    record_delimiter: ['\r\n', '\n', '\r'],
    max_record_size: MAX_RECORD_CHARS,
  });
  const input = createReadStream(path);
  // The parser's iterator throws whatever failed along the pipe; a consumer stopping early is no failure.
  pipeline(input, iconv.decodeStream(encoding), parser, () => undefined);
  let row = 0;
  try {
    for await (const values of parser as AsyncIterable<string[]>) yield { row: ++row, values };
  } catch (error) {
    throw error instanceof CsvError ? csvProblem(path, row + 1, error) : error;
  } finally {
    input.destroy();
  }
}

function csvProblem(path: string, row: number, error: CsvError): ImportFileError {
  if (error.code === 'CSV_QUOTE_NOT_CLOSED' || error.code === 'CSV_MAX_RECORD_SIZE') {
    return new ImportFileError(
      path,
      `第 ${row} 行的引号没有闭合，之后的内容无法读取`,
      `a quote opened on row ${row} is never closed (${error.message})`,
    );
  }
  return new ImportFileError(path, `第 ${row} 行不是有效的 CSV：${error.message}`, `row ${row} is not valid CSV: ${error.message}`);
}
