import { shanghaiTimeOf } from '../../common/business-day';
import { chineseDate } from '../../common/chinese-date';
import { Finding } from './finding';
import { groupBy } from './group-by';
import { poissonUpperTail } from './poisson-tail';

export interface TimedContact {
  eventId: string;
  unitId: string;
  occurredAt: string;
}

export interface IdenticalTimesOptions {
  /** The minutes of a day contacts are spread over (office hours and evenings). */
  minutesPerDay: number;
  alpha: number;
  /** Fewer minutes shared by two contacts or more than this are never a finding: one busy minute is not a habit. */
  minimum: number;
}

export const IDENTICAL_TIMES_DEFAULTS: IdenticalTimesOptions = { minutesPerDay: 720, alpha: 0.001, minimum: 2 };

const minuteOf = (instant: string) => shanghaiTimeOf(instant).slice(0, 16).replace('T', ' ');

/**
 * Contact times identical to the minute (domain.md): a unit whose contacts share minutes again and
 * again, as when a clerk types a shift's contacts in with one time. The statistic counts the
 * contacts that fall in a minute already holding one of the unit's (a minute of three adds two).
 * Spread at random over the period's minutes, with λ contacts a minute, a minute adds λ − 1 + e^−λ
 * of them on average (about λ²/2); the count's Poisson chance at that mean is compared with alpha.
 * Two to a minute already tells: a month of a busy station's sixty contacts shares a minute about
 * once in sixteen months by chance, so a clerk who types in two or three at 17:30 on a few days shows
 * within the month, while one chance pair, or two, does not.
 */
export function identicalTimes(contacts: readonly TimedContact[], days: number, options = IDENTICAL_TIMES_DEFAULTS): Finding[] {
  const minutes = days * options.minutesPerDay;
  return [...groupBy(contacts, (c) => c.unitId)].flatMap(([unitId, own]) => {
    const shared = [...groupBy(own, (c) => minuteOf(c.occurredAt))].filter(([, cs]) => cs.length >= 2);
    if (shared.length < options.minimum) return [];
    const coincident = shared.reduce((sum, [, cs]) => sum + cs.length - 1, 0);
    const lambda = own.length / minutes;
    const expected = minutes * (lambda - 1 + Math.exp(-lambda));
    const chance = poissonUpperTail(coincident, expected);
    if (chance >= options.alpha) return [];
    const largest = shared.reduce((a, b) => (b[1].length > a[1].length ? b : a));
    return [
      {
        detector: 'IDENTICAL_TIMES' as const,
        unitId,
        about: '见面/联系时间',
        summary:
          `${own.length}次见面/联系中，有${shared.length}个时间点同一分钟记录2次以上，共${coincident + shared.length}次` +
          `（最多${chineseDate(largest[0].slice(0, 10))} ${largest[0].slice(11)}记录${largest[1].length}次）`,
        statistic: { name: `P(≥${coincident} | λ=${expected.toExponential(1)})`, value: chance },
        threshold: { value: options.alpha, flagsWhen: 'BELOW' as const },
        evidence: shared.flatMap(([, cs]) => cs.map((c) => c.eventId)),
      },
    ];
  });
}
