import { businessDayOf } from '../../common/business-day';
import { StoredEvent } from '../../event-store/event-store.port';
import { Projection } from '../../read-store/projection';
import { Change } from '../../read-store/read-store.port';
import {
  CaseFiled,
  CaseLossAmended,
  CaseRevoked,
  CaseTimeCorrected,
  FraudAlertReceived,
  FraudAlertRevoked,
  VictimVisitRetracted,
  VictimVisited,
} from '../../facts/losses/events/loss.events';
import { PaymentStopped, RecoveryAmountAmended, RecoveryFactRetracted } from '../../facts/recoveries/events/recovery.events';
import {
  ApprehensionCountAmended,
  CardsCutOff,
  DensBroken,
  ItemsSeized,
  StrikeFactRetracted,
  SuspectsApprehended,
} from '../../facts/strikes/events/strike.events';
import {
  WarningCheckedOnSite,
  WarningContactMade,
  WarningFactRetracted,
  WarningForwarded,
} from '../../facts/warnings/events/warning-instruction.events';
import { PreventionActivityRetracted, PreventionTally, PreventionTallyAmended } from '../../facts/prevention/events/prevention.events';
import { OutflowFactRetracted, OutflowReturned } from '../../facts/outflow/events/outflow.events';
import { FactEventType, isFactEvent } from '../../facts/domain/fact-catalogue';
import { IndicatorKey } from '../domain/indicators';
import { CASE_LOSSES, DAILY_INDICATORS, breakdownTables, indicatorTables } from './indicator-tables';
import { breakdownChanges } from './indicator-breakdowns';

type Increments = Partial<Record<IndicatorKey, number>>;

/** Which area and day an event counts on, and what it adds there: the whole mapping from facts to indicators. */
interface Effect {
  areaId: string;
  anchor: string;
  increments: Increments;
}

type Fact = { type: string; data: unknown };

const amount = (e: StoredEvent) => (e.data as { amountFen: number }).amountFen;
const fromWarning = (e: StoredEvent) => (e.data as { warningReceivedAt: string }).warningReceivedAt;
/** Suspects by the charge they were dealt with under (诈骗/帮信/掩隐), as the seeds count them. */
const BY_CHARGE: Record<SuspectsApprehended['data']['charge'], IndicatorKey> = {
  FRAUD: 'suspectsFraud',
  ASSISTING: 'suspectsAssisting',
  CONCEALING: 'suspectsConcealing',
};
/** The accounts a stop or freeze reached; an amount's correction (which names no accounts) leaves them as they were. */
const accounts = (e: StoredEvent, key: IndicatorKey): Increments => {
  const count = (e.data as { accounts?: number }).accounts;
  return count === undefined ? {} : { [key]: count };
};
/** 止付效率: the minutes from the victim's report to the stop, where the report time was given. */
const stopTime = (e: StoredEvent): Increments => {
  const reportedAt = (e.data as PaymentStopped['data']).reportedAt;
  if (!reportedAt) return {};
  return { stopsTimed: 1, stopMinutes: Math.round((Date.parse(e.metadata.occurredAt) - Date.parse(reportedAt)) / 60_000) };
};
/** A case filed from an alert (警情→发案), and the same taken back by the case's corrections. */
const fromAlert = (d: { alertId?: string }): Increments => (d.alertId ? { casesFromAlerts: 1 } : {});
const takenFromAlert = (d: { alertId?: string }): Increments => (d.alertId ? { casesFromAlerts: -1 } : {});
/** A case whose victim was visited (一案一回访) moves with the case: revoked, or re-dated. */
const visited = (d: { victimVisited?: boolean }, n: number): Increments => (d.victimVisited ? { victimsVisited: n } : {});
/** A 宣防 activity: one session (场次) and the people, materials and grid groups it counted. */
const prevention = (d: PreventionTally): Increments => ({
  preventionSessions: 1,
  peopleReached: d.peopleReached,
  peopleOneToOne: d.oneToOne,
  materialsDistributed: d.materials,
  gridGroups: d.gridGroups,
});
/** 熟警预警 (seed 004: 劝阻成功率100%) kept apart in the daily counts too, so a rule set can weigh its success rate. */
const familiar = (data: unknown, field: 'kind' | 'warningKind') => (data as Record<string, unknown>)[field] === 'FAMILIAR_POLICE';
/** An event counted for the unit that recorded it. */
const counted = (e: StoredEvent, anchor: string, increments: Increments): Effect[] => [{ areaId: e.metadata.unitId, anchor, increments }];

