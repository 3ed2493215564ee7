const DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一: the ordinals of 一、二、三、 (1 to 99). */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`chineseNumber takes 1 to 99, got ${n}`);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 0 ? '' : tens === 1 ? '十' : `${DIGITS[tens]}十`}${ones === 0 ? '' : DIGITS[ones]}`;
}

/** Text typed by officers as it closes a sentence: without its own closing 。；, so one can be added. */
export const sentenceBody = (text: string): string => text.trim().replace(/[。；;.，,\s]+$/u, '');

/** Half-width parentheses of a label (e.g. "挽损金额(止付+冻结+返赃)") in full width, as printed Chinese has them. */
export const fullWidthParentheses = (text: string): string => text.replace(/\(/g, '（').replace(/\)/g, '）');

/** "2026-05-20T01:30:00.000Z" → "2026年5月20日上午9时30分": an instant as a notice gives a meeting's time (Beijing time). */
export function chineseDateTime(instant: string): string {
  const local = new Date(Date.parse(instant) + 8 * 60 * 60 * 1000);
  const day = local.toISOString().slice(0, 10);
  const hour = local.getUTCHours();
  const minute = local.getUTCMinutes();
  const [part, clock] = hour < 12 ? ['上午', hour] : hour === 12 ? ['中午', 12] : ['下午', hour - 12];
  const [year, month, date] = day.split('-').map(Number);
  return `${year}年${month}月${date}日${part}${clock}时${minute === 0 ? '' : `${minute}分`}`;
}
