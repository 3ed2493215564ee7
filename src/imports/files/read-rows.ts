import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { SourceRow } from '../domain/source-row';
import { csvRecords, sniffEncoding } from './csv-records';
import { CsvEncoding } from './detect-encoding';
import { ImportFileError } from './file-error';
import { rowsWithHeaders } from './rows-with-headers';
import { xlsxRecords } from './xlsx-records';

export interface RowFile {
  path: string;
  format: 'csv' | 'xlsx';
  /** The encoding a CSV file was read in. */
  encoding?: CsvEncoding;
  /** The header row's texts, trimmed; a repeated header is told apart as 备注（2）. */
  headers: string[];
  /** The data rows after the header row, streamed: iterate once. */
  rows: AsyncIterable<SourceRow>;
  /** Releases the file when the rows are not read to the end. */
  close(): Promise<void>;
}

/** Opens an export and reads its header row; the rows follow, streamed, so any size of file fits in memory. */
export async function openRowFile(path: string): Promise<RowFile> {
  const extension = extname(path).toLowerCase();
  if (extension === '.xls') {
    throw new ImportFileError(
      path,
      '是旧版 Excel（.xls）格式，请在 Excel 中另存为 .xlsx 或 CSV 后再导入',
      'is an old Excel (.xls) file: save it as .xlsx or CSV',
    );
  }
  if (extension !== '.csv' && extension !== '.xlsx') {
    throw new ImportFileError(
      path,
      `的类型“${extension || '无扩展名'}”无法导入：只能导入 .csv 和 .xlsx 文件`,
      `cannot be imported: only .csv and .xlsx files can (got "${extension}")`,
    );
  }
  await checkReadable(path);
  if (extension === '.xlsx') return { path, format: 'xlsx', ...(await rowsWithHeaders(path, xlsxRecords(path))) };
  const encoding = await sniffEncoding(path);
  return { path, format: 'csv', encoding, ...(await rowsWithHeaders(path, csvRecords(path, encoding))) };
}

/** The data rows of an export, streamed. */
export async function* readRows(path: string): AsyncGenerator<SourceRow> {
  const file = await openRowFile(path);
  try {
    yield* file.rows;
  } finally {
    await file.close();
  }
}

/** The header row of an export, reading no further. */
export async function readHeaders(path: string): Promise<string[]> {
  const file = await openRowFile(path);
  await file.close();
  return file.headers;
}

async function checkReadable(path: string): Promise<void> {
  try {
    const handle = await open(path, 'r');
    const { size } = await handle.stat();
    await handle.close();
    if (size === 0) throw new ImportFileError(path, '是空文件', 'is empty');
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ImportFileError(path, '不存在', 'does not exist');
    if (code === 'EACCES' || code === 'EPERM') throw new ImportFileError(path, '没有读取权限', 'may not be read (permission denied)');
    if (code === 'EISDIR') throw new ImportFileError(path, '是文件夹，不是文件', 'is a directory');
    throw new ImportFileError(path, `无法读取：${String(error)}`, `cannot be read: ${String(error)}`);
  }
}