/** Every fact event counts somewhere: a new one in the catalogue does not compile until it is counted here. */
const EFFECTS: Record<FactEventType, (e: StoredEvent) => Effect[]> = {
  WarningInstructionReceived: (e) =>
    counted(e, e.metadata.occurredAt, { warningsReceived: 1, ...(familiar(e.data, 'kind') ? { familiarWarnings: 1 } : {}) }),
  WarningContactMade: (e) => {
    const d = (e as StoredEvent<WarningContactMade['data']>).data;
    if (!d.firstContact) return [];
    return counted(e, d.warningReceivedAt, {
      contacted: 1,
      [d.withinDeadline ? 'contactedInTime' : 'missedDeadline']: 1,
      ...(d.method === 'FACE_TO_FACE' ? { faceToFace: 1 } : {}),
    });
  },
  WarningDissuaded: (e) =>
    counted(e, fromWarning(e), { dissuaded: 1, ...(familiar(e.data, 'warningKind') ? { familiarDissuaded: 1 } : {}) }),
  VictimisedAfterWarning: (e) => counted(e, fromWarning(e), { victimisedAfterWarning: 1 }),
  ProtectiveMeasureApplied: (e) => counted(e, fromWarning(e), { protectiveMeasures: 1 }),
  WarningForwarded: (e) =>
    counted(e, fromWarning(e), { warningsForwarded: 1, forwardMinutes: (e.data as WarningForwarded['data']).minutesFromReceipt }),
  WarningCheckedOnSite: (e) =>
    counted(e, fromWarning(e), { checkedOnSite: 1, checkMinutes: (e.data as WarningCheckedOnSite['data']).minutesFromReceipt }),
  WarningFactRetracted: (e) => {
    const d = e.data as WarningFactRetracted['data'];
    const anchor = d.retracted.data.warningReceivedAt;
    const next = d.nextContact;
    return [
      ...takenBack(recount(e, d.retracted, d.areaId, anchor)),
      ...(next ? recount(e, { type: 'WarningContactMade', data: next.data }, next.areaId, anchor) : []),
    ];
  },
  FraudAlertReceived: (e) => {
    // An alert the source did not flag counts as criminal, as every alert did before the flag.
    const criminal = (e.data as FraudAlertReceived['data']).criminal !== false;
    return counted(e, e.metadata.occurredAt, { alerts: 1, ...(criminal ? { criminalAlerts: 1 } : {}) });
  },
  FraudAlertRevoked: (e) => {
    const d = e.data as FraudAlertRevoked['data'];
    const alert = { type: 'FraudAlertReceived', data: { alertId: d.alertId, criminal: d.criminal } };
    return takenBack(recount(e, alert, d.areaId, d.alertReceivedAt));
  },
  CaseFiled: (e) => {
    const d = e.data as CaseFiled['data'];
    return counted(e, e.metadata.occurredAt, { cases: 1, lossFen: d.lossFen, ...fromAlert(d) });
  },
  CaseLossAmended: (e) => {
    const d = e.data as CaseLossAmended['data'];
    return counted(e, d.caseFiledAt, { lossFen: d.lossFen - d.previousLossFen });
  },
  CaseRevoked: (e) => {
    const d = e.data as CaseRevoked['data'];
    return counted(e, d.caseFiledAt, { cases: -1, lossFen: -d.lossFen, ...takenFromAlert(d), ...visited(d, -1) });
  },
  CaseTimeCorrected: (e) => {
    const d = e.data as CaseTimeCorrected['data'];
    return [
      ...counted(e, d.previousOccurredAt, { cases: -1, lossFen: -d.lossFen, ...takenFromAlert(d), ...visited(d, -1) }),
      ...counted(e, d.occurredAt, { cases: 1, lossFen: d.lossFen, ...fromAlert(d), ...visited(d, 1) }),
    ];
  },
  // On the case's filing day, once per case: the share of the day's cases whose victims were visited.
  VictimVisited: (e) => {
    const d = e.data as VictimVisited['data'];
    return d.firstVisit ? counted(e, d.caseFiledAt, { victimsVisited: 1 }) : [];
  },
  VictimVisitRetracted: (e) => {
    const d = e.data as VictimVisitRetracted['data'];
    return d.lastVisit ? counted(e, d.caseFiledAt, { victimsVisited: -1 }) : [];
  },
  CaseSolved: (e) => counted(e, e.metadata.occurredAt, { casesSolved: 1 }),
  SuspectsApprehended: (e) => {
    const d = e.data as SuspectsApprehended['data'];
    return counted(e, e.metadata.occurredAt, {
      suspectsApprehended: d.count,
      ...(d.measure === 'CRIMINAL' ? { suspectsCriminal: d.count } : {}),
      ...(Object.hasOwn(BY_CHARGE, d.charge) ? { [BY_CHARGE[d.charge]]: d.count } : {}),
    });
  },
  ItemsSeized: (e) => {
    const d = e.data as ItemsSeized['data'];
    return counted(e, e.metadata.occurredAt, { phonesSeized: d.phones, bankCardsSeized: d.bankCards });
  },
  DensBroken: (e) => {
    const d = e.data as DensBroken['data'];
    return counted(e, e.metadata.occurredAt, { densBroken: d.count, ...(d.local ? { localDensBroken: d.count } : {}) });
  },
  CardsCutOff: (e) => {
    const d = e.data as CardsCutOff['data'];
    return counted(e, e.metadata.occurredAt, { cardBreakingActions: 1, phoneCardsCutOff: d.phoneCards, bankCardsCutOff: d.bankCards });
  },
  CompanyPenalised: (e) => counted(e, e.metadata.occurredAt, { companiesPenalised: 1 }),
  StrikeFactRetracted: (e) => {
    const d = e.data as StrikeFactRetracted['data'];
    return takenBack(recount(e, d.retracted, d.areaId, d.factOccurredAt));
  },
  ApprehensionCountAmended: (e) => {
    const d = e.data as ApprehensionCountAmended['data'];
    const apprehended = (count: number) => ({ type: 'SuspectsApprehended', data: { charge: d.charge, measure: d.measure, count } });
    return replaced(e, apprehended(d.previousCount), apprehended(d.count), d.areaId, d.factOccurredAt);
  },
  PaymentStopped: (e) =>
    counted(e, e.metadata.occurredAt, {
      stoppedFen: amount(e),
      recoveredFen: amount(e),
      ...accounts(e, 'accountsStopped'),
      ...stopTime(e),
    }),
  FundsFrozen: (e) =>
    counted(e, e.metadata.occurredAt, { frozenFen: amount(e), recoveredFen: amount(e), ...accounts(e, 'accountsFrozen') }),
  FundsReturned: (e) => counted(e, e.metadata.occurredAt, { returnedFen: amount(e), recoveredFen: amount(e) }),
  LossAverted: (e) => counted(e, e.metadata.occurredAt, { avertedFen: amount(e) }),
  RecoveryAmountAmended: (e) => {
    const d = e.data as RecoveryAmountAmended['data'];
    const recovered = (amountFen: number) => ({ type: d.amendedType, data: { amountFen } });
    return replaced(e, recovered(d.previousAmountFen), recovered(d.amountFen), d.areaId, d.factOccurredAt);
  },
  RecoveryFactRetracted: (e) => {
    const d = e.data as RecoveryFactRetracted['data'];
    return takenBack(recount(e, d.retracted, d.areaId, d.factOccurredAt));
  },
  PreventionActivityHeld: (e) => counted(e, e.metadata.occurredAt, prevention(e.data as PreventionTally)),
  PreventionTallyAmended: (e) => {
    const d = e.data as PreventionTallyAmended['data'];
    const held = (tally: PreventionTally) => ({ type: 'PreventionActivityHeld', data: tally });
    return replaced(e, held(d.previous), held(d), d.areaId, d.factOccurredAt);
  },
  PreventionActivityRetracted: (e) => {
    const d = e.data as PreventionActivityRetracted['data'];
    return takenBack(recount(e, { type: 'PreventionActivityHeld', data: d }, d.areaId, d.factOccurredAt));
  },
  OutflowRegistered: (e) => counted(e, e.metadata.occurredAt, { outflowIdentified: 1 }),
  OutflowReturned: (e) => {
    const persuaded = (e.data as OutflowReturned['data']).way === 'PERSUADED';
    return counted(e, e.metadata.occurredAt, { outflowReturned: 1, ...(persuaded ? { outflowPersuaded: 1 } : {}) });
  },
  OutflowFactRetracted: (e) => {
    const d = e.data as OutflowFactRetracted['data'];
    return takenBack(recount(e, d.retracted, d.areaId, d.factOccurredAt));
  },
};

