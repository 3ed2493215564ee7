import { formatAmountZh } from '../../common/money';
import { binomialUpperTail } from './binomial-tail';
import { Finding } from './finding';

export interface RecordedLoss {
  eventId: string;
  unitId: string;
  lossFen: number;
}

export interface BunchingOptions {
  /** The amounts a loss may be pushed under: the criminal threshold (数额较大, set by the province) and any scoring step. */
  thresholdsFen: readonly number[];
  /** How far either side of a threshold counts as near it, as a share of it: 0.2 is ¥2,400–¥3,600 around ¥3,000. */
  window: number;
  alpha: number;
  minimum: number;
}

export const BUNCHING_DEFAULTS: BunchingOptions = { thresholdsFen: [300_000], window: 0.2, alpha: 0.001, minimum: 5 };

/**
 * Bunching under a threshold: of a unit's losses near a threshold, the share just under it, against
 * the other units' share near the same threshold (the smooth distribution elsewhere). A unit is
 * flagged when at least its count under the threshold would come about at the others' share with a
 * chance below alpha: a ¥3,000 threshold with eight of nine losses at ¥2,800–2,990 is a lead; a
 * unit whose losses fall either side as everyone's do is not.
 */
export function bunchingUnderThresholds(losses: readonly RecordedLoss[], options: BunchingOptions = BUNCHING_DEFAULTS): Finding[] {
  return options.thresholdsFen.flatMap((threshold) => {
    const low = threshold * (1 - options.window);
    const high = threshold * (1 + options.window);
    const near = losses.filter((l) => l.lossFen >= low && l.lossFen < high);
    const under = (l: RecordedLoss) => l.lossFen < threshold;
    const allUnder = near.filter(under).length;
    const units = [...new Set(near.map((l) => l.unitId))];
    return units.flatMap((unitId) => {
      const own = near.filter((l) => l.unitId === unitId);
      const ownUnder = own.filter(under);
      if (ownUnder.length < options.minimum) return [];
      const others = near.length - own.length;
      // Where no other unit has a loss near the threshold, half either side is the smooth expectation.
      const share = others === 0 ? 0.5 : Math.max((allUnder - ownUnder.length) / others, 1 / (others + 1));
      const chance = binomialUpperTail(ownUnder.length, own.length, share);
      if (chance >= options.alpha) return [];
      return [
        {
          detector: 'BUNCHING' as const,
          unitId,
          about: `低于${formatAmountZh(threshold)}`,
          summary:
            `财损在${formatAmountZh(low)}至${formatAmountZh(high)}之间的${own.length}起中，` +
            `${ownUnder.length}起低于${formatAmountZh(threshold)}门槛，其他单位为${(share * 100).toFixed(1)}%`,
          statistic: { name: `P(≥${ownUnder.length}/${own.length} | ${share.toFixed(4)})`, value: chance },
          threshold: { value: options.alpha, flagsWhen: 'BELOW' as const },
          evidence: ownUnder.map((l) => l.eventId),
        },
      ];
    });
  });
}
