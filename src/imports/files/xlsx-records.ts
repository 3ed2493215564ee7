import { createReadStream } from 'node:fs';
import { stream } from 'exceljs';
import { cellText } from './xlsx-cell-text';
import { ImportFileError } from './file-error';
import { RawRecord } from './raw-record';

/** What exceljs's streaming reader keeps of the workbook (untyped): the sheet order and the 1904 flag. */
interface WorkbookInternals {
  model?: { sheets?: { name?: string }[] };
  properties?: { model?: { date1904?: boolean } };
}

/**
 * The first worksheet's rows, streamed by exceljs's WorkbookReader: shared strings are held (the
 * format puts them apart from the rows), styles too (they tell a date from a number); rows are not.
 * Rows absent from the sheet are absent here, and each keeps the number the spreadsheet shows.
 */
export async function* xlsxRecords(path: string): AsyncGenerator<RawRecord> {
  const input = createReadStream(path);
  const reader = new stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const internals = reader as unknown as WorkbookInternals;
  let sawSheet = false;
  try {
    for await (const sheet of reader) {
      // Worksheets arrive in the zip's order; the first of the workbook is the one officers see first.
      const firstName = internals.model?.sheets?.[0]?.name;
      const name = (sheet as unknown as { name?: string }).name;
      if (firstName !== undefined && name !== undefined && name !== firstName) continue;
      sawSheet = true;
      const date1904 = internals.properties?.model?.date1904 === true;
      for await (const row of sheet) {
        const values: string[] = [];
        row.eachCell({ includeEmpty: false }, (cell, column) => {
          values[column - 1] = cellText(cell.value, cell.numFmt, date1904);
        });
        yield { row: row.number, values: Array.from(values, (v) => v ?? '') };
      }
      break;
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new ImportFileError(
      path,
      `无法作为 Excel 工作簿（.xlsx）读取：${message}`,
      `cannot be read as an Excel workbook (.xlsx): ${message}`,
    );
  } finally {
    input.destroy();
  }
  if (!sawSheet) throw new ImportFileError(path, '中没有工作表', 'holds no worksheet');
}
