import { formatYuan, parseYuan } from '../../common/money';
import { Converted, converted, halfWidth, refused, withoutLooseSpaces } from './converted';

/**
 * Amounts as the exports write them: 12345.6, 12,345.60, ¥123, 123元, 1.2万 / 1.2万元. The result is
 * the Money scalar's form (yuan, two decimals). Exact decimal arithmetic on the digits: 万 shifts the
 * point four places, so 1.2345万 is 12345.00 and nothing is lost to floating point.
 */
const AMOUNT = /^(?:¥|￥|RMB|CNY)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(万)?(?:元|圆|块)?$/i;

export function toYuan(text: string, column: string): Converted<string> {
  const normalized = withoutLooseSpaces(halfWidth(text.trim()));
  if (/^(?:-|−|\(.*\)$)/.test(normalized.replace(/^(?:¥|￥)/, ''))) return refused(`${column}“${text}”有误：金额不能为负数`);
  const match = AMOUNT.exec(normalized);
  if (!match) return refused(`${column}“${text}”不是金额，请写作“12345.60”“12,345.60”“1.2万元”或“¥123”`);
  const [, integerPart, fractionPart = '', wan] = match;
  let whole = integerPart.replace(/,/g, '');
  let fraction = fractionPart;
  if (wan) {
    const shifted = fraction.padEnd(4, '0');
    whole += shifted.slice(0, 4);
    fraction = shifted.slice(4);
  }
  fraction = fraction.replace(/0+$/, '');
  if (fraction.length > 2) return refused(`${column}“${text}”有误：金额最多精确到分（两位小数）`);
  whole = whole.replace(/^0+(?=\d)/, '');
  try {
    return converted(formatYuan(parseYuan(fraction ? `${whole}.${fraction}` : whole)));
  } catch {
    return refused(`${column}“${text}”有误：金额过大`);
  }
}
