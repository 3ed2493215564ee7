import { TableSpec } from '../../read-store/read-store.port';
import { INDICATOR_KEYS, IndicatorKey } from '../domain/indicators';

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

/** The same daily counts split by warning kind and by fraud type, for the 指标 breakdowns. */
export const DAILY_BY_WARNING_KIND = 'daily_by_warning_kind';
export const DAILY_BY_FRAUD_TYPE = 'daily_by_fraud_type';

export const WARNING_KIND_KEYS = [
  'warningsReceived',
  'contacted',
  'contactedInTime',
  'missedDeadline',
  'faceToFace',
  'dissuaded',
  'victimisedAfterWarning',
  'protectiveMeasures',
  'warningsForwarded',
  'forwardMinutes',
  'checkedOnSite',
  'checkMinutes',
] as const satisfies readonly IndicatorKey[];
export const FRAUD_TYPE_KEYS = ['alerts', 'cases', 'lossFen'] as const satisfies readonly IndicatorKey[];
/** 一案一分析: cases, their loss and their victims visited, by the case's method and by its victim group. */
export const DAILY_BY_METHOD = 'daily_by_method';
export const DAILY_BY_VICTIM_GROUP = 'daily_by_victim_group';
export const CASE_ANALYSIS_KEYS = ['cases', 'lossFen', 'victimsVisited'] as const satisfies readonly IndicatorKey[];

const breakdownTable = (name: string, keys: readonly IndicatorKey[]): TableSpec => ({
  name,
  columns: { areaId: 'text', day: 'text', category: 'text', ...Object.fromEntries(keys.map((k) => [k, 'integer' as const])) },
  key: ['areaId', 'day', 'category'],
  indexes: [['day']],
});

export const breakdownTables: TableSpec[] = [
  breakdownTable(DAILY_BY_WARNING_KIND, WARNING_KIND_KEYS),
  breakdownTable(DAILY_BY_FRAUD_TYPE, FRAUD_TYPE_KEYS),
  breakdownTable(DAILY_BY_METHOD, CASE_ANALYSIS_KEYS),
  breakdownTable(DAILY_BY_VICTIM_GROUP, CASE_ANALYSIS_KEYS),
];

/**
 * Every table of the daily indicators, each keyed by business day: what a ranking declares it reads
 * only on its periods' days (it reads the first two), so a fact of another day keeps its cached answer.
 */
export const DAY_KEYED_INDICATOR_TABLES = [
  DAILY_INDICATORS,
  CASE_LOSSES,
  DAILY_BY_WARNING_KIND,
  DAILY_BY_FRAUD_TYPE,
  DAILY_BY_METHOD,
  DAILY_BY_VICTIM_GROUP,
] as const;
