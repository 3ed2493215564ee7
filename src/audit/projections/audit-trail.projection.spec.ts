import { storedEvent } from '../../event-store/stored-event.spec-helpers';
import { AUDIT_TRAIL, auditTrailProjection as projection } from './audit-trail.projection';

const metadata = {
  unitId: 'st-a',
  occurredAt: '2026-05-15T01:00:00.000Z',
  recordedAt: '2026-05-16T01:00:00.000Z',
  actor: { subject: 'lr-wang', role: 'RECORDER' },
  source: 'graphql',
  correlationId: 'corr-1',
};
const rowOf = (type: string, data: unknown, overrides: Parameters<typeof storedEvent>[2] = {}) => {
  const changes = projection.project(storedEvent(type, data, { metadata, ...overrides }));
  expect(changes).toHaveLength(1);
  expect(changes[0]).toMatchObject({ op: 'insert', table: AUDIT_TRAIL });
  return (changes[0] as { row: Record<string, unknown> }).row;
};

describe('audit-trail projection', () => {
  it('takes every event type and declares the indexes the audit queries use', () => {
    expect(projection.name).toBe('audit-trail');
    expect(projection.eventTypes).toBeUndefined();
    expect(projection.tables).toHaveLength(1);
    expect(projection.tables[0]).toMatchObject({
      name: AUDIT_TRAIL,
      key: ['position'],
      indexes: [['unitId', 'position'], ['subject', 'position'], ['eventId'], ['correctsEventId'], ['streamId', 'position']],
    });
  });

  it('inserts one row per event with who, for which unit, when and where in the log', () => {
    expect(
      rowOf('CaseFiled', { caseId: 'AJ-1', fraudType: 'LOAN', lossFen: 100 }, { streamId: 'case-AJ-1', streamVersion: 0n, position: 7n }),
    ).toEqual({
      position: 7,
      eventId: 'evt-7',
      type: 'CaseFiled',
      streamId: 'case-AJ-1',
      streamVersion: 0,
      unitId: 'st-a',
      occurredAt: '2026-05-15T01:00:00.000Z',
      recordedAt: '2026-05-16T01:00:00.000Z',
      subject: 'lr-wang',
      role: 'RECORDER',
      actorName: null,
      actorUnits: null,
      source: 'graphql',
      correlationId: 'corr-1',
      correctsEventId: null,
      reason: null,
      summary: null,
      lateReason: null,
      daysLate: null,
    });
  });

  it('keeps why and how late a fact entered late was recorded', () => {
    const lateEntry = { reason: '系统升级期间未能录入', daysLate: 40 };
    expect(rowOf('CaseFiled', {}, { metadata: { ...metadata, lateEntry } })).toMatchObject({
      lateReason: '系统升级期间未能录入',
      daysLate: 40,
    });
  });

  it.each(['UnitCreated', 'RuleSetPublished', 'BulletinPublished', 'LetterIssued', 'AppealFiled', 'SomethingNew'])(
    'keeps a row for %s too',
    (type) => {
      expect(rowOf(type, {})).toMatchObject({ type, eventId: 'evt-1', correctsEventId: null });
    },
  );

  it("keeps the acting token's name and units when the event carries them", () => {
    const actor = { subject: 'lr-wang', role: 'RECORDER', name: '王录入', units: ['county-sx'] };
    expect(rowOf('CaseFiled', {}, { metadata: { ...metadata, actor } })).toMatchObject({
      subject: 'lr-wang',
      actorName: '王录入',
      actorUnits: ['county-sx'],
    });
  });

  it('links a correction to the event it names, with the reason and what it changed', () => {
    const data = {
      operationId: 'ZF-1',
      eventId: 'evt-3',
      amendedType: 'PaymentStopped',
      amountFen: 1_000_000,
      previousAmountFen: 2_000_000,
      areaId: 'st-a',
      factOccurredAt: '2026-05-15T08:00:00.000Z',
      reason: '部分账户止付失败',
    };
    expect(rowOf('RecoveryAmountAmended', data)).toMatchObject({
      correctsEventId: 'evt-3',
      reason: '部分账户止付失败',
      summary: '更正止付金额：ZF-1由20000.00元更正为10000.00元（部分账户止付失败）',
    });
    expect(
      rowOf('FraudAlertRevoked', { alertId: 'JQ-1', eventId: 'evt-2', areaId: 'st-a', alertReceivedAt: 'x', reason: '非涉诈' }),
    ).toMatchObject({ correctsEventId: 'evt-2', reason: '非涉诈', summary: '撤销警情：警情JQ-1，核减警情1起（非涉诈）' });
  });

  it('leaves the target of a case correction to the reader: it names the case, not the filing', () => {
    const row = rowOf(
      'CaseRevoked',
      { caseId: 'AJ-1', reason: '重复立案', lossFen: 500_000, caseFiledAt: 'x' },
      { streamId: 'case-AJ-1', streamVersion: 1n },
    );
    expect(row).toMatchObject({ correctsEventId: null, reason: '重复立案', streamId: 'case-AJ-1', streamVersion: 1 });
    expect(row.summary).toContain('撤案：案件AJ-1');
  });

  it('does not take an eventId in the data of a non-correction for a correction link', () => {
    expect(rowOf('AppealFiled', { eventId: 'evt-3', reason: '有误' })).toMatchObject({
      correctsEventId: null,
      reason: null,
      summary: null,
    });
  });
});
