import { businessDayOf } from '../../common/business-day';
import { StoredEvent } from '../../event-store/event-store.port';
import { Projection } from '../../read-store/projection';
import { Change } from '../../read-store/read-store.port';
import { CaseFiled, CaseLossAmended, CaseRevoked } from '../../losses/events/loss.events';
import { SuspectsApprehended } from '../../strikes/events/strike.events';
import { WarningContactMade } from '../../warnings/events/warning-instruction.events';
import { IndicatorKey } from '../domain/indicators';
import { CASE_LOSSES, DAILY_INDICATORS, indicatorTables } from './indicator-tables';

type Increments = Partial<Record<IndicatorKey, number>>;

/** Which day an event counts on, and what it adds: the whole mapping from facts to indicators. */
interface Effect {
  anchor: string;
  increments: Increments;
}

const amount = (e: StoredEvent) => (e.data as { amountFen: number }).amountFen;
const fromWarning = (e: StoredEvent) => (e.data as { warningReceivedAt: string }).warningReceivedAt;

const EFFECTS: Record<string, (e: StoredEvent) => Effect | null> = {
  WarningInstructionReceived: (e) => ({ anchor: e.metadata.occurredAt, increments: { warningsReceived: 1 } }),
  WarningContactMade: (e) => {
    const d = (e as StoredEvent<WarningContactMade['data']>).data;
    if (!d.firstContact) return null;
    return {
      anchor: d.warningReceivedAt,
      increments: {
        contacted: 1,
        [d.withinDeadline ? 'contactedInTime' : 'missedDeadline']: 1,
        ...(d.method === 'FACE_TO_FACE' ? { faceToFace: 1 } : {}),
      },
    };
  },
  WarningDissuaded: (e) => ({ anchor: fromWarning(e), increments: { dissuaded: 1 } }),
  VictimisedAfterWarning: (e) => ({ anchor: fromWarning(e), increments: { victimisedAfterWarning: 1 } }),
  ProtectiveMeasureApplied: (e) => ({ anchor: fromWarning(e), increments: { protectiveMeasures: 1 } }),
  FraudAlertReceived: (e) => ({ anchor: e.metadata.occurredAt, increments: { alerts: 1 } }),
  CaseFiled: (e) => ({ anchor: e.metadata.occurredAt, increments: { cases: 1, lossFen: (e.data as CaseFiled['data']).lossFen } }),
  CaseLossAmended: (e) => {
    const d = e.data as CaseLossAmended['data'];
    return { anchor: d.caseFiledAt, increments: { lossFen: d.lossFen - d.previousLossFen } };
  },
  CaseRevoked: (e) => {
    const d = e.data as CaseRevoked['data'];
    return { anchor: d.caseFiledAt, increments: { cases: -1, lossFen: -d.lossFen } };
  },
  CaseSolved: (e) => ({ anchor: e.metadata.occurredAt, increments: { casesSolved: 1 } }),
  SuspectsApprehended: (e) => {
    const d = e.data as SuspectsApprehended['data'];
    return {
      anchor: e.metadata.occurredAt,
      increments: { suspectsApprehended: d.count, ...(d.measure === 'CRIMINAL' ? { suspectsCriminal: d.count } : {}) },
    };
  },
  PaymentStopped: (e) => ({ anchor: e.metadata.occurredAt, increments: { stoppedFen: amount(e), recoveredFen: amount(e) } }),
  FundsFrozen: (e) => ({ anchor: e.metadata.occurredAt, increments: { frozenFen: amount(e), recoveredFen: amount(e) } }),
  FundsReturned: (e) => ({ anchor: e.metadata.occurredAt, increments: { returnedFen: amount(e), recoveredFen: amount(e) } }),
  LossAverted: (e) => ({ anchor: e.metadata.occurredAt, increments: { avertedFen: amount(e) } }),
};

export const COUNTED_EVENT_TYPES = Object.keys(EFFECTS);

/** Own keys only: an event type such as "constructor" or "toString" must not reach Object.prototype. */
function effectOf(event: StoredEvent): Effect | null {
  return Object.hasOwn(EFFECTS, event.type) ? EFFECTS[event.type](event) : null;
}

/** What an event added to which indicator: how an explanation ties each term to its events. */
export function indicatorIncrements(event: StoredEvent): Increments {
  return effectOf(event)?.increments ?? {};
}

function caseLossChanges(event: StoredEvent, areaId: string, day: string): Change[] {
  const caseId = (event.data as { caseId: string }).caseId;
  switch (event.type) {
    case 'CaseFiled':
    case 'CaseLossAmended':
      return [{ op: 'upsert', table: CASE_LOSSES, key: { caseId }, values: { areaId, day, lossFen: (event.data as { lossFen: number }).lossFen } }];
    case 'CaseRevoked':
      return [{ op: 'delete', table: CASE_LOSSES, key: { caseId } }];
    default:
      return [];
  }
}

/**
 * Indicators per defense area per Asia/Shanghai business day, and the positions of the events
 * behind each area's day (the events themselves stay in the log: copying them here halved the
 * replay speed). Warning follow-ups count on the
 * day the warning arrived and case corrections on the day the case was filed, so late and
 * corrected events land on the right past day.
 */
export const dailyIndicatorsProjection: Projection = {
  name: 'daily-indicators',
  version: 5,
  tables: indicatorTables,
  eventTypes: COUNTED_EVENT_TYPES,
  project(event) {
    const effect = effectOf(event);
    if (!effect) return [];
    const areaId = event.metadata.unitId;
    const day = businessDayOf(effect.anchor);
    return [
      { op: 'inc', table: DAILY_INDICATORS, key: { areaId, day }, values: effect.increments as Record<string, number> },
      { op: 'push', table: DAILY_INDICATORS, key: { areaId, day }, column: 'sources', items: [Number(event.position)] },
      ...caseLossChanges(event, areaId, day),
    ];
  },
};
