import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvField, openReportWriter } from './report-writer';

let dir: string;
beforeAll(async () => (dir = await mkdtemp(join(tmpdir(), 'imports-report-'))));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('openReportWriter', () => {
  it('writes UTF-8 with a BOM, CRLF line ends, the header 行号,列,问题 and RFC 4180 quoting', async () => {
    const path = join(dir, 'report.csv');
    const report = await openReportWriter(path);
    await report.write({ row: 1, column: '联系方式', problem: '文件缺少“联系方式”列' });
    await report.write({ row: 7, column: '损失金额（元）', problem: '损失金额（元）“12,345.678”有误：金额最多精确到分（两位小数）' });
    await report.write({ row: 9, problem: '说"明"\n两行' });
    await report.close();
    const bytes = await readFile(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe(
      '行号,列,问题\r\n' +
        '1,联系方式,文件缺少“联系方式”列\r\n' +
        '7,损失金额（元）,"损失金额（元）“12,345.678”有误：金额最多精确到分（两位小数）"\r\n' +
        '9,,"说""明""\n两行"\r\n',
    );
  });

  it("adds the column 结果 for the importer's outcomes", async () => {
    const path = join(dir, 'outcomes.csv');
    const report = await openReportWriter(path, { withOutcome: true });
    await report.write({ row: 2, problem: '与已导入的记录不一致', outcome: '冲突，未导入' });
    await report.write({ row: 3, column: '指令编号', problem: '指令编号为空' });
    await report.close();
    expect((await readFile(path, 'utf8')).split('\r\n')).toEqual([
      '\uFEFF行号,列,问题,结果',
      '2,,与已导入的记录不一致,冲突，未导入',
      '3,指令编号,指令编号为空,',
      '',
    ]);
  });

  it('streams many rows through a small buffer', async () => {
    const path = join(dir, 'many.csv');
    const report = await openReportWriter(path);
    for (let row = 2; row < 50_002; row++) await report.write({ row, column: '下发时间', problem: `下发时间“第${row}行”不是可识别的时间` });
    await report.close();
    expect((await readFile(path, 'utf8')).split('\r\n')).toHaveLength(50_002);
  });

  it('fails on a path it cannot write, naming the problem', async () => {
    await expect(openReportWriter(join(dir, 'no-such-dir', 'r.csv'))).rejects.toThrow(/ENOENT/);
  });
});

describe('csvField', () => {
  it('keeps a text Excel would run as a formula as text', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-1')).toBe("'-1");
    expect(csvField('城关派出所')).toBe('城关派出所');
  });
});
