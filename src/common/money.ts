import { bilingual } from './bilingual';

/**
 * Money is integer fen (分) inside and a decimal yuan string at the edges. Single cases exceed
 * ¥50M (5e9 fen), beyond GraphQL Int but far inside Number.MAX_SAFE_INTEGER (≈ ¥90 trillion).
 * An amount has at most 13 integer digits (< ¥10 trillion = 1e15 fen), so every accepted amount,
 * and sums of several of them, stay exact integers (14 digits would reach 1e16 fen, past 2^53).
 */
const AMOUNT_PATTERN = /^(0|[1-9]\d{0,12})(?:\.(\d{1,2}))?$/;

export type Fen = number;

export class InvalidMoneyError extends Error {}

const FEN_PER_WAN_YUAN = 1_000_000;

export function parseYuan(text: string): Fen {
  const m = AMOUNT_PATTERN.exec(text.trim());
  if (!m) {
    throw new InvalidMoneyError(
      bilingual(
        `金额 "${text}" 有误：须以元为单位，最多两位小数，例如 "12345.67"`,
        `"${text}" is not an amount in yuan: use digits with at most two decimals, e.g. "12345.67"`,
      ),
    );
  }
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

export function formatYuan(fen: Fen): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`not an integer amount of fen: ${fen}`);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/**
 * An amount as officers write it in a message: yuan below ¥10,000 ("3500元", "12.50元"), 万元 with
 * two decimals from ¥10,000 up ("1.50万元", "5200.00万元"), rounded half up.
 */
export function formatAmountZh(fen: Fen): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`not an integer amount of fen: ${fen}`);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  if (abs < FEN_PER_WAN_YUAN) return `${sign}${formatYuan(abs).replace(/\.00$/, '')}元`;
  const hundredths = Math.floor((abs + FEN_PER_WAN_YUAN / 200) / (FEN_PER_WAN_YUAN / 100));
  return `${sign}${Math.trunc(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}万元`;
}
