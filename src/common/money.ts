/**
 * Money is integer fen (分) inside and a decimal yuan string at the edges. Single cases exceed
 * ¥50M (5e9 fen), beyond GraphQL Int but far inside Number.MAX_SAFE_INTEGER (≈ ¥90 trillion).
 * An amount has at most 13 integer digits (< ¥10 trillion = 1e15 fen), so every accepted amount,
 * and sums of several of them, stay exact integers (14 digits would reach 1e16 fen, past 2^53).
 */
const AMOUNT_PATTERN = /^(0|[1-9]\d{0,12})(?:\.(\d{1,2}))?$/;

export type Fen = number;

export class InvalidMoneyError extends Error {}

export function parseYuan(text: string): Fen {
  const m = AMOUNT_PATTERN.exec(text.trim());
  if (!m) {
    throw new InvalidMoneyError(`"${text}" is not an amount in yuan: use digits with at most two decimals, e.g. "12345.67"`);
  }
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

export function formatYuan(fen: Fen): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`not an integer amount of fen: ${fen}`);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
