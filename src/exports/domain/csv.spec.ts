import { sheetCsv } from './csv';
import { Sheet } from './sheet';

const sheet = (rows: Sheet['rows']): Sheet => ({
  name: '表',
  caption: '说明',
  columns: [
    { header: '名称', format: 'text' },
    { header: '财损（元）', format: 'yuan' },
  ],
  rows,
});

describe('sheetCsv', () => {
  it('writes a byte-order mark, the header row and the rows with CRLF line ends; the caption stays out', () => {
    expect(sheetCsv(sheet([['凤岗防区', 123456.78]]))).toBe('\uFEFF名称,财损（元）\r\n凤岗防区,123456.78\r\n');
  });

  it('quotes a field holding a comma, a quote or a line break, doubling its quotes; empty cells are empty', () => {
    expect(
      sheetCsv(
        sheet([
          ['甲,乙', null],
          ['说"明"', 0],
          ['两\n行', -5],
        ]),
      )
        .split('\r\n')
        .slice(1, 4),
    ).toEqual(['"甲,乙",', '"说""明""",0', '"两\n行",-5']);
  });
});
