import { DAY_MS, businessDayOf } from '../../common/business-day';
import { binomialUpperTail } from './binomial-tail';
import { Finding } from './finding';
import { groupBy } from './group-by';

export interface RecordedFact {
  eventId: string;
  unitId: string;
  occurredAt: string;
  recordedAt: string;
}

/** Something published that a fact's unit and day were judged by: a bulletin, a ranking, a letter or an interview. */
export interface Publication {
  label: string;
  at: string;
  from: string;
  to: string;
  /** The units it concerned; null for the whole city (a bulletin, a ranking). */
  unitIds: readonly string[] | null;
}

export interface LateEntryOptions {
  /** Recorded more than this many days after it happened counts as late (the late-entry rule's 30). */
  lateDays: number;
  /** Flag when the chance of at least so many such entries, at the city's share, is below this. */
  alpha: number;
  /** Fewer such entries than this are never a finding, whatever the chance. */
  minimum: number;
  /** The least share of late entries a unit is held to, where its peers have next to none: a clerk's occasional slip. */
  floor: number;
}

export const LATE_ENTRY_DEFAULTS: LateEntryOptions = { lateDays: 30, alpha: 0.001, minimum: 3, floor: 0.01 };

/** The first publication that judged the fact's unit and day before the fact was recorded, if any. */
function judgedBefore(fact: RecordedFact, publications: readonly Publication[]): Publication | undefined {
  const day = businessDayOf(fact.occurredAt);
  // As instants, not strings: a publication's time may carry +08:00 and a record's Z.
  const recorded = Date.parse(fact.recordedAt);
  return publications.find(
    (p) => p.from <= day && day <= p.to && Date.parse(p.at) < recorded && (p.unitIds === null || p.unitIds.includes(fact.unitId)),
  );
}

/**
 * Late and back-dated entry: each unit's facts recorded long after they happened, or after a
 * bulletin, ranking, letter or interview had judged their day, against the other units' share of
 * such entries (at least `floor`). A unit is flagged when, at that share, at least as many would
 * come about with a chance below alpha (a binomial upper tail over the unit's facts), so a busy
 * unit's few late entries pass and a unit that fills in its figures after the ranking does not.
 */
export function lateEntries(
  facts: readonly RecordedFact[],
  publications: readonly Publication[],
  options: LateEntryOptions = LATE_ENTRY_DEFAULTS,
): Finding[] {
  const late = (f: RecordedFact) => Date.parse(f.recordedAt) - Date.parse(f.occurredAt) > options.lateDays * DAY_MS;
  const flagged = facts.map((f) => ({ fact: f, late: late(f), after: judgedBefore(f, publications) }));
  const isLate = (x: (typeof flagged)[number]) => x.late || x.after !== undefined;
  const allLate = flagged.filter(isLate).length;
  return [...groupBy(flagged, (x) => x.fact.unitId)].flatMap(([unitId, entries]) => {
    const lateOnes = entries.filter(isLate);
    if (lateOnes.length < options.minimum) return [];
    const peers = (allLate - lateOnes.length) / Math.max(1, flagged.length - entries.length);
    const share = Math.max(peers, options.floor);
    const chance = binomialUpperTail(lateOnes.length, entries.length, share);
    if (chance >= options.alpha) return [];
    const afterPublication = lateOnes.filter((x) => x.after);
    const labels = [...new Set(afterPublication.map((x) => x.after!.label))];
    const kinds = [
      [`超过${options.lateDays}天才录入`, lateOnes.filter((x) => x.late).length],
      [`在${labels.join('、')}之后补录`, afterPublication.length],
    ] as const;
    return [
      {
        detector: 'LATE_ENTRY' as const,
        unitId,
        about: `超过${options.lateDays}天或发布后补录`,
        summary:
          `${entries.length}条记录中${lateOnes.length}条事后补录（` +
          kinds
            .filter(([, n]) => n > 0)
            .map(([what, n]) => `${what}${n}条`)
            .join('，') +
          `），其他单位事后补录占比${(peers * 100).toFixed(1)}%`,
        statistic: { name: `P(≥${lateOnes.length}/${entries.length} | ${share.toFixed(4)})`, value: chance },
        threshold: { value: options.alpha, flagsWhen: 'BELOW' as const },
        evidence: lateOnes.map((x) => x.fact.eventId),
      },
    ];
  });
}
