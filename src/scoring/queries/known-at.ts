import { Day, businessDayOf } from '../../common/business-day';
import { StoredEvent } from '../../event-store/event-store.port';
import { CaseLossAmended, CaseRevoked, CaseTimeCorrected } from '../../facts/losses/events/loss.events';
import { IndicatorCounts, IndicatorKey } from '../domain/indicators';
import { dailyIndicatorsProjection } from '../projections/daily-indicators.projection';
import { DAILY_INDICATORS } from '../projections/indicator-tables';
import { DayFigures } from './score-index';
import { CaseLossRow } from './scoring.reader';

/** What a day-keyed indicator row gained from facts recorded after an instant. */
export interface LaterIncrement {
  table: string;
  areaId: string;
  day: Day;
  /** The split's category, on the breakdown tables. */
  category?: string;
  values: Record<string, number>;
}

/** What the facts recorded after an instant changed: to be taken back from what is known now. */
export interface LaterFacts {
  increments: LaterIncrement[];
  /** Each case they touched as it stood before the first of them (null: not yet filed). */
  casesBefore: Map<string, CaseLossRow | null>;
}

/**
 * Runs the later events through the daily-indicators projection itself, so what is taken back is
 * exactly what they added; the per-case losses, kept by replacing rather than adding, are undone
 * from the last event to the first.
 */
export function laterFacts(events: readonly StoredEvent[]): LaterFacts {
  const increments: LaterIncrement[] = [];
  for (const event of events) {
    for (const change of dailyIndicatorsProjection.project(event)) {
      if (change.op !== 'inc') continue;
      const { areaId, day, category } = change.key as { areaId: string; day: Day; category?: string };
      increments.push({ table: change.table, areaId, day, ...(category === undefined ? {} : { category }), values: change.values });
    }
  }
  const casesBefore = new Map<string, CaseLossRow | null>();
  for (let i = events.length - 1; i >= 0; i--) {
    const before = caseBefore(events[i]);
    if (before !== undefined) casesBefore.set((events[i].data as { caseId: string }).caseId, before);
  }
  return { increments, casesBefore };
}

/** A case as it stood before this event; undefined when the event leaves case losses alone. */
function caseBefore(event: StoredEvent): CaseLossRow | null | undefined {
  const areaId = event.metadata.unitId;
  switch (event.type) {
    case 'CaseFiled':
      return null;
    case 'CaseLossAmended': {
      const d = event.data as CaseLossAmended['data'];
      return { caseId: d.caseId, areaId, day: businessDayOf(d.caseFiledAt), lossFen: d.previousLossFen };
    }
    case 'CaseRevoked': {
      const d = event.data as CaseRevoked['data'];
      return { caseId: d.caseId, areaId, day: businessDayOf(d.caseFiledAt), lossFen: d.lossFen };
    }
    case 'CaseTimeCorrected': {
      const d = event.data as CaseTimeCorrected['data'];
      return { caseId: d.caseId, areaId, day: businessDayOf(d.previousOccurredAt), lossFen: d.lossFen };
    }
    default:
      return undefined;
  }
}

const areaDayKey = (areaId: string, day: Day) => `${areaId}|${day}`;

/** The area-days whose daily figures the later facts changed. */
export function changedAreaDays(later: LaterFacts): Array<{ areaId: string; day: Day }> {
  const areaDays = new Map<string, { areaId: string; day: Day }>();
  const add = (areaId: string, day: Day) => areaDays.set(areaDayKey(areaId, day), { areaId, day });
  for (const i of later.increments) if (i.table === DAILY_INDICATORS) add(i.areaId, i.day);
  for (const c of later.casesBefore.values()) if (c) add(c.areaId, c.day);
  return [...areaDays.values()];
}

/**
 * The changed area-days as they were known: today's counts less the later increments, and the
 * day's cases as they stood (`currentCases`: today's cases of those area-days and of the touched cases).
 */
export function figuresKnownAt(
  later: LaterFacts,
  currentCounts: (areaId: string, day: Day) => IndicatorCounts,
  currentCases: readonly CaseLossRow[],
): DayFigures[] {
  const figures = new Map<string, DayFigures>();
  for (const { areaId, day } of changedAreaDays(later)) {
    figures.set(areaDayKey(areaId, day), { areaId, day, counts: { ...currentCounts(areaId, day) }, caseLossesFen: [] });
  }
  for (const i of later.increments) {
    if (i.table !== DAILY_INDICATORS) continue;
    const counts = figures.get(areaDayKey(i.areaId, i.day))!.counts;
    for (const k in i.values) counts[k as IndicatorKey] -= i.values[k];
  }
  const cases = new Map(currentCases.map((c) => [c.caseId, c]));
  for (const [caseId, before] of later.casesBefore) {
    if (before) cases.set(caseId, before);
    else cases.delete(caseId);
  }
  for (const c of cases.values()) figures.get(areaDayKey(c.areaId, c.day))?.caseLossesFen.push(c.lossFen);
  return [...figures.values()];
}
