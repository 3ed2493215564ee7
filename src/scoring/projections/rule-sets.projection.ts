import { Projection } from '../../read-store/projection';
import { RuleSetPublished } from '../events/rule-set.events';

export const RULE_SETS = 'rule_sets';

/** Every published version of every rule set; the position orders publications of the same day. */
export const ruleSetsProjection: Projection = {
  name: 'rule-sets',
  version: 1,
  tables: [
    {
      name: RULE_SETS,
      columns: {
        versionId: 'text',
        ruleSetId: 'text',
        name: 'text',
        effectiveFrom: 'text',
        terms: 'json',
        aggregation: 'text',
        position: 'integer',
        publishedAt: 'text',
      },
      key: ['versionId'],
    },
  ],
  eventTypes: ['RuleSetPublished'],
  project(event) {
    if (event.type !== 'RuleSetPublished') return [];
    const { ruleSetId, name, effectiveFrom, terms, aggregation } = (event as unknown as RuleSetPublished).data;
    return [
      {
        op: 'insert',
        table: RULE_SETS,
        row: {
          versionId: `${ruleSetId}@${event.streamVersion}`,
          ruleSetId,
          name,
          effectiveFrom,
          terms,
          aggregation,
          position: Number(event.position),
          publishedAt: event.metadata.recordedAt,
        },
      },
    ];
  },
};
