import { StoredEvent } from '../../event-store/event-store.port';
import { storedEvent } from '../../event-store/stored-event.spec-helpers';
import { BULLETINS, bulletinsProjection as projection } from './bulletins.projection';

const CONTENT = { day: '2026-04-17', text: '4月17日,全市未接报涉电诈刑事警情。', figures: { alerts: 0 } };
const DATA = { day: '2026-04-17', number: 2, content: CONTENT, asOfPosition: '118', previousHash: 'a'.repeat(64), hash: 'b'.repeat(64) };

function stored(type: string, data: unknown): StoredEvent {
  return storedEvent(type, data, {
    streamId: 'bulletins',
    streamVersion: 1n,
    position: 120n,
    metadata: {
      occurredAt: '2026-04-18T00:30:00.000Z',
      recordedAt: '2026-04-18T00:30:01.000Z',
      unitId: 'city',
      actor: { subject: 'kp-zhang', role: 'EVALUATOR' },
      source: 'graphql',
    },
  });
}

describe('bulletins projection', () => {
  it('declares one table keyed by day, indexed by position for the push of new ones', () => {
    expect(projection.name).toBe('bulletins');
    expect(projection.eventTypes).toEqual(['BulletinPublished']);
    expect(projection.tables).toEqual([
      {
        name: BULLETINS,
        columns: {
          day: 'text',
          number: 'integer',
          content: 'json',
          asOfPosition: 'text',
          previousHash: 'text',
          hash: 'text',
          eventId: 'text',
          position: 'integer',
          publishedAt: 'text',
          publishedBy: 'json',
        },
        key: ['day'],
        indexes: [['position']],
      },
    ]);
  });

  it('inserts the frozen bulletin with when, by whom and where it was published', () => {
    expect(projection.project(stored('BulletinPublished', DATA))).toEqual([
      {
        op: 'insert',
        table: BULLETINS,
        row: {
          ...DATA,
          eventId: 'evt-120',
          position: 120,
          publishedAt: '2026-04-18T00:30:01.000Z',
          publishedBy: { subject: 'kp-zhang', role: 'EVALUATOR' },
        },
      },
    ]);
  });

  it('keeps only the published fields', () => {
    const [change] = projection.project(stored('BulletinPublished', { ...DATA, extra: 'ignored' }));
    expect(Object.keys((change as { row: object }).row).sort()).toEqual([
      'asOfPosition',
      'content',
      'day',
      'eventId',
      'hash',
      'number',
      'position',
      'previousHash',
      'publishedAt',
      'publishedBy',
    ]);
  });

  it.each(['FraudAlertReceived', 'RuleSetPublished', 'toString'])('ignores %s', (type) => {
    expect(projection.project(stored(type, DATA))).toEqual([]);
  });
});
