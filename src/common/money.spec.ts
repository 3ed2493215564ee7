import { InvalidMoneyError, formatAmountZh, formatYuan, parseYuan } from './money';

describe('parseYuan', () => {
  it.each([
    ['12345.67', 1_234_567],
    ['0.5', 50],
    ['0.05', 5],
    ['0.50', 50],
    ['0', 0],
    ['0.00', 0],
    ['1', 100],
    ['10', 1_000],
    ['10.1', 1_010],
    ['10000', 1_000_000],
    ['500000', 50_000_000],
    ['50000000.00', 5_000_000_000], // ¥50M, seed 002: beyond a GraphQL Int (2^31 − 1)
    ['9999999999999.99', 999_999_999_999_999], // the largest accepted amount
  ])('"%s" is %i fen', (text, fen) => {
    expect(parseYuan(text)).toBe(fen);
  });

  it('keeps ¥50M beyond the range of a 32-bit Int', () => {
    expect(parseYuan('50000000.00')).toBeGreaterThan(2 ** 31 - 1);
    expect(Number.isSafeInteger(parseYuan('50000000.00'))).toBe(true);
  });

  it('ignores surrounding whitespace', () => {
    expect(parseYuan(' 12.30 ')).toBe(1_230);
  });

  it.each([
    ['-1', 'negative'],
    ['-0.01', 'negative'],
    ['1.234', 'three decimals'],
    ['abc', 'not a number'],
    ['', 'empty'],
    ['   ', 'blank'],
    ['01', 'leading zero'],
    ['00.5', 'leading zeros'],
    ['.5', 'no integer part'],
    ['5.', 'dangling point'],
    ['+5', 'explicit sign'],
    ['1,000', 'group separator'],
    ['1e3', 'exponent'],
    ['¥100', 'currency sign'],
    ['12 345', 'inner space'],
    ['10000000000000', 'fourteen integer digits (¥10 trillion)'],
    ['99999999999999.99', 'would exceed Number.MAX_SAFE_INTEGER in fen'],
  ])('refuses "%s" (%s)', (text) => {
    expect(() => parseYuan(text)).toThrow(InvalidMoneyError);
  });

  it('explains the expected format in the error', () => {
    expect(() => parseYuan('1.234')).toThrow(
      new InvalidMoneyError(
        '金额 "1.234" 有误：须以元为单位，最多两位小数，例如 "12345.67" / "1.234" is not an amount in yuan: use digits with at most two decimals, e.g. "12345.67"',
      ),
    );
  });
});

describe('formatYuan', () => {
  it.each([
    [1_234_567, '12345.67'],
    [50, '0.50'],
    [5, '0.05'],
    [0, '0.00'],
    [100, '1.00'],
    [1_010, '10.10'],
    [5_000_000_000, '50000000.00'],
    [-5, '-0.05'],
    [-1_234_567, '-12345.67'],
    [Number.MAX_SAFE_INTEGER, '90071992547409.91'],
  ])('%i fen is "%s"', (fen, text) => {
    expect(formatYuan(fen)).toBe(text);
  });

  it.each([[0.5], [1.5], [NaN], [Infinity], [Number.MAX_SAFE_INTEGER + 1]])('refuses %p, which is not a safe integer of fen', (fen) => {
    expect(() => formatYuan(fen)).toThrow(RangeError);
  });
});

describe('formatAmountZh', () => {
  it.each([
    [0, '0元'],
    [350_000, '3500元'],
    [1_250, '12.50元'],
    [999_999, '9999.99元'],
    [1_000_000, '1.00万元'],
    [1_050_000, '1.05万元'],
    [1_004_999, '1.00万元'],
    [1_005_000, '1.01万元'],
    [5_200_000_000, '5200.00万元'],
    [-1_500_000, '-1.50万元'],
  ])('%i fen is "%s"', (fen, text) => {
    expect(formatAmountZh(fen)).toBe(text);
  });
});

describe('round trips', () => {
  it.each(['0.00', '0.05', '0.50', '1.00', '12345.67', '50000000.00', '9999999999999.99'])(
    'formatYuan(parseYuan("%s")) is the same text',
    (text) => {
      expect(formatYuan(parseYuan(text))).toBe(text);
    },
  );

  it.each([
    ['0.5', '0.50'],
    ['7', '7.00'],
    ['12.3', '12.30'],
  ])('"%s" is normalised to "%s"', (text, normal) => {
    expect(formatYuan(parseYuan(text))).toBe(normal);
  });

  it.each([0, 1, 9, 10, 99, 100, 101, 123_456_789, 5_000_000_001, 999_999_999_999_999])(
    'parseYuan(formatYuan(%i)) is the same fen',
    (fen) => {
      expect(parseYuan(formatYuan(fen))).toBe(fen);
    },
  );
});
