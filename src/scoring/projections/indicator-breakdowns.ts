import { StoredEvent } from '../../event-store/event-store.port';
import { Change } from '../../read-store/read-store.port';
import { DAILY_BY_FRAUD_TYPE, DAILY_BY_WARNING_KIND, FRAUD_TYPE_KEYS, WARNING_KIND_KEYS } from './indicator-tables';

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

/** The event's rows of daily increments, added again to its breakdown row of the same area and day. */
export function breakdownChanges(event: StoredEvent, rows: Array<{ areaId: string; day: string; increments: object }>): Change[] {
  const breakdown = breakdownOf(event);
  if (!breakdown) return [];
  return rows.map(({ areaId, day, increments }) => ({
    op: 'inc',
    table: breakdown.table,
    key: { areaId, day, category: breakdown.category },
    values: kept(increments as Record<string, number>, breakdown.keys),
  }));
}

/** The increments of the breakdown's own columns; a loop, not entries and filter: it runs for every warning, alert and case a rebuild replays. */
function kept(increments: Record<string, number>, keys: readonly string[]): Record<string, number> {
  const values: Record<string, number> = {};
  for (const key of keys) if (key in increments) values[key] = increments[key];
  return values;
}
