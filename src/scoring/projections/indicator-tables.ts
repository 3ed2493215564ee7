import { TableSpec } from '../../read-store/read-store.port';
import { INDICATOR_KEYS } from '../domain/indicators';

export const DAILY_INDICATORS = 'daily_indicators';
export const INDICATOR_SOURCES = 'indicator_sources';
export const CASE_LOSSES = 'case_losses';

export const indicatorTables: TableSpec[] = [
  {
    name: DAILY_INDICATORS,
    columns: { areaId: 'text', day: 'text', ...Object.fromEntries(INDICATOR_KEYS.map((k) => [k, 'integer' as const])) },
    key: ['areaId', 'day'],
    indexes: [['day']],
  },
  {
    // The events behind the indicators, so a score can be explained down to event ids. One row per
    // event keyed by its position: appends stay in key order, which keeps replays fast.
    name: INDICATOR_SOURCES,
    columns: { position: 'integer', areaId: 'text', day: 'text', eventId: 'text', eventType: 'text', increments: 'json' },
    key: ['position'],
    indexes: [['areaId', 'day']],
  },
  {
    // Per-case losses, because the loss term is capped per case.
    name: CASE_LOSSES,
    columns: { caseId: 'text', areaId: 'text', day: 'text', lossFen: 'integer' },
    key: ['caseId'],
    indexes: [['day']],
  },
];
