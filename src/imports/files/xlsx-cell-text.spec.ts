import { cellText, plainNumber } from './xlsx-cell-text';

describe('cellText', () => {
  it('writes a date cell as the wall clock it shows, to the second', () => {
    expect(cellText(new Date(Date.UTC(2025, 0, 17, 11, 30, 4)))).toBe('2025-01-17 11:30:04');
    expect(cellText(new Date(Date.UTC(2025, 0, 17, 11, 30, 3, 999.6)))).toBe('2025-01-17 11:30:04');
  });

  it('writes rich text, hyperlinks, errors and booleans as their text', () => {
    expect(cellText({ richText: [{ text: '城关' }, { text: '派出所', font: { bold: true } }] })).toBe('城关派出所');
    expect(cellText({ text: '链接', hyperlink: 'http://x' })).toBe('链接');
    expect(cellText({ error: '#N/A' })).toBe('#N/A');
    expect(cellText(true)).toBe('TRUE');
    expect(cellText(null)).toBe('');
  });

  it("writes a formula's cached result, a date format turning a serial into a time", () => {
    expect(cellText({ formula: 'A1*2', result: 24691.2 })).toBe('24691.2');
    expect(cellText({ formula: 'A1&B1', result: '城关' })).toBe('城关');
    expect(cellText({ formula: 'A1+1', result: 45674.479212963 }, 'yyyy-mm-dd hh:mm:ss')).toBe('2025-01-17 11:30:04');
    expect(cellText({ formula: '1/0', result: { error: '#DIV/0!' } })).toBe('#DIV/0!');
    expect(cellText({ formula: 'A1' } as never)).toBe('');
  });

  it('ignores date letters inside quotes and brackets of a number format', () => {
    expect(cellText(1234.5, '#,##0.00"元"')).toBe('1234.5');
    expect(cellText(1234.5, '[Red]0.00')).toBe('1234.5');
  });
});

describe('plainNumber', () => {
  it.each([
    [12345.6, '12345.6'],
    [1e21, '1000000000000000000000'],
    [1.5e-7, '0.00000015'],
    [-2.5e22, '-25000000000000000000000'],
    [0.1 + 0.2, '0.3'],
    [350402000000000000, '350402000000000000'],
  ])('writes %d as %s', (value, text) => {
    expect(plainNumber(value)).toBe(text);
  });
});
