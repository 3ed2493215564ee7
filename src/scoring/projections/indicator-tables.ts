import { TableSpec } from '../../read-store/read-store.port';
import { INDICATOR_KEYS } from '../domain/indicators';

export const DAILY_INDICATORS = 'daily_indicators';
export const CASE_LOSSES = 'case_losses';

/** The columns rankings read: everything but the sources list. */
export const INDICATOR_COLUMNS = ['areaId', 'day', ...INDICATOR_KEYS];

export const indicatorTables: TableSpec[] = [
  {
    // `sources` lists the global positions of the events behind the row, so a score can be
    // explained down to event ids; kept in the row, a replay writes each (area, day) once a batch.
    name: DAILY_INDICATORS,
    columns: {
      areaId: 'text',
      day: 'text',
      ...Object.fromEntries(INDICATOR_KEYS.map((k) => [k, 'integer' as const])),
      sources: 'list',
    },
    key: ['areaId', 'day'],
    indexes: [['day']],
  },
  {
    // Per-case losses, because the loss term is capped per case.
    name: CASE_LOSSES,
    columns: { caseId: 'text', areaId: 'text', day: 'text', lossFen: 'integer' },
    key: ['caseId'],
    indexes: [['day']],
  },
];
