import { StoredEvent } from '../../event-store/event-store.port';
import { storedEvent } from '../../event-store/stored-event.spec-helpers';
import { Change } from '../../read-store/read-store.port';
import { FACT_EVENT_TYPES } from '../../facts/domain/fact-catalogue';
import { INDICATOR_KEYS } from '../domain/indicators';
import { COUNTED_EVENT_TYPES, dailyIndicatorsProjection as projection, indicatorIncrements } from './daily-indicators.projection';
import {
  CASE_LOSSES,
  DAILY_BY_FRAUD_TYPE,
  DAILY_BY_METHOD,
  DAILY_BY_VICTIM_GROUP,
  DAILY_BY_WARNING_KIND,
  DAILY_INDICATORS,
  breakdownTables,
  indicatorTables,
} from './indicator-tables';

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

/** The changes to the daily indicators (the breakdowns have their own specs). */
const BREAKDOWNS = new Set(breakdownTables.map((t) => t.name));
const dailyChanges = (event: StoredEvent) => projection.project(event).filter((c) => !BREAKDOWNS.has(c.table));

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
    expect(projection.version).toBe(11);
    expect(projection.tables.map((t) => t.name)).toEqual([
      DAILY_INDICATORS,
      CASE_LOSSES,
      DAILY_BY_WARNING_KIND,
      DAILY_BY_FRAUD_TYPE,
      DAILY_BY_METHOD,
      DAILY_BY_VICTIM_GROUP,
    ]);
    expect(indicatorTables.map((t) => t.name)).toEqual([DAILY_INDICATORS, CASE_LOSSES]);
    const daily = indicatorTables[0];
    expect(daily.key).toEqual(['areaId', 'day']);
    for (const k of INDICATOR_KEYS) expect(daily.columns[k]).toBe('integer');
    expect(daily.columns.sources).toBe('list');
    expect(indicatorTables[1].key).toEqual(['caseId']);
  });

  describe('warnings', () => {
    it('keeps 熟警预警 apart: the warning and its dissuasion, and a retraction takes the dissuasion back', () => {
      const received = stored('WarningInstructionReceived', { instructionId: 'YJ-9', kind: 'FAMILIAR_POLICE' }, WARNING_AT);
      expect(dailyChanges(received)).toEqual(expected(received, '2026-04-17', { warningsReceived: 1, familiarWarnings: 1 }));
      const dissuaded = stored(
        'WarningDissuaded',
        warning({ instructionId: 'YJ-9', warningKind: 'FAMILIAR_POLICE' }),
        '2026-04-17T03:00:00Z',
      );
      expect(dailyChanges(dissuaded)).toEqual(expected(dissuaded, '2026-04-17', { dissuaded: 1, familiarDissuaded: 1 }));
      const retracted = stored(
        'WarningFactRetracted',
        {
          instructionId: 'YJ-9',
          eventId: dissuaded.id,
          areaId: 'S-1',
          reason: '误录',
          nextContact: null,
          retracted: { type: 'WarningDissuaded', data: dissuaded.data },
        },
        '2026-04-20T03:00:00Z',
      );
      expect(dailyChanges(retracted)).toEqual(expected(retracted, '2026-04-17', { dissuaded: -1, familiarDissuaded: -1 }));
      const fund = stored('WarningDissuaded', warning({ warningKind: 'FUND' }), '2026-04-17T03:00:00Z');
      expect(dailyChanges(fund)).toEqual(expected(fund, '2026-04-17', { dissuaded: 1 }));
    });

    it('counts a warning on its Shanghai business day', () => {
      const e = stored(
        'WarningInstructionReceived',
        { instructionId: 'YJ-1', kind: 'FUND', deadline: '2026-04-17T02:00:00Z' },
        '2026-04-16T16:00:00Z',
      );
      expect(dailyChanges(e)).toEqual(expected(e, '2026-04-17', { warningsReceived: 1 }));
    });

    it('counts a warning received at 23:59:59.999 Shanghai time on that day', () => {
      const e = stored(
        'WarningInstructionReceived',
        { instructionId: 'YJ-2', kind: 'SMS', deadline: '2026-04-17T02:00:00Z' },
        '2026-04-16T15:59:59.999Z',
      );
      expect(dailyChanges(e)).toEqual(expected(e, '2026-04-16', { warningsReceived: 1 }));
    });

    it("counts a first contact made the next business day on the warning's day", () => {
      const e = stored(
        'WarningContactMade',
        warning({ method: 'FACE_TO_FACE', withinDeadline: true, firstContact: true }),
        '2026-04-18T01:00:00Z', // 18 April in Shanghai
      );
      expect(dailyChanges(e)).toEqual(expected(e, '2026-04-17', { contacted: 1, contactedInTime: 1, faceToFace: 1 }));
    });

    it('counts a late phone contact as missed, without face-to-face', () => {
      const e = stored(
        'WarningContactMade',
        warning({ method: 'PHONE', withinDeadline: false, firstContact: true }),
        '2026-04-17T09:00:00Z',
      );
      expect(dailyChanges(e)).toEqual(expected(e, '2026-04-17', { contacted: 1, missedDeadline: 1 }));
    });

    it('counts a late face-to-face contact as missed and face-to-face', () => {
      const e = stored(
        'WarningContactMade',
        warning({ method: 'FACE_TO_FACE', withinDeadline: false, firstContact: true }),
        '2026-04-17T09:00:00Z',
      );
      expect(dailyChanges(e)).toEqual(expected(e, '2026-04-17', { contacted: 1, missedDeadline: 1, faceToFace: 1 }));
    });

    it('counts an in-time phone contact as in time only', () => {
      const e = stored(
        'WarningContactMade',
        warning({ method: 'PHONE', withinDeadline: true, firstContact: true }),
        '2026-04-17T01:00:00Z',
      );
      expect(dailyChanges(e)).toEqual(expected(e, '2026-04-17', { contacted: 1, contactedInTime: 1 }));
    });

    it('counts an in-time SMS contact (短信) as a contact in time, not face to face', () => {
      const e = stored('WarningContactMade', warning({ method: 'SMS', withinDeadline: true, firstContact: true }), '2026-04-17T01:00:00Z');
      expect(dailyChanges(e)).toEqual(expected(e, '2026-04-17', { contacted: 1, contactedInTime: 1 }));
    });

    it('counts nothing for a contact that is not the first', () => {
      const e = stored(
        'WarningContactMade',
        warning({ method: 'FACE_TO_FACE', withinDeadline: true, firstContact: false }),
        '2026-04-17T01:00:00Z',
      );
      expect(dailyChanges(e)).toEqual([]);
    });

    it.each([
      ['WarningDissuaded', {}, 'dissuaded'],
      ['VictimisedAfterWarning', { caseId: 'AJ-1' }, 'victimisedAfterWarning'],
      ['ProtectiveMeasureApplied', { measure: 'RESTRICT_PAYMENT' }, 'protectiveMeasures'],
    ])("counts %s on the warning's day", (type, data, indicator) => {
      const e = stored(type, warning(data), '2026-04-19T03:00:00Z');
      expect(dailyChanges(e)).toEqual(expected(e, '2026-04-17', { [indicator]: 1 }));
    });
  });

  describe('losses', () => {
    const FILED_AT = '2026-04-17T02:00:00Z';

    it('counts an alert on its day', () => {
      const e = stored('FraudAlertReceived', { alertId: 'JQ-1', fraudType: 'LOAN' }, '2026-04-17T02:00:00Z', 'SHAXIAN-1');
      expect(dailyChanges(e)).toEqual(expected(e, '2026-04-17', { alerts: 1, criminalAlerts: 1 }));
    });

    it('counts an alert the source flagged not criminal as an alert only', () => {
      const e = stored('FraudAlertReceived', { alertId: 'JQ-2', fraudType: 'LOAN', criminal: false }, '2026-04-17T02:00:00Z', 'SHAXIAN-1');
      expect(dailyChanges(e)).toEqual(expected(e, '2026-04-17', { alerts: 1 }));
    });

    it('counts a case filed from an alert (警情→发案), and its corrections take it back or move it', () => {
      const filed = stored('CaseFiled', { caseId: 'AJ-9', fraudType: 'LOAN', lossFen: 100, alertId: 'JQ-9' }, FILED_AT);
      expect(dailyChanges(filed).find((c) => c.table === DAILY_INDICATORS && c.op === 'inc')).toMatchObject({
        values: { cases: 1, lossFen: 100, casesFromAlerts: 1 },
      });
      const later = '2026-04-20T02:00:00Z';
      const revoked = stored(
        'CaseRevoked',
        { caseId: 'AJ-9', reason: '重复', lossFen: 100, caseFiledAt: FILED_AT, alertId: 'JQ-9' },
        later,
      );
      expect(dailyChanges(revoked).find((c) => c.op === 'inc')).toMatchObject({
        key: { day: '2026-04-17' },
        values: { cases: -1, lossFen: -100, casesFromAlerts: -1 },
      });
      const moved = stored(
        'CaseTimeCorrected',
        { caseId: 'AJ-9', occurredAt: '2026-04-18T02:00:00Z', previousOccurredAt: FILED_AT, lossFen: 100, reason: '录错', alertId: 'JQ-9' },
        later,
      );
      const incs = dailyChanges(moved).flatMap((c) => (c.table === DAILY_INDICATORS && c.op === 'inc' ? [c] : []));
      expect(incs.map((c) => [c.key.day, c.values])).toEqual([
        ['2026-04-17', { cases: -1, lossFen: -100, casesFromAlerts: -1 }],
        ['2026-04-18', { cases: 1, lossFen: 100, casesFromAlerts: 1 }],
      ]);
    });

    it('counts a filed case and its loss, keeps the per-case loss, and cites the event for both', () => {
      const e = stored('CaseFiled', { caseId: 'AJ-1', fraudType: 'INVESTMENT', lossFen: 5_000_000_000 }, FILED_AT);
      const changes = dailyChanges(e);
      expect(changes).toEqual(
        expected(e, '2026-04-17', { cases: 1, lossFen: 5_000_000_000 }, [
          {
            op: 'upsert',
            table: CASE_LOSSES,
            key: { caseId: 'AJ-1' },
            values: { areaId: 'S-1', day: '2026-04-17', lossFen: 5_000_000_000 },
          },
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
      expect(dailyChanges(e)).toEqual(
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
      expect(dailyChanges(e)).toEqual(
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
      expect((dailyChanges(e)[0] as Extract<Change, { op: 'inc' }>).key).toEqual({ areaId: 'S-1', day: '2026-04-17' });
    });

    it('subtracts a revoked case and its current loss on the filing day and forgets its per-case loss', () => {
      const e = stored(
        'CaseRevoked',
        { caseId: 'AJ-1', reason: '不构成诈骗', lossFen: 80_000_000, caseFiledAt: FILED_AT },
        '2026-05-10T02:00:00Z',
      );
      expect(dailyChanges(e)).toEqual(
        expected(e, '2026-04-17', { cases: -1, lossFen: -80_000_000 }, [{ op: 'delete', table: CASE_LOSSES, key: { caseId: 'AJ-1' } }]),
      );
    });

    it('moves a case whose time is corrected, with its loss, from the day counted to the corrected day, citing the correction on both', () => {
      const e = stored(
        'CaseTimeCorrected',
        { caseId: 'AJ-1', occurredAt: '2026-04-10T01:00:00.000Z', previousOccurredAt: FILED_AT, lossFen: 80_000_000, reason: '录错' },
        '2026-05-10T02:00:00Z',
      );
      expect(dailyChanges(e)).toEqual([
        { op: 'inc', table: DAILY_INDICATORS, key: { areaId: 'S-1', day: '2026-04-17' }, values: { cases: -1, lossFen: -80_000_000 } },
        { op: 'push', table: DAILY_INDICATORS, key: { areaId: 'S-1', day: '2026-04-17' }, column: 'sources', items: [Number(e.position)] },
        { op: 'inc', table: DAILY_INDICATORS, key: { areaId: 'S-1', day: '2026-04-10' }, values: { cases: 1, lossFen: 80_000_000 } },
        { op: 'push', table: DAILY_INDICATORS, key: { areaId: 'S-1', day: '2026-04-10' }, column: 'sources', items: [Number(e.position)] },
        { op: 'upsert', table: CASE_LOSSES, key: { caseId: 'AJ-1' }, values: { areaId: 'S-1', day: '2026-04-10' } },
      ]);
    });

    it('nets filing, amendment and revocation back to zero on the filing day', () => {
      const events = [
        stored('CaseFiled', { caseId: 'AJ-3', fraudType: 'LOAN', lossFen: 1_000 }, FILED_AT),
        stored(
          'CaseLossAmended',
          { caseId: 'AJ-3', lossFen: 4_000, previousLossFen: 1_000, caseFiledAt: FILED_AT, reason: 'x' },
          '2026-04-25T00:00:00Z',
        ),
        stored('CaseRevoked', { caseId: 'AJ-3', reason: 'y', lossFen: 4_000, caseFiledAt: FILED_AT }, '2026-04-26T00:00:00Z'),
      ];
      const totals: Record<string, number> = {};
      for (const c of events.flatMap((e) => dailyChanges(e))) {
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
      expect(dailyChanges(e)).toEqual(expected(e, '2026-04-17', { casesSolved: 1 }));
    });

    it('counts suspects handled criminally twice: apprehended and criminal', () => {
      const e = stored(
        'SuspectsApprehended',
        { operationId: 'OP-1', charge: 'FRAUD', measure: 'CRIMINAL', count: 4 },
        '2026-04-17T02:00:00Z',
      );
      expect(dailyChanges(e)).toEqual(expected(e, '2026-04-17', { suspectsApprehended: 4, suspectsCriminal: 4, suspectsFraud: 4 }));
    });

    it('counts suspects handled administratively as apprehended only', () => {
      const e = stored(
        'SuspectsApprehended',
        { operationId: 'OP-1', charge: 'ASSISTING', measure: 'ADMINISTRATIVE', count: 2 },
        '2026-04-17T02:00:00Z',
      );
      expect(dailyChanges(e)).toEqual(expected(e, '2026-04-17', { suspectsApprehended: 2, suspectsAssisting: 2 }));
    });

    it.each([
      ['ItemsSeized', { phones: 67, bankCards: 19 }, { phonesSeized: 67, bankCardsSeized: 19 }],
      ['DensBroken', { count: 2, local: true }, { densBroken: 2, localDensBroken: 2 }],
      ['DensBroken', { count: 1, local: false }, { densBroken: 1 }],
      ['CardsCutOff', { phoneCards: 3, bankCards: 12 }, { cardBreakingActions: 1, phoneCardsCutOff: 3, bankCardsCutOff: 12 }],
      ['CompanyPenalised', { company: '某公司', penalty: 'FINE' }, { companiesPenalised: 1 }],
    ])('counts %s %j', (type, data, increments) => {
      const e = stored(type, { operationId: 'OP-1', ...data }, '2026-04-17T02:00:00Z');
      expect(dailyChanges(e)).toEqual(expected(e, '2026-04-17', increments));
    });

    it('takes a retracted seizure back on the day it counted', () => {
      const e = stored(
        'StrikeFactRetracted',
        {
          operationId: 'OP-1',
          eventId: 'evt-1',
          retracted: { type: 'ItemsSeized', data: { operationId: 'OP-1', phones: 5, bankCards: 0 } },
          areaId: 'S-1',
          factOccurredAt: '2026-04-17T02:00:00Z',
          reason: '误录',
        },
        '2026-04-20T02:00:00Z',
      );
      expect(dailyChanges(e)).toEqual(expected(e, '2026-04-17', { phonesSeized: -5, bankCardsSeized: 0 }));
    });
  });

  describe('recoveries', () => {
    it.each([
      [
        'PaymentStopped',
        { operationId: 'ZF-1', accounts: 3, amountFen: 123_456 },
        { stoppedFen: 123_456, recoveredFen: 123_456, accountsStopped: 3 },
      ],
      [
        'PaymentStopped, timed from its report (止付效率)',
        { operationId: 'ZF-2', accounts: 1, amountFen: 1_000, reportedAt: '2026-04-17T14:30:30Z' },
        { stoppedFen: 1_000, recoveredFen: 1_000, accountsStopped: 1, stopsTimed: 1, stopMinutes: 89 },
      ],
      [
        'FundsFrozen',
        { operationId: 'DJ-1', accounts: 1, amountFen: 5_000_000_000 },
        { frozenFen: 5_000_000_000, recoveredFen: 5_000_000_000, accountsFrozen: 1 },
      ],
      ['FundsReturned', { operationId: 'FZ-1', amountFen: 99 }, { returnedFen: 99, recoveredFen: 99 }],
      ['LossAverted', { operationId: 'QZ-1', amountFen: 700, instructionId: 'YJ-1' }, { avertedFen: 700 }],
    ])('counts %s amounts on its day', (type, data, increments) => {
      const e = stored(type.split(',')[0], data, '2026-04-17T15:59:59Z');
      expect(dailyChanges(e)).toEqual(expected(e, '2026-04-17', increments));
    });
  });

  describe('corrections of alerts, warnings, strikes and recoveries', () => {
    const LATER = '2026-05-02T02:00:00Z';
    /** A correction recorded later by another unit: only its data may say where and when the fact counted. */
    const correction = (type: string, data: object) => stored(type, { reason: '误录', ...data }, LATER, 'RECORDER-UNIT');
    /** The changes for a correction counted on another area than its own metadata unit. */
    const on = (e: StoredEvent, areaId: string, day: string, increments: Record<string, number>): Change[] => [
      { op: 'inc', table: DAILY_INDICATORS, key: { areaId, day }, values: increments },
      { op: 'push', table: DAILY_INDICATORS, key: { areaId, day }, column: 'sources', items: [Number(e.position)] },
    ];
    const contact = (method: string, withinDeadline: boolean, firstContact: boolean) => warning({ method, withinDeadline, firstContact });

    it("takes a revoked alert back on the alert's area and day", () => {
      const e = correction('FraudAlertRevoked', {
        alertId: 'JQ-1',
        eventId: 'evt-1',
        areaId: 'S-9',
        alertReceivedAt: '2026-04-16T16:30:00Z',
      });
      expect(dailyChanges(e)).toEqual(on(e, 'S-9', '2026-04-17', { alerts: -1, criminalAlerts: -1 }));
    });

    it.each([
      ['WarningDissuaded', {}, { dissuaded: -1 }],
      ['VictimisedAfterWarning', { caseId: null }, { victimisedAfterWarning: -1 }],
      ['ProtectiveMeasureApplied', { measure: 'RESTRICT_CALLS' }, { protectiveMeasures: -1 }],
      ['WarningContactMade', contact('FACE_TO_FACE', true, true), { contacted: -1, contactedInTime: -1, faceToFace: -1 }],
    ])("takes a retracted %s back on the warning's area and day", (type, data, increments) => {
      const e = correction('WarningFactRetracted', {
        instructionId: 'YJ-1',
        eventId: 'evt-1',
        retracted: { type, data: warning(data) },
        areaId: 'S-9',
        nextContact: null,
      });
      expect(dailyChanges(e)).toEqual(on(e, 'S-9', '2026-04-17', increments));
    });

    it('takes back nothing for a retracted contact that was not counted', () => {
      const e = correction('WarningFactRetracted', {
        instructionId: 'YJ-1',
        eventId: 'evt-2',
        retracted: { type: 'WarningContactMade', data: contact('PHONE', true, false) },
        areaId: 'S-9',
        nextContact: null,
      });
      expect(dailyChanges(e)).toEqual([]);
    });

    it('counts the next contact instead of a retracted first one, on one row when both are in one area', () => {
      const e = correction('WarningFactRetracted', {
        instructionId: 'YJ-1',
        eventId: 'evt-1',
        retracted: { type: 'WarningContactMade', data: contact('FACE_TO_FACE', true, true) },
        areaId: 'S-9',
        nextContact: { eventId: 'evt-2', areaId: 'S-9', data: contact('PHONE', false, true) },
      });
      expect(dailyChanges(e)).toEqual(on(e, 'S-9', '2026-04-17', { contacted: 0, contactedInTime: -1, faceToFace: -1, missedDeadline: 1 }));
    });

    it('counts the next contact on its own area when another station made it', () => {
      const e = correction('WarningFactRetracted', {
        instructionId: 'YJ-1',
        eventId: 'evt-1',
        retracted: { type: 'WarningContactMade', data: contact('PHONE', true, true) },
        areaId: 'S-9',
        nextContact: { eventId: 'evt-2', areaId: 'S-8', data: contact('PHONE', true, true) },
      });
      expect(dailyChanges(e)).toEqual([
        ...on(e, 'S-9', '2026-04-17', { contacted: -1, contactedInTime: -1 }),
        ...on(e, 'S-8', '2026-04-17', { contacted: 1, contactedInTime: 1 }),
      ]);
      expect(indicatorIncrements(e)).toEqual({ contacted: 0, contactedInTime: 0 });
    });

    it.each([
      ['a solved case', { type: 'CaseSolved', data: { operationId: 'OP-1', caseId: 'AJ-1' } }, { casesSolved: -1 }],
      [
        'a criminal apprehension',
        { type: 'SuspectsApprehended', data: { operationId: 'OP-1', charge: 'FRAUD', measure: 'CRIMINAL', count: 3 } },
        { suspectsApprehended: -3, suspectsCriminal: -3, suspectsFraud: -3 },
      ],
      [
        'an administrative apprehension',
        { type: 'SuspectsApprehended', data: { operationId: 'OP-1', charge: 'ASSISTING', measure: 'ADMINISTRATIVE', count: 2 } },
        { suspectsApprehended: -2, suspectsAssisting: -2 },
      ],
    ])('takes %s back on its own area and day', (_name, retracted, increments) => {
      const e = correction('StrikeFactRetracted', {
        operationId: 'OP-1',
        eventId: 'evt-1',
        retracted,
        areaId: 'S-9',
        factOccurredAt: '2026-04-16T17:00:00Z',
      });
      expect(dailyChanges(e)).toEqual(on(e, 'S-9', '2026-04-17', increments));
    });

    it.each([
      ['CRIMINAL', 5, 3, { suspectsApprehended: -2, suspectsCriminal: -2, suspectsFraud: -2 }],
      ['ADMINISTRATIVE', 2, 4, { suspectsApprehended: 2, suspectsFraud: 2 }],
    ])(
      'puts the difference of an amended %s count (%i to %i) on the day of the apprehension',
      (measure, previousCount, count, increments) => {
        const e = correction('ApprehensionCountAmended', {
          operationId: 'OP-1',
          eventId: 'evt-1',
          charge: 'FRAUD',
          measure,
          count,
          previousCount,
          areaId: 'S-9',
          factOccurredAt: '2026-04-17T02:00:00Z',
        });
        expect(dailyChanges(e)).toEqual(on(e, 'S-9', '2026-04-17', increments));
      },
    );

    it.each([
      ['PaymentStopped', { stoppedFen: -2_000, recoveredFen: -2_000 }],
      ['FundsFrozen', { frozenFen: -2_000, recoveredFen: -2_000 }],
      ['FundsReturned', { returnedFen: -2_000, recoveredFen: -2_000 }],
      ['LossAverted', { avertedFen: -2_000 }],
    ])('puts the difference of an amended %s amount on its day', (amendedType, increments) => {
      const e = correction('RecoveryAmountAmended', {
        operationId: 'ZF-1',
        eventId: 'evt-1',
        amendedType,
        amountFen: 8_000,
        previousAmountFen: 10_000,
        areaId: 'S-9',
        factOccurredAt: '2026-04-17T02:00:00Z',
      });
      expect(dailyChanges(e)).toEqual(on(e, 'S-9', '2026-04-17', increments));
    });

    it('takes a retracted recovery back with the amount it counted', () => {
      const e = correction('RecoveryFactRetracted', {
        operationId: 'DJ-1',
        eventId: 'evt-1',
        retracted: { type: 'FundsFrozen', data: { operationId: 'DJ-1', accounts: 1, amountFen: 8_000 } },
        areaId: 'S-9',
        factOccurredAt: '2026-04-17T02:00:00Z',
      });
      expect(dailyChanges(e)).toEqual(on(e, 'S-9', '2026-04-17', { frozenFen: -8_000, recoveredFen: -8_000, accountsFrozen: -1 }));
    });

    it('nets facts and their corrections back to zero on the original rows, which the score index reloads', () => {
      const apprehendedAt = '2026-04-17T02:00:00Z';
      const events = [
        stored('SuspectsApprehended', { operationId: 'OP-2', charge: 'FRAUD', measure: 'CRIMINAL', count: 3 }, apprehendedAt, 'S-9'),
        correction('ApprehensionCountAmended', {
          operationId: 'OP-2',
          eventId: 'evt-1',
          charge: 'FRAUD',
          measure: 'CRIMINAL',
          count: 5,
          previousCount: 3,
          areaId: 'S-9',
          factOccurredAt: apprehendedAt,
        }),
        correction('StrikeFactRetracted', {
          operationId: 'OP-2',
          eventId: 'evt-1',
          areaId: 'S-9',
          factOccurredAt: apprehendedAt,
          retracted: { type: 'SuspectsApprehended', data: { operationId: 'OP-2', charge: 'FRAUD', measure: 'CRIMINAL', count: 5 } },
        }),
        stored('PaymentStopped', { operationId: 'ZF-2', accounts: 1, amountFen: 10_000 }, apprehendedAt, 'S-9'),
        correction('RecoveryAmountAmended', {
          operationId: 'ZF-2',
          eventId: 'evt-2',
          amendedType: 'PaymentStopped',
          amountFen: 7_000,
          previousAmountFen: 10_000,
          areaId: 'S-9',
          factOccurredAt: apprehendedAt,
        }),
        correction('RecoveryFactRetracted', {
          operationId: 'ZF-2',
          eventId: 'evt-2',
          areaId: 'S-9',
          factOccurredAt: apprehendedAt,
          retracted: { type: 'PaymentStopped', data: { operationId: 'ZF-2', accounts: 1, amountFen: 7_000 } },
        }),
      ];
      const totals: Record<string, number> = {};
      for (const c of events.flatMap((e) => dailyChanges(e))) {
        // What ScoreIndexService reads to know which (area, day) rows to reload.
        if (c.table === DAILY_INDICATORS && 'key' in c) expect(c.key).toEqual({ areaId: 'S-9', day: '2026-04-17' });
        if (c.op !== 'inc') continue;
        for (const [k, v] of Object.entries(c.values)) totals[k] = (totals[k] ?? 0) + v;
      }
      expect(totals).toEqual({
        suspectsApprehended: 0,
        suspectsCriminal: 0,
        suspectsFraud: 0,
        stoppedFen: 0,
        recoveredFen: 0,
        accountsStopped: 0,
      });
    });
  });

  it('counts each event for the unit in its metadata', () => {
    const e = stored('FraudAlertReceived', { alertId: 'JQ-9', fraudType: 'OTHER' }, '2026-04-17T02:00:00Z', 'DATIAN-3');
    const [inc, source] = dailyChanges(e) as [Extract<Change, { op: 'inc' }>, Extract<Change, { op: 'push' }>];
    expect(inc.key).toEqual({ areaId: 'DATIAN-3', day: '2026-04-17' });
    expect(source.key).toEqual({ areaId: 'DATIAN-3', day: '2026-04-17' });
  });

  it('stores the global position as a number in source rows', () => {
    const e = { ...stored('CaseSolved', { operationId: 'OP-1', caseId: 'AJ-1' }, '2026-04-17T02:00:00Z'), position: 9_007_199_254n };
    const source = dailyChanges(e)[1] as Extract<Change, { op: 'push' }>;
    expect(source.items).toEqual([9_007_199_254]);
  });

  it.each(['UnitCreated', 'RuleSetPublished', 'ChiefAppointed', 'SomethingNew', 'toString', 'constructor'])('ignores %s', (type) => {
    expect(dailyChanges(stored(type, {}, '2026-04-17T02:00:00Z'))).toEqual([]);
  });

  it('tells what an event added to each indicator, for explanations', () => {
    const contact = stored(
      'WarningContactMade',
      warning({ method: 'PHONE', withinDeadline: false, firstContact: true }),
      '2026-04-18T01:00:00Z',
    );
    expect(indicatorIncrements(contact)).toEqual({ contacted: 1, missedDeadline: 1 });
    expect(indicatorIncrements(stored('UnitCreated', {}, '2026-04-17T02:00:00Z'))).toEqual({});
  });

  it('counts every event of the fact catalogue', () => {
    expect([...COUNTED_EVENT_TYPES].sort()).toEqual([...FACT_EVENT_TYPES].sort());
  });

  it('lists exactly the event types it counts', () => {
    expect([...COUNTED_EVENT_TYPES].sort()).toEqual(
      [
        'WarningInstructionReceived',
        'WarningContactMade',
        'WarningDissuaded',
        'VictimisedAfterWarning',
        'ProtectiveMeasureApplied',
        'WarningForwarded',
        'WarningCheckedOnSite',
        'FraudAlertReceived',
        'CaseFiled',
        'CaseLossAmended',
        'CaseRevoked',
        'CaseTimeCorrected',
        'VictimVisited',
        'VictimVisitRetracted',
        'CaseSolved',
        'SuspectsApprehended',
        'ItemsSeized',
        'DensBroken',
        'CardsCutOff',
        'CompanyPenalised',
        'PaymentStopped',
        'FundsFrozen',
        'FundsReturned',
        'LossAverted',
        'FraudAlertRevoked',
        'WarningFactRetracted',
        'StrikeFactRetracted',
        'ApprehensionCountAmended',
        'RecoveryAmountAmended',
        'RecoveryFactRetracted',
        'PreventionActivityHeld',
        'PreventionTallyAmended',
        'PreventionActivityRetracted',
        'OutflowRegistered',
        'OutflowReturned',
        'OutflowFactRetracted',
      ].sort(),
    );
  });
});