export const COUNTED_EVENT_TYPES: readonly string[] = Object.keys(EFFECTS);

/** Own keys only: an event type such as "constructor" or "toString" must not reach Object.prototype. */
function effectsOf(event: StoredEvent): Effect[] {
  return isFactEvent(event.type) ? EFFECTS[event.type](event) : [];
}

/**
 * A corrected fact as it counted, on its own area and business time: the correction carries both
 * (and the fact's data), so what it takes back is exactly what the fact added, wherever recorded.
 */
function recount(correction: StoredEvent, fact: Fact, areaId: string, occurredAt: string): Effect[] {
  return effectsOf({ ...correction, ...fact, metadata: { ...correction.metadata, unitId: areaId, occurredAt } });
}

function takenBack(effects: Effect[]): Effect[] {
  return effects.map((f) => ({
    ...f,
    increments: Object.fromEntries(Object.entries(f.increments).map(([k, v]) => [k, 0 - v])) as Increments,
  }));
}

const replaced = (correction: StoredEvent, before: Fact, after: Fact, areaId: string, occurredAt: string) => [
  ...takenBack(recount(correction, before, areaId, occurredAt)),
  ...recount(correction, after, areaId, occurredAt),
];

type Row = { areaId: string; day: string; increments: Increments };

function addInto(sum: Increments, increments: Increments): Increments {
  for (const [k, v] of Object.entries(increments) as Array<[IndicatorKey, number]>) sum[k] = (sum[k] ?? 0) + v;
  return sum;
}

