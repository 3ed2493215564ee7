import { Projection } from '../../read-store/projection';
import { RuleSetPublished } from '../events/rule-set.events';

export const RULE_SETS = 'rule_sets';

/** Every published version of every rule set; the position orders publications of the same day. */
export const ruleSetsProjection: Projection = {
  name: 'rule-sets',
  version: 3,
  tables: [
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
  ],
  eventTypes: ['RuleSetPublished'],
  project(event) {
    if (event.type !== 'RuleSetPublished') return [];
    const data = (event as unknown as RuleSetPublished).data;
    const { ruleSetId, name, effectiveFrom } = data;
    const rules =
      data.kind === 'RATES'
        ? { kind: 'RATES', rateTerms: data.rateTerms, priorDays: data.priorDays }
        : { kind: 'ADDITIVE', terms: data.terms, aggregation: data.aggregation };
    return [
      {
        op: 'insert',
        table: RULE_SETS,
        row: {
          versionId: `${ruleSetId}@${event.streamVersion}`,
          ruleSetId,
          name,
          effectiveFrom,
          ...rules,
          position: Number(event.position),
          publishedAt: event.metadata.recordedAt,
          // Who published it: the officer's name when the token carried one, else the token's subject.
          publishedBy: event.metadata.actor?.name ?? event.metadata.actor?.subject ?? null,
          publishedByRole: event.metadata.actor?.role ?? null,
        },
      },
    ];
  },
};
