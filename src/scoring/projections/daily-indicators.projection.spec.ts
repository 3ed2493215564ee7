import { StoredEvent } from '../../event-store/event-store.port';
import { storedEvent } from '../../event-store/stored-event.spec-helpers';
import { Change } from '../../read-store/read-store.port';
import { INDICATOR_KEYS } from '../domain/indicators';
import { COUNTED_EVENT_TYPES, dailyIndicatorsProjection as projection, indicatorIncrements } from './daily-indicators.projection';
import { CASE_LOSSES, DAILY_INDICATORS, indicatorTables } from './indicator-tables';

let nextPosition = 100n;
function stored(type: string, data: unknown, occurredAt: string, unitId = 'S-1'): StoredEvent {
  const position = nextPosition++;
  return storedEvent(type, data, {
    position,
    metadata: {
      occurredAt,
      recordedAt: '2026-04-20T00:00:00.000Z',
      unitId,
      actor: { subject: 'recorder-1', role: 'RECORDER' },
      correlationId: 'corr-1',
      causationId: 'cause-1',
      idempotencyKey: `key-${position}`,
    },
  });
}

/** The changes expected for `event`: one inc, one source row citing the event, then the extra changes. */
function expected(event: StoredEvent, day: string, increments: Record<string, number>, extra: Change[] = []): Change[] {
  const areaId = event.metadata.unitId;
  return [
    { op: 'inc', table: DAILY_INDICATORS, key: { areaId, day }, values: increments },
    { op: 'push', table: DAILY_INDICATORS, key: { areaId, day }, column: 'sources', items: [Number(event.position)] },
    ...extra,
  ];
}

const WARNING_AT = '2026-04-16T16:30:00.000Z'; // 00:30 on 17 April in Shanghai
const warning = (extra: object) => ({ instructionId: 'YJ-1', warningReceivedAt: WARNING_AT, ...extra });

