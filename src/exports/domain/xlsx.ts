import ExcelJS from 'exceljs';
import { CellFormat, Sheet } from './sheet';

/** Excel number formats: counts with thousands separators, yuan to the fen, percents as written (83.3%). */
const NUMBER_FORMATS: Record<CellFormat, string | undefined> = {
  text: undefined,
  count: '#,##0',
  yuan: '#,##0.00',
  percent: '0.0"%"',
  score: '0.00',
};

/**
 * The sheets as one Excel workbook: on each, the caption in its first row, the header row frozen
 * beneath it (it stays in view while scrolling), number formats per column. `created` is the
 * export's own time, so the same export gives the same workbook.
 */
export async function sheetsXlsx(sheets: Sheet[], created: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '主防考评';
  workbook.created = created;
  workbook.modified = created;
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 2 }] });
    ws.columns = sheet.columns.map((c) => ({ width: c.width ?? Math.max(10, c.header.length * 2 + 2), style: styleOf(c.format) }));
    const caption = ws.addRow([sheet.caption]);
    caption.font = { bold: true, size: 12 };
    ws.mergeCells(1, 1, 1, Math.max(1, sheet.columns.length));
    const header = ws.addRow(sheet.columns.map((c) => c.header));
    header.font = { bold: true };
    header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    header.eachCell((cell) => {
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F3F5' } };
      cell.border = { bottom: { style: 'thin' } };
    });
    sheet.rows.forEach((cells, i) => {
      const row = ws.addRow(cells);
      const format = sheet.rowFormats?.[i];
      if (!format) return;
      sheet.columns.forEach((column, c) => {
        if (column.format === 'count' || column.format === 'yuan') row.getCell(c + 1).numFmt = NUMBER_FORMATS[format]!;
      });
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function styleOf(format: CellFormat): Partial<ExcelJS.Style> {
  const numFmt = NUMBER_FORMATS[format];
  return numFmt ? { numFmt, alignment: { horizontal: 'right' } } : {};
}
