import { StoredEvent } from '../../event-store/event-store.port';
import { storedEvent } from '../../event-store/stored-event.spec-helpers';
import { dailyIndicatorsProjection as projection } from './daily-indicators.projection';
import { DAILY_BY_FRAUD_TYPE, DAILY_BY_WARNING_KIND } from './indicator-tables';

let nextPosition = 500n;
const stored = (type: string, data: unknown, occurredAt = '2026-04-17T02:00:00Z', unitId = 'S-1'): StoredEvent =>
  storedEvent(type, data, { position: nextPosition++, metadata: { occurredAt, unitId } });

/** What the projection adds to the breakdowns for an event (the daily indicators have their own spec). */
const breakdowns = (event: StoredEvent) =>
  projection.project(event).filter((c) => c.table === DAILY_BY_WARNING_KIND || c.table === DAILY_BY_FRAUD_TYPE);
const inc = (table: string, day: string, category: string, values: Record<string, number>, areaId = 'S-1') => ({
  op: 'inc',
  table,
  key: { areaId, day, category },
  values,
});

const WARNING_AT = '2026-04-16T16:30:00.000Z'; // 17 April in Shanghai
const FILED_AT = '2026-04-17T02:00:00.000Z';

describe('indicator breakdowns (by warning kind, by fraud type)', () => {
  describe('warnings, by kind', () => {
    it('counts a warning under its kind on its business day', () => {
      const e = stored(
        'WarningInstructionReceived',
        { instructionId: 'YJ-1', kind: 'FAMILIAR_POLICE', deadline: '2026-04-17T03:00:00Z' },
        WARNING_AT,
      );
      expect(breakdowns(e)).toEqual([inc(DAILY_BY_WARNING_KIND, '2026-04-17', 'FAMILIAR_POLICE', { warningsReceived: 1 })]);
    });

    it("counts a follow-up under its warning's kind, on the warning's day", () => {
      const e = stored(
        'WarningContactMade',
        {
          instructionId: 'YJ-1',
          method: 'FACE_TO_FACE',
          withinDeadline: true,
          firstContact: true,
          warningReceivedAt: WARNING_AT,
          warningKind: 'FUND',
        },
        '2026-04-18T01:00:00Z',
      );
      expect(breakdowns(e)).toEqual([
        inc(DAILY_BY_WARNING_KIND, '2026-04-17', 'FUND', { contacted: 1, contactedInTime: 1, faceToFace: 1 }),
      ]);
    });

    it('counts a follow-up recorded before follow-ups carried the kind under UNKNOWN', () => {
      const e = stored('WarningDissuaded', { instructionId: 'YJ-1', warningReceivedAt: WARNING_AT });
      expect(breakdowns(e)).toEqual([inc(DAILY_BY_WARNING_KIND, '2026-04-17', 'UNKNOWN', { dissuaded: 1 })]);
    });

    it('takes a retracted follow-up back under the kind it was counted under, with the next contact on the same row', () => {
      const contact = (method: string, withinDeadline: boolean) => ({
        instructionId: 'YJ-1',
        method,
        withinDeadline,
        firstContact: true,
        warningReceivedAt: WARNING_AT,
        warningKind: 'CALL',
      });
      const e = stored('WarningFactRetracted', {
        instructionId: 'YJ-1',
        eventId: 'evt-1',
        retracted: { type: 'WarningContactMade', data: contact('FACE_TO_FACE', true) },
        areaId: 'S-1',
        reason: '录错',
        nextContact: { eventId: 'evt-2', areaId: 'S-1', data: contact('PHONE', false) },
      });
      expect(breakdowns(e)).toEqual([
        inc(DAILY_BY_WARNING_KIND, '2026-04-17', 'CALL', { contacted: 0, contactedInTime: -1, faceToFace: -1, missedDeadline: 1 }),
      ]);
    });

    it('adds nothing for a contact that is not the first (it counts nowhere)', () => {
      const e = stored('WarningContactMade', {
        instructionId: 'YJ-1',
        method: 'PHONE',
        withinDeadline: true,
        firstContact: false,
        warningReceivedAt: WARNING_AT,
        warningKind: 'SMS',
      });
      expect(breakdowns(e)).toEqual([]);
    });
  });

  describe('alerts and cases, by fraud type', () => {
    it('counts an alert and a case with its loss under their fraud type', () => {
      expect(breakdowns(stored('FraudAlertReceived', { alertId: 'JQ-1', fraudType: 'LOAN' }))).toEqual([
        inc(DAILY_BY_FRAUD_TYPE, '2026-04-17', 'LOAN', { alerts: 1 }),
      ]);
      expect(breakdowns(stored('CaseFiled', { caseId: 'AJ-1', fraudType: 'INVESTMENT', lossFen: 5_000_000 }))).toEqual([
        inc(DAILY_BY_FRAUD_TYPE, '2026-04-17', 'INVESTMENT', { cases: 1, lossFen: 5_000_000 }),
      ]);
    });

    it('takes a revoked alert back under its type, on the area and day it counted', () => {
      const e = stored(
        'FraudAlertRevoked',
        { alertId: 'JQ-1', eventId: 'evt-1', areaId: 'S-2', alertReceivedAt: '2026-04-10T02:00:00Z', reason: '非涉诈', fraudType: 'LOAN' },
        '2026-04-17T02:00:00Z',
        'S-2',
      );
      expect(breakdowns(e)).toEqual([inc(DAILY_BY_FRAUD_TYPE, '2026-04-10', 'LOAN', { alerts: -1 }, 'S-2')]);
    });

    it('amends, moves and revokes a case under its type', () => {
      const data = { caseId: 'AJ-1', reason: '更正', fraudType: 'ROMANCE_INVESTMENT' };
      expect(
        breakdowns(stored('CaseLossAmended', { ...data, lossFen: 8_000_000, previousLossFen: 5_000_000, caseFiledAt: FILED_AT })),
      ).toEqual([inc(DAILY_BY_FRAUD_TYPE, '2026-04-17', 'ROMANCE_INVESTMENT', { lossFen: 3_000_000 })]);
      const moved = { ...data, occurredAt: '2026-04-10T02:00:00.000Z', previousOccurredAt: FILED_AT, lossFen: 8_000_000 };
      expect(breakdowns(stored('CaseTimeCorrected', moved))).toEqual([
        inc(DAILY_BY_FRAUD_TYPE, '2026-04-17', 'ROMANCE_INVESTMENT', { cases: -1, lossFen: -8_000_000 }),
        inc(DAILY_BY_FRAUD_TYPE, '2026-04-10', 'ROMANCE_INVESTMENT', { cases: 1, lossFen: 8_000_000 }),
      ]);
      expect(breakdowns(stored('CaseRevoked', { ...data, lossFen: 8_000_000, caseFiledAt: '2026-04-10T02:00:00.000Z' }))).toEqual([
        inc(DAILY_BY_FRAUD_TYPE, '2026-04-10', 'ROMANCE_INVESTMENT', { cases: -1, lossFen: -8_000_000 }),
      ]);
    });
  });

  it('splits no other family', () => {
    expect(breakdowns(stored('CaseSolved', { caseId: 'AJ-1' }))).toEqual([]);
    expect(breakdowns(stored('PaymentStopped', { recoveryId: 'ZF-1', amountFen: 100 }))).toEqual([]);
  });
});
