import { shanghaiTimeOf } from '../../common/business-day';
import { Finding } from './finding';
import { poissonUpperTail } from './poisson-tail';

export interface TimedContact {
  eventId: string;
  unitId: string;
  occurredAt: string;
}

export interface IdenticalTimesOptions {
  /** Contacts of one unit in one minute from this many up make a cluster. */
  cluster: number;
  /** The minutes of a day contacts are spread over (office hours and evenings). */
  minutesPerDay: number;
  alpha: number;
  /** Fewer clusters than this are never a finding. */
  minimum: number;
}

export const IDENTICAL_TIMES_DEFAULTS: IdenticalTimesOptions = { cluster: 3, minutesPerDay: 720, alpha: 0.001, minimum: 2 };

const minuteOf = (instant: string) => shanghaiTimeOf(instant).slice(0, 16).replace('T', ' ');

/**
 * Contact times identical to the minute (domain.md): a unit whose contacts pile up several to a
 * minute, as when a clerk types a day's contacts with one time. Spread at random over the period's
 * minutes, a minute holds `cluster` contacts with a Poisson chance; the statistic is the chance of at
 * least as many such minutes as the unit shows, and a unit is flagged below alpha.
 */
export function identicalTimes(contacts: readonly TimedContact[], days: number, options = IDENTICAL_TIMES_DEFAULTS): Finding[] {
  const byUnit = new Map<string, TimedContact[]>();
  for (const c of contacts) byUnit.set(c.unitId, [...(byUnit.get(c.unitId) ?? []), c]);
  const minutes = days * options.minutesPerDay;
  return [...byUnit].flatMap(([unitId, own]) => {
    const byMinute = new Map<string, TimedContact[]>();
    for (const c of own) byMinute.set(minuteOf(c.occurredAt), [...(byMinute.get(minuteOf(c.occurredAt)) ?? []), c]);
    const clusters = [...byMinute].filter(([, cs]) => cs.length >= options.cluster);
    if (clusters.length < options.minimum) return [];
    const expected = minutes * poissonUpperTail(options.cluster, own.length / minutes);
    const chance = poissonUpperTail(clusters.length, expected);
    if (chance >= options.alpha) return [];
    const largest = clusters.reduce((a, b) => (b[1].length > a[1].length ? b : a));
    return [
      {
        detector: 'IDENTICAL_TIMES' as const,
        unitId,
        about: '见面/联系时间',
        summary:
          `${own.length}次见面/联系中，有${clusters.length}个时间点同一分钟记录${options.cluster}次以上` +
          `（最多${largest[0]}记录${largest[1].length}次）`,
        statistic: { name: `P(≥${clusters.length} | λ=${expected.toExponential(1)})`, value: chance },
        threshold: { value: options.alpha, flagsWhen: 'BELOW' as const },
        evidence: clusters.flatMap(([, cs]) => cs.map((c) => c.eventId)),
      },
    ];
  });
}
