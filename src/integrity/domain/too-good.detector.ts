import { chineseDate } from '../../common/chinese-date';
import { chanceText } from './chance-text';
import { binomialUpperTail } from './binomial-tail';
import { Finding } from './finding';

/** A proportion a unit reports over a period, with the events behind its numerator. */
export interface ReportedRate {
  unitId: string;
  label: string;
  successes: number;
  trials: number;
  /** Where the record was followed back before the period (a perfect run), the day it is counted from. */
  since?: string;
  evidence?: readonly string[];
}

export interface TooGoodOptions {
  /**
   * The best any unit truly achieves (domain.md: even the best misses about one warning in thirty):
   * the rate a record is tested against, so a unit is flagged only if even the best could hardly report it.
   */
  ceiling: number;
  /** Flag when the chance of a record at least this good, at the ceiling, is below this. */
  alpha: number;
}

export const TOO_GOOD_DEFAULTS: TooGoodOptions = { ceiling: 0.97, alpha: 0.001 };

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

/**
 * Rates too good to be true (a 99.8% dissuasion rate is itself a warning sign): the chance that a
 * unit working at the ceiling reports at least its successes, P(X ≥ s | n, ceiling). 100% of 49 is
 * 22% likely and passes; 100% of 300 is 0.01% and is flagged. Rates below the ceiling never are.
 */
export function tooGoodRates(rates: readonly ReportedRate[], options: TooGoodOptions = TOO_GOOD_DEFAULTS): Finding[] {
  return rates.flatMap((r) => {
    if (r.trials === 0 || r.successes / r.trials <= options.ceiling) return [];
    const chance = binomialUpperTail(r.successes, r.trials, options.ceiling);
    if (chance >= options.alpha) return [];
    return [
      {
        detector: 'TOO_GOOD' as const,
        unitId: r.unitId,
        about: r.label,
        summary: `${r.since ? `自${chineseDate(r.since)}起` : ''}${r.label}${percent(r.successes / r.trials)}（${r.successes}/${r.trials}），即使按${percent(options.ceiling)}的最好水平，出现的概率也仅为${chanceText(chance)}`,
        statistic: { name: `P(≥${r.successes}/${r.trials} | ${options.ceiling})`, value: chance },
        threshold: { value: options.alpha, flagsWhen: 'BELOW' as const },
        evidence: r.evidence ?? [],
      },
    ];
  });
}