/** One row per (area, day) an event touches, its effects there summed (a correction may undo and redo on one row). */
function rowsOf(event: StoredEvent): Row[] {
  const effects = effectsOf(event);
  if (effects.length === 0) return [];
  if (effects.length === 1)
    return [{ areaId: effects[0].areaId, day: businessDayOf(effects[0].anchor), increments: effects[0].increments }];
  const rows = new Map<string, Row>();
  for (const { areaId, anchor, increments } of effects) {
    const day = businessDayOf(anchor);
    const row = rows.get(`${areaId}|${day}`);
    if (row) addInto(row.increments, increments);
    else rows.set(`${areaId}|${day}`, { areaId, day, increments: { ...increments } });
  }
  return [...rows.values()];
}

/** What an event added to which indicator, summed over the rows it touched: how an explanation ties each term to its events. */
export function indicatorIncrements(event: StoredEvent): Increments {
  return rowsOf(event).reduce((sum, row) => addInto(sum, row.increments), {});
}

function caseLossChanges(event: StoredEvent, areaId: string, day: string): Change[] {
  const caseId = (event.data as { caseId: string }).caseId;
  switch (event.type) {
    case 'CaseFiled':
    case 'CaseLossAmended':
      return [
        {
          op: 'upsert',
          table: CASE_LOSSES,
          key: { caseId },
          values: { areaId, day, lossFen: (event.data as { lossFen: number }).lossFen },
        },
      ];
    case 'CaseRevoked':
      return [{ op: 'delete', table: CASE_LOSSES, key: { caseId } }];
    case 'CaseTimeCorrected':
      return [
        {
          op: 'upsert',
          table: CASE_LOSSES,
          key: { caseId },
          values: { areaId, day: businessDayOf((event.data as CaseTimeCorrected['data']).occurredAt) },
        },
      ];
    default:
      return [];
  }
}

/**
 * Indicators per defense area per Asia/Shanghai business day, and the positions of the events
 * behind each area's day (the events themselves stay in the log: copying them here halved the
 * replay speed). Warning follow-ups count on the day the warning arrived, and every correction
 * (case amendments and revocations, revoked alerts, retracted warning follow-ups, strikes and
 * recoveries retracted or amended) on the area and day of the fact it corrects, so late and
 * corrected events land on the right past day and the correction is cited there. The same counts
 * are kept again split by warning kind and by fraud type (indicator-breakdowns.ts).
 */
export const dailyIndicatorsProjection: Projection = {
  name: 'daily-indicators',
  version: 11,
  tables: [...indicatorTables, ...breakdownTables],
  eventTypes: COUNTED_EVENT_TYPES,
  // Plain loops: a rebuild runs this for every counted event in the log.
  project(event) {
    const rows = rowsOf(event);
    if (rows.length === 0) return [];
    const position = Number(event.position);
    const changes: Change[] = [];
    for (const { areaId, day, increments } of rows) {
      changes.push(
        { op: 'inc', table: DAILY_INDICATORS, key: { areaId, day }, values: increments as Record<string, number> },
        { op: 'push', table: DAILY_INDICATORS, key: { areaId, day }, column: 'sources', items: [position] },
      );
    }
    changes.push(...caseLossChanges(event, rows[0].areaId, rows[0].day), ...breakdownChanges(event, rows));
    return changes;
  },
};
