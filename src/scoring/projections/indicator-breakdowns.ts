import { StoredEvent } from '../../event-store/event-store.port';
import { Change } from '../../read-store/read-store.port';
import { CaseAnalysis } from '../../facts/losses/events/case-analysis';
import {
  CASE_ANALYSIS_KEYS,
  DAILY_BY_FRAUD_TYPE,
  DAILY_BY_METHOD,
  DAILY_BY_VICTIM_GROUP,
  DAILY_BY_WARNING_KIND,
  FRAUD_TYPE_KEYS,
  WARNING_KIND_KEYS,
} from './indicator-tables';

/** Facts recorded before their events carried a kind or fraud type (December 2026) are counted under it. */
export const UNKNOWN_CATEGORY = 'UNKNOWN';

/** Each breakdown keeps some of the daily counts (its table's columns); the rest stay in the daily table alone. */
type Breakdown = { table: string; category: string; keys: readonly string[] };

const category = (value: unknown) => (typeof value === 'string' ? value : UNKNOWN_CATEGORY);
const byKind = (kind: unknown): Breakdown => ({ table: DAILY_BY_WARNING_KIND, category: category(kind), keys: WARNING_KIND_KEYS });
const byFraudType = (fraudType: unknown): Breakdown => ({
  table: DAILY_BY_FRAUD_TYPE,
  category: category(fraudType),
  keys: FRAUD_TYPE_KEYS,
});

/**
 * Which breakdown an event's counts also go to: a warning and its follow-ups under the warning's
 * kind, alerts and cases under their fraud type; corrections under the kind or type of the fact
 * they correct (they carry it, as they carry its day), so a correction undoes exactly what it added.
 */
function breakdownOf(event: StoredEvent): Breakdown | null {
  const data = event.data as Record<string, unknown>;
  switch (event.type) {
    case 'WarningInstructionReceived':
      return byKind(data.kind);
    case 'WarningContactMade':
    case 'WarningDissuaded':
    case 'VictimisedAfterWarning':
    case 'ProtectiveMeasureApplied':
    case 'WarningForwarded':
    case 'WarningCheckedOnSite':
      return byKind(data.warningKind);
    case 'WarningFactRetracted':
      return byKind((data.retracted as { data: { warningKind?: string } }).data.warningKind);
    case 'FraudAlertReceived':
    case 'FraudAlertRevoked':
    case 'CaseFiled':
    case 'CaseLossAmended':
    case 'CaseRevoked':
    case 'CaseTimeCorrected':
      return byFraudType(data.fraudType);
    default:
      return null;
  }
}

const CASE_ANALYSED = new Set([
  'CaseFiled',
  'CaseLossAmended',
  'CaseRevoked',
  'CaseTimeCorrected',
  'VictimVisited',
  'VictimVisitRetracted',
]);

/**
 * 一案一分析: a case and its return visits are split again by the case's method and victim group,
 * which every event of the case carries (UNKNOWN where the case system did not say).
 */
function byCaseAnalysis(event: StoredEvent): Breakdown[] {
  if (!CASE_ANALYSED.has(event.type)) return [];
  const { method, victimGroup } = event.data as CaseAnalysis;
  return [
    { table: DAILY_BY_METHOD, category: category(method), keys: CASE_ANALYSIS_KEYS },
    { table: DAILY_BY_VICTIM_GROUP, category: category(victimGroup), keys: CASE_ANALYSIS_KEYS },
  ];
}

/** The event's rows of daily increments, added again to each of its breakdowns' rows of the same area and day. */
export function breakdownChanges(event: StoredEvent, rows: Array<{ areaId: string; day: string; increments: object }>): Change[] {
  const breakdown = breakdownOf(event);
  const breakdowns = breakdown ? [breakdown, ...byCaseAnalysis(event)] : byCaseAnalysis(event);
  const changes: Change[] = [];
  for (const { table, category: split, keys } of breakdowns) {
    for (const { areaId, day, increments } of rows) {
      changes.push({ op: 'inc', table, key: { areaId, day, category: split }, values: kept(increments as Record<string, number>, keys) });
    }
  }
  return changes;
}

/** The increments of the breakdown's own columns; a loop, not entries and filter: it runs for every warning, alert and case a rebuild replays. */
function kept(increments: Record<string, number>, keys: readonly string[]): Record<string, number> {
  const values: Record<string, number> = {};
  for (const key of keys) if (key in increments) values[key] = increments[key];
  return values;
}
