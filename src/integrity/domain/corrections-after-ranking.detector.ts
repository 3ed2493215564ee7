import { DAY_MS, Day, daysBetween } from '../../common/business-day';
import { Finding } from './finding';
import { poissonUpperTail } from './poisson-tail';

export interface RecordedCorrection {
  eventId: string;
  unitId: string;
  recordedAt: string;
}

/** A ranking that put the unit at or near the bottom, and when it was seen. */
export interface BadRanking {
  unitId: string;
  label: string;
  at: string;
}

export interface CorrectionsAfterRankingOptions {
  /** The days after a bad ranking in which corrections are counted. */
  windowDays: number;
  /** The least corrections per day a unit is held to, where it has next to none at other times. */
  floorPerDay: number;
  alpha: number;
  minimum: number;
}

export const CORRECTIONS_AFTER_RANKING_DEFAULTS: CorrectionsAfterRankingOptions = {
  windowDays: 14,
  floorPerDay: 0.05,
  alpha: 0.001,
  minimum: 3,
};

/**
 * Revocations and retractions clustering after a bad ranking: the unit's corrections recorded in the
 * days after the ranking against its own rate at other times in the period (at least a floor). The
 * statistic is the Poisson chance of at least as many at that rate; a unit is flagged below alpha.
 */
export function correctionsAfterRanking(
  corrections: readonly RecordedCorrection[],
  rankings: readonly BadRanking[],
  period: { from: Day; to: Day },
  options: CorrectionsAfterRankingOptions = CORRECTIONS_AFTER_RANKING_DEFAULTS,
): Finding[] {
  const periodDays = daysBetween(period.from, period.to);
  return rankings.flatMap((ranking) => {
    const start = Date.parse(ranking.at);
    const end = start + options.windowDays * DAY_MS;
    const own = corrections.filter((c) => c.unitId === ranking.unitId);
    const after = own.filter((c) => Date.parse(c.recordedAt) >= start && Date.parse(c.recordedAt) < end);
    if (after.length < options.minimum) return [];
    const otherDays = Math.max(1, periodDays - options.windowDays);
    const rate = Math.max((own.length - after.length) / otherDays, options.floorPerDay);
    const expected = rate * options.windowDays;
    const chance = poissonUpperTail(after.length, expected);
    if (chance >= options.alpha) return [];
    return [
      {
        detector: 'CORRECTIONS_AFTER_RANKING' as const,
        unitId: ranking.unitId,
        about: ranking.label,
        summary: `${ranking.label}后${options.windowDays}天内撤回、撤销或更正${after.length}条，按该单位其他时间的频率预计${expected.toFixed(1)}条`,
        statistic: { name: `P(≥${after.length} | λ=${expected.toFixed(2)})`, value: chance },
        threshold: { value: options.alpha, flagsWhen: 'BELOW' as const },
        evidence: after.map((c) => c.eventId),
      },
    ];
  });
}
