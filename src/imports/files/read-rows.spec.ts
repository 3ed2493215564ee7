import { mkdtemp, rm, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import iconv from 'iconv-lite';
import { SourceRow } from '../domain/source-row';
import { openRowFile, readHeaders, readRows } from './read-rows';

let dir: string;
beforeAll(async () => (dir = await mkdtemp(join(tmpdir(), 'imports-read-rows-'))));
afterAll(() => rm(dir, { recursive: true, force: true }));

async function all(rows: AsyncIterable<SourceRow>): Promise<SourceRow[]> {
  const out: SourceRow[] = [];
  for await (const row of rows) out.push(row);
  return out;
}

const file = async (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
};

describe('CSV', () => {
  it('reads UTF-8 with a BOM: headers trimmed, RFC 4180 quoting, CRLF, trailing empty lines skipped', async () => {
    const path = await file(
      'bom.csv',
      '\uFEFF指令编号, 接收单位 ,备注\r\nZL001,城关派出所,"甲,乙"\r\nZL002,列东派出所,"说""明"\r\n\r\n\r\n',
    );
    const opened = await openRowFile(path);
    expect(opened).toMatchObject({ format: 'csv', encoding: 'utf-8', headers: ['指令编号', '接收单位', '备注'] });
    expect(await all(opened.rows)).toEqual([
      { row: 2, cells: { 指令编号: 'ZL001', 接收单位: '城关派出所', 备注: '甲,乙' } },
      { row: 3, cells: { 指令编号: 'ZL002', 接收单位: '列东派出所', 备注: '说"明' } },
    ]);
  });

  it('reads UTF-8 without a BOM, numbering rows as a spreadsheet shows them (a field with a line break is one row)', async () => {
    const path = await file('plain.csv', '警情编号,诈骗类型,备注\nJQ1,刷单返利,"两\n行"\n\nJQ2,杀猪盘,\n,,\nJQ3,其他\n');
    expect((await openRowFile(path)).encoding).toBe('utf-8');
    expect(await all(readRows(path))).toEqual([
      { row: 2, cells: { 警情编号: 'JQ1', 诈骗类型: '刷单返利', 备注: '两\n行' } },
      { row: 4, cells: { 警情编号: 'JQ2', 诈骗类型: '杀猪盘', 备注: '' } },
      { row: 6, cells: { 警情编号: 'JQ3', 诈骗类型: '其他' } },
    ]);
  });

  it('reads GBK / GB18030, as Chinese systems export it', async () => {
    const path = await file('gbk.csv', iconv.encode('案件编号,立案单位,损失金额（元）\r\nAJ001,城关派出所,"12,345.60"\r\n', 'gbk'));
    const opened = await openRowFile(path);
    expect(opened).toMatchObject({ encoding: 'gb18030', headers: ['案件编号', '立案单位', '损失金额（元）'] });
    expect(await all(opened.rows)).toEqual([
      { row: 2, cells: { 案件编号: 'AJ001', 立案单位: '城关派出所', '损失金额（元）': '12,345.60' } },
    ]);
  });

  it('reports text beyond the headers on its row instead of failing the file; a repeated header is kept apart', async () => {
    const path = await file('extra.csv', '编号,备注,备注,\nA1,x,y,\nA2,x,y,z,w\nA3,,,,\n');
    expect(await readHeaders(path)).toEqual(['编号', '备注', '备注（2）', '']);
    expect(await all(readRows(path))).toEqual([
      { row: 2, cells: { 编号: 'A1', 备注: 'x', '备注（2）': 'y' } },
      {
        row: 3,
        cells: { 编号: 'A2', 备注: 'x', '备注（2）': 'y' },
        problems: [{ row: 3, problem: 'D、E 列没有表头，却有内容“z”：这一行的单元格可能错位（多了分隔符？）' }],
      },
      { row: 4, cells: { 编号: 'A3', 备注: '', '备注（2）': '' } },
    ]);
  });

  it('fails clearly, naming the file and row, on a quote never closed', async () => {
    const path = await file('open-quote.csv', '编号,备注\nA1,x\nA2,"never closed\nA3,y\n');
    await expect(all(readRows(path))).rejects.toThrow(
      `文件“${path}”第 3 行的引号没有闭合，之后的内容无法读取 / file ${path}: a quote opened on row 3`,
    );
  });

  it('lets a reader stop early and release the file', async () => {
    const path = await file('early.csv', `编号\n${Array.from({ length: 1000 }, (_, i) => `N${i}`).join('\n')}\n`);
    const seen: number[] = [];
    for await (const row of readRows(path)) {
      seen.push(row.row);
      if (seen.length === 3) break;
    }
    expect(seen).toEqual([2, 3, 4]);
  });
});

describe('XLSX', () => {
  it('reads the first worksheet: shared strings, rich text, numbers without exponent, dates as shown, formula results', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('预警指令');
    sheet.addRow(['指令编号', '接收单位', '下发时间', '金额', '大数', '合计']);
    sheet.addRow([
      'ZL001',
      { richText: [{ text: '城关' }, { text: '派出所', font: { bold: true } }] },
      new Date(Date.UTC(2025, 0, 17, 11, 30, 4)),
      12345.6,
      1e21,
      { formula: 'D2*2', result: 24691.2 },
    ]);
    sheet.getCell('C2').numFmt = 'yyyy-mm-dd hh:mm:ss';
    sheet.getCell('A4').value = 'ZL002';
    sheet.getCell('B4').value = '城关派出所';
    sheet.getCell('D4').value = 0.000001;
    workbook.addWorksheet('说明').addRow(['这张表不读']);
    const path = join(dir, 'instructions.xlsx');
    await workbook.xlsx.writeFile(path);
    expect((await readFile(path)).includes('xl/sharedStrings.xml')).toBe(true);

    const opened = await openRowFile(path);
    expect(opened).toMatchObject({ format: 'xlsx', headers: ['指令编号', '接收单位', '下发时间', '金额', '大数', '合计'] });
    expect(await all(opened.rows)).toEqual([
      {
        row: 2,
        cells: {
          指令编号: 'ZL001',
          接收单位: '城关派出所',
          下发时间: '2025-01-17 11:30:04',
          金额: '12345.6',
          大数: '1000000000000000000000',
          合计: '24691.2',
        },
      },
      { row: 4, cells: { 指令编号: 'ZL002', 接收单位: '城关派出所', 下发时间: '', 金额: '0.000001' } },
    ]);
  });

  it('gives the headers alone, and lets a reader stop early', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('警情');
    sheet.addRow(['警情编号', '诈骗类型']);
    for (let i = 0; i < 2000; i++) sheet.addRow([`JQ${i}`, '刷单返利']);
    const path = join(dir, 'alerts.xlsx');
    await workbook.xlsx.writeFile(path);
    expect(await readHeaders(path)).toEqual(['警情编号', '诈骗类型']);
    const seen: string[] = [];
    for await (const row of readRows(path)) if (seen.push(row.cells['警情编号']) === 2) break;
    expect(seen).toEqual(['JQ0', 'JQ1']);
  });

  it('refuses a file that is no workbook, naming it', async () => {
    const path = await file('broken.xlsx', 'not a zip at all');
    await expect(openRowFile(path)).rejects.toThrow(
      new RegExp(`^文件“${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}”无法作为 Excel 工作簿（\\.xlsx）读取`),
    );
  });
});

describe('files that cannot be imported', () => {
  it.each([
    ['list.txt', 'hello', '的类型“.txt”无法导入：只能导入 .csv 和 .xlsx 文件 / file '],
    ['old.xls', 'x', '是旧版 Excel（.xls）格式，请在 Excel 中另存为 .xlsx 或 CSV 后再导入 / file '],
    ['empty.csv', '', '是空文件 / file '],
    ['blank.csv', '\r\n\r\n,,\r\n', '中没有表头行（文件为空） / file '],
  ])('%s', async (name, content, message) => {
    const path = await file(name, content);
    await expect(openRowFile(path)).rejects.toThrow(`文件“${path}”${message}${path}`);
  });

  it('a file that does not exist', async () => {
    const path = join(dir, 'missing.csv');
    await expect(openRowFile(path)).rejects.toThrow(`文件“${path}”不存在 / file ${path}: does not exist`);
  });
});
