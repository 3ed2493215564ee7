import { StoredEvent } from '../../event-store/event-store.port';
import { storedEvent } from '../../event-store/stored-event.spec-helpers';
import { ADDITIVE_RULE_SET, DEFAULT_RULE_SET } from '../domain/default-rule-set';
import { RULE_SETS, ruleSetsProjection as projection } from './rule-sets.projection';

function stored(
  type: string,
  data: unknown,
  streamVersion: bigint,
  position: bigint,
  recordedAt = '2026-04-10T08:00:00.000Z',
): StoredEvent {
  return storedEvent(type, data, {
    streamId: 'ruleset-x',
    streamVersion,
    position,
    metadata: { occurredAt: '2026-04-10T08:00:00.000Z', recordedAt },
  });
}

describe('rule sets projection', () => {
  it('declares one table keyed by version', () => {
    expect(projection.name).toBe('rule-sets');
    expect(projection.version).toBe(3);
    expect(projection.tables).toEqual([
      {
        name: RULE_SETS,
        columns: {
          versionId: 'text',
          ruleSetId: 'text',
          name: 'text',
          effectiveFrom: 'text',
          kind: 'text',
          terms: 'json',
          aggregation: 'text',
          rateTerms: 'json',
          priorDays: 'real',
          position: 'integer',
          publishedAt: 'text',
          publishedBy: 'text',
          publishedByRole: 'text',
        },
        key: ['versionId'],
      },
    ]);
  });

  it('inserts every publication as a version, with its global position and the time it was recorded', () => {
    const e = stored('RuleSetPublished', DEFAULT_RULE_SET, 0n, 7n, '2026-01-01T00:00:00.000Z');
    expect(projection.project(e)).toEqual([
      {
        op: 'insert',
        table: RULE_SETS,
        row: {
          versionId: 'default@0',
          ruleSetId: 'default',
          name: '默认考评规则(比率制)',
          effectiveFrom: '2000-01-01',
          kind: 'RATES',
          rateTerms: DEFAULT_RULE_SET.rateTerms,
          priorDays: 30,
          position: 7,
          publishedAt: '2026-01-01T00:00:00.000Z',
          publishedBy: 'staff-1',
          publishedByRole: 'EVALUATOR',
        },
      },
    ]);
  });

  it('reads a publication without a kind, from before rate rule sets, as additive', () => {
    const e = stored('RuleSetPublished', ADDITIVE_RULE_SET, 0n, 3n);
    expect(projection.project(e)).toMatchObject([
      { row: { versionId: 'default@0', name: '默认考评规则', kind: 'ADDITIVE', terms: ADDITIVE_RULE_SET.terms, aggregation: 'MEAN' } },
    ]);
  });

  it('gives a republication of the same rule set its own version id and later position', () => {
    const data = { ...ADDITIVE_RULE_SET, ruleSetId: 'spring', name: '春季规则', effectiveFrom: '2026-04-11', aggregation: 'SUM' as const };
    const first = projection.project(stored('RuleSetPublished', data, 0n, 20n))[0];
    const second = projection.project(stored('RuleSetPublished', { ...data, terms: [] }, 1n, 35n))[0];
    expect(first).toMatchObject({ row: { versionId: 'spring@0', position: 20, effectiveFrom: '2026-04-11', aggregation: 'SUM' } });
    expect(second).toMatchObject({ row: { versionId: 'spring@1', position: 35, effectiveFrom: '2026-04-11', terms: [] } });
  });

  it('keeps only the published fields', () => {
    const row = (projection.project(stored('RuleSetPublished', { ...DEFAULT_RULE_SET, extra: 'ignored' }, 0n, 1n))[0] as { row: object })
      .row;
    expect(Object.keys(row).sort()).toEqual([
      'effectiveFrom',
      'kind',
      'name',
      'position',
      'priorDays',
      'publishedAt',
      'publishedBy',
      'publishedByRole',
      'rateTerms',
      'ruleSetId',
      'versionId',
    ]);
  });

  it.each(['CaseFiled', 'UnitCreated', 'RuleSetProposed', 'toString'])('ignores %s', (type) => {
    expect(projection.project(stored(type, DEFAULT_RULE_SET, 0n, 1n))).toEqual([]);
  });
});
