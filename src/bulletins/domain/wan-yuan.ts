import { Fen } from '../../common/money';

const FEN_PER_WAN_YUAN = 1_000_000;

/**
 * An amount of fen in 万元, the unit bulletins use, with every significant decimal and no more:
 * 12_345_600 fen → "12.3456", 1 fen → "0.000001", 50_000_000_00 fen → "5000". Exact, because the
 * division is done on the integer digits rather than in floating point.
 */
export function formatWanYuan(fen: Fen): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`not an integer amount of fen: ${fen}`);
  const abs = Math.abs(fen);
  const whole = Math.trunc(abs / FEN_PER_WAN_YUAN);
  const decimals = String(abs % FEN_PER_WAN_YUAN)
    .padStart(6, '0')
    .replace(/0+$/, '');
  return `${fen < 0 ? '-' : ''}${whole}${decimals ? `.${decimals}` : ''}`;
}