describe('daily indicators projection', () => {
  it('declares its tables', () => {
    expect(projection.name).toBe('daily-indicators');
    expect(projection.version).toBe(5);
    expect(projection.tables).toBe(indicatorTables);
    expect(indicatorTables.map((t) => t.name)).toEqual([DAILY_INDICATORS, CASE_LOSSES]);
    const daily = indicatorTables[0];
    expect(daily.key).toEqual(['areaId', 'day']);
    for (const k of INDICATOR_KEYS) expect(daily.columns[k]).toBe('integer');
    expect(daily.columns.sources).toBe('list');
    expect(indicatorTables[1].key).toEqual(['caseId']);
  });

  describe('warnings', () => {
    it('counts a warning on its Shanghai business day', () => {
      const e = stored('WarningInstructionReceived', { instructionId: 'YJ-1', kind: 'FUND', deadline: '2026-04-17T02:00:00Z' }, '2026-04-16T16:00:00Z');
      expect(projection.project(e)).toEqual(expected(e, '2026-04-17', { warningsReceived: 1 }));
    });

    it('counts a warning received at 23:59:59.999 Shanghai time on that day', () => {
      const e = stored('WarningInstructionReceived', { instructionId: 'YJ-2', kind: 'SMS', deadline: '2026-04-17T02:00:00Z' }, '2026-04-16T15:59:59.999Z');
      expect(projection.project(e)).toEqual(expected(e, '2026-04-16', { warningsReceived: 1 }));
    });

    it("counts a first contact made the next business day on the warning's day", () => {
      const e = stored(
        'WarningContactMade',
        warning({ method: 'FACE_TO_FACE', withinDeadline: true, firstContact: true }),
        '2026-04-18T01:00:00Z', // 18 April in Shanghai
      );
      expect(projection.project(e)).toEqual(expected(e, '2026-04-17', { contacted: 1, contactedInTime: 1, faceToFace: 1 }));
    });

    it('counts a late phone contact as missed, without face-to-face', () => {
      const e = stored('WarningContactMade', warning({ method: 'PHONE', withinDeadline: false, firstContact: true }), '2026-04-17T09:00:00Z');
      expect(projection.project(e)).toEqual(expected(e, '2026-04-17', { contacted: 1, missedDeadline: 1 }));
    });

    it('counts a late face-to-face contact as missed and face-to-face', () => {
      const e = stored('WarningContactMade', warning({ method: 'FACE_TO_FACE', withinDeadline: false, firstContact: true }), '2026-04-17T09:00:00Z');
      expect(projection.project(e)).toEqual(expected(e, '2026-04-17', { contacted: 1, missedDeadline: 1, faceToFace: 1 }));
    });

    it('counts an in-time phone contact as in time only', () => {
      const e = stored('WarningContactMade', warning({ method: 'PHONE', withinDeadline: true, firstContact: true }), '2026-04-17T01:00:00Z');
      expect(projection.project(e)).toEqual(expected(e, '2026-04-17', { contacted: 1, contactedInTime: 1 }));
    });

    it('counts nothing for a contact that is not the first', () => {
      const e = stored('WarningContactMade', warning({ method: 'FACE_TO_FACE', withinDeadline: true, firstContact: false }), '2026-04-17T01:00:00Z');
      expect(projection.project(e)).toEqual([]);
    });

    it.each([
      ['WarningDissuaded', {}, 'dissuaded'],
      ['VictimisedAfterWarning', { caseId: 'AJ-1' }, 'victimisedAfterWarning'],
      ['ProtectiveMeasureApplied', { measure: 'RESTRICT_PAYMENT' }, 'protectiveMeasures'],
    ])("counts %s on the warning's day", (type, data, indicator) => {
      const e = stored(type, warning(data), '2026-04-19T03:00:00Z');
      expect(projection.project(e)).toEqual(expected(e, '2026-04-17', { [indicator]: 1 }));
    });
  });

  describe('losses', () => {
    const FILED_AT = '2026-04-17T02:00:00Z';

    it('counts an alert on its day', () => {
      const e = stored('FraudAlertReceived', { alertId: 'JQ-1', fraudType: 'LOAN' }, '2026-04-17T02:00:00Z', 'SHAXIAN-1');
      expect(projection.project(e)).toEqual(expected(e, '2026-04-17', { alerts: 1 }));
    });

    it('counts a filed case and its loss, keeps the per-case loss, and cites the event for both', () => {
      const e = stored('CaseFiled', { caseId: 'AJ-1', fraudType: 'INVESTMENT', lossFen: 5_000_000_000 }, FILED_AT);
      const changes = projection.project(e);
      expect(changes).toEqual(
        expected(e, '2026-04-17', { cases: 1, lossFen: 5_000_000_000 }, [
          { op: 'upsert', table: CASE_LOSSES, key: { caseId: 'AJ-1' }, values: { areaId: 'S-1', day: '2026-04-17', lossFen: 5_000_000_000 } },
        ]),
      );
      const sources = changes.filter((c): c is Extract<Change, { op: 'push' }> => c.op === 'push');
      expect(sources.flatMap((s) => s.items)).toEqual([Number(e.position)]);
    });

    it('puts a loss increase on the filing day, not on the day of the amendment', () => {
      const e = stored(
        'CaseLossAmended',
        { caseId: 'AJ-1', lossFen: 80_000_000, previousLossFen: 50_000_000, caseFiledAt: FILED_AT, reason: '补充' },
        '2026-05-02T02:00:00Z',
      );
      expect(projection.project(e)).toEqual(
        expected(e, '2026-04-17', { lossFen: 30_000_000 }, [
          { op: 'upsert', table: CASE_LOSSES, key: { caseId: 'AJ-1' }, values: { areaId: 'S-1', day: '2026-04-17', lossFen: 80_000_000 } },
        ]),
      );
    });

    it('puts a loss decrease on the filing day as a negative delta', () => {
      const e = stored(
        'CaseLossAmended',
        { caseId: 'AJ-1', lossFen: 20_000_000, previousLossFen: 50_000_000, caseFiledAt: FILED_AT, reason: '部分系借款' },
        '2026-05-02T02:00:00Z',
      );
      expect(projection.project(e)).toEqual(
        expected(e, '2026-04-17', { lossFen: -30_000_000 }, [
          { op: 'upsert', table: CASE_LOSSES, key: { caseId: 'AJ-1' }, values: { areaId: 'S-1', day: '2026-04-17', lossFen: 20_000_000 } },
        ]),
      );
    });

    it('uses the Shanghai day of the filing time for a correction', () => {
      const e = stored(
        'CaseLossAmended',
        { caseId: 'AJ-2', lossFen: 2, previousLossFen: 1, caseFiledAt: '2026-04-16T16:00:00Z', reason: 'x' },
        '2026-05-02T02:00:00Z',
      );
      expect((projection.project(e)[0] as Extract<Change, { op: 'inc' }>).key).toEqual({ areaId: 'S-1', day: '2026-04-17' });
    });

    it('subtracts a revoked case and its current loss on the filing day and forgets its per-case loss', () => {
      const e = stored('CaseRevoked', { caseId: 'AJ-1', reason: '不构成诈骗', lossFen: 80_000_000, caseFiledAt: FILED_AT }, '2026-05-10T02:00:00Z');
      expect(projection.project(e)).toEqual(
        expected(e, '2026-04-17', { cases: -1, lossFen: -80_000_000 }, [{ op: 'delete', table: CASE_LOSSES, key: { caseId: 'AJ-1' } }]),
      );
    });

    it('nets filing, amendment and revocation back to zero on the filing day', () => {
      const events = [
        stored('CaseFiled', { caseId: 'AJ-3', fraudType: 'LOAN', lossFen: 1_000 }, FILED_AT),
        stored('CaseLossAmended', { caseId: 'AJ-3', lossFen: 4_000, previousLossFen: 1_000, caseFiledAt: FILED_AT, reason: 'x' }, '2026-04-25T00:00:00Z'),
        stored('CaseRevoked', { caseId: 'AJ-3', reason: 'y', lossFen: 4_000, caseFiledAt: FILED_AT }, '2026-04-26T00:00:00Z'),
      ];
      const totals: Record<string, number> = {};
      for (const c of events.flatMap((e) => projection.project(e))) {
        if (c.op !== 'inc') continue;
        expect(c.key).toEqual({ areaId: 'S-1', day: '2026-04-17' });
        for (const [k, v] of Object.entries(c.values)) totals[k] = (totals[k] ?? 0) + v;
      }
      expect(totals).toEqual({ cases: 0, lossFen: 0 });
    });
  });

  describe('strikes', () => {
    it('counts a solved case', () => {
      const e = stored('CaseSolved', { operationId: 'OP-1', caseId: 'AJ-1' }, '2026-04-17T02:00:00Z');
      expect(projection.project(e)).toEqual(expected(e, '2026-04-17', { casesSolved: 1 }));
    });

    it('counts suspects handled criminally twice: apprehended and criminal', () => {
      const e = stored('SuspectsApprehended', { operationId: 'OP-1', charge: 'FRAUD', measure: 'CRIMINAL', count: 4 }, '2026-04-17T02:00:00Z');
      expect(projection.project(e)).toEqual(expected(e, '2026-04-17', { suspectsApprehended: 4, suspectsCriminal: 4 }));
    });

    it('counts suspects handled administratively as apprehended only', () => {
      const e = stored('SuspectsApprehended', { operationId: 'OP-1', charge: 'ASSISTING', measure: 'ADMINISTRATIVE', count: 2 }, '2026-04-17T02:00:00Z');
      expect(projection.project(e)).toEqual(expected(e, '2026-04-17', { suspectsApprehended: 2 }));
    });
  });

  describe('recoveries', () => {
    it.each([
      ['PaymentStopped', { operationId: 'ZF-1', accounts: 3, amountFen: 123_456 }, { stoppedFen: 123_456, recoveredFen: 123_456 }],
      ['FundsFrozen', { operationId: 'DJ-1', accounts: 1, amountFen: 5_000_000_000 }, { frozenFen: 5_000_000_000, recoveredFen: 5_000_000_000 }],
      ['FundsReturned', { operationId: 'FZ-1', amountFen: 99 }, { returnedFen: 99, recoveredFen: 99 }],
      ['LossAverted', { operationId: 'QZ-1', amountFen: 700, instructionId: 'YJ-1' }, { avertedFen: 700 }],
    ])('counts %s amounts on its day', (type, data, increments) => {
      const e = stored(type, data, '2026-04-17T15:59:59Z');
      expect(projection.project(e)).toEqual(expected(e, '2026-04-17', increments));
    });
  });

  it('counts each event for the unit in its metadata', () => {
    const e = stored('FraudAlertReceived', { alertId: 'JQ-9', fraudType: 'OTHER' }, '2026-04-17T02:00:00Z', 'DATIAN-3');
    const [inc, source] = projection.project(e) as [Extract<Change, { op: 'inc' }>, Extract<Change, { op: 'push' }>];
    expect(inc.key).toEqual({ areaId: 'DATIAN-3', day: '2026-04-17' });
    expect(source.key).toEqual({ areaId: 'DATIAN-3', day: '2026-04-17' });
  });

  it('stores the global position as a number in source rows', () => {
    const e = { ...stored('CaseSolved', { operationId: 'OP-1', caseId: 'AJ-1' }, '2026-04-17T02:00:00Z'), position: 9_007_199_254n };
    const source = projection.project(e)[1] as Extract<Change, { op: 'push' }>;
    expect(source.items).toEqual([9_007_199_254]);
  });

  it.each(['UnitCreated', 'RuleSetPublished', 'ChiefAppointed', 'SomethingNew', 'toString', 'constructor'])('ignores %s', (type) => {
    expect(projection.project(stored(type, {}, '2026-04-17T02:00:00Z'))).toEqual([]);
  });

  it('tells what an event added to each indicator, for explanations', () => {
    const contact = stored('WarningContactMade', warning({ method: 'PHONE', withinDeadline: false, firstContact: true }), '2026-04-18T01:00:00Z');
    expect(indicatorIncrements(contact)).toEqual({ contacted: 1, missedDeadline: 1 });
    expect(indicatorIncrements(stored('UnitCreated', {}, '2026-04-17T02:00:00Z'))).toEqual({});
  });

  it('lists exactly the event types it counts', () => {
    expect([...COUNTED_EVENT_TYPES].sort()).toEqual(
      [
        'WarningInstructionReceived', 'WarningContactMade', 'WarningDissuaded', 'VictimisedAfterWarning', 'ProtectiveMeasureApplied',
        'FraudAlertReceived', 'CaseFiled', 'CaseLossAmended', 'CaseRevoked',
        'CaseSolved', 'SuspectsApprehended',
        'PaymentStopped', 'FundsFrozen', 'FundsReturned', 'LossAverted',
      ].sort(),
    );
  });
});
