import { given } from '../../../common/decider.spec-helpers';
import { FactOf } from '../../domain/recorded-fact';
import { recorded } from '../../domain/recorded-fact.spec-helpers';
import { RecoveryAmountAmended, RecoveryFact, RecoveryFactRetracted, RecoveryEvent } from '../events/recovery.events';
import { RecoveryCommand, operationIdOf, recoveryDecider as decider } from './recovery.decider';

const facts: Array<[string, FactOf<RecoveryFact>]> = [
  ['PaymentStopped', { type: 'PaymentStopped', data: { operationId: 'ZF-1', accounts: 3, amountFen: 5_000_000_000 } }],
  ['FundsFrozen', { type: 'FundsFrozen', data: { operationId: 'DJ-1', accounts: 2, amountFen: 123_456 } }],
  ['FundsReturned', { type: 'FundsReturned', data: { operationId: 'FZ-1', amountFen: 1 } }],
  ['LossAverted', { type: 'LossAverted', data: { operationId: 'QZ-1', amountFen: 20_000_000, instructionId: 'YJ-1' } }],
  ['LossAverted without a warning', { type: 'LossAverted', data: { operationId: 'QZ-2', amountFen: 20_000_000, instructionId: null } }],
];

const OP = 'ZF-7';
const AREA = 'st-a';
const STOPPED_AT = '2026-04-17T01:00:00Z';
const stopped = recorded<RecoveryEvent>('evt-stopped', AREA, STOPPED_AT, {
  type: 'PaymentStopped',
  data: { operationId: OP, accounts: 2, amountFen: 10_000 },
});
const frozen = recorded<RecoveryEvent>('evt-frozen', AREA, '2026-04-17T03:00:00Z', {
  type: 'FundsFrozen',
  data: { operationId: OP, accounts: 1, amountFen: 5_000 },
});
const where = { operationId: OP, eventId: 'evt-stopped', areaId: AREA, factOccurredAt: STOPPED_AT };
const amendedTo8000 = recorded<RecoveryAmountAmended>('evt-amended', AREA, '2026-04-20T00:00:00Z', {
  type: 'RecoveryAmountAmended',
  data: { ...where, amendedType: 'PaymentStopped', amountFen: 8_000, previousAmountFen: 10_000, reason: '部分止付失败' },
});
const stoppedRetracted = recorded<RecoveryFactRetracted>('evt-retracted', AREA, '2026-04-21T00:00:00Z', {
  type: 'RecoveryFactRetracted',
  data: { ...where, retracted: { type: 'PaymentStopped', data: { operationId: OP, accounts: 2, amountFen: 8_000 } }, reason: '重复录入' },
});

const amend = (amountFen: number, eventId = 'evt-stopped', unitId = AREA): RecoveryCommand => ({
  type: 'AmendAmount',
  operationId: OP,
  eventId,
  unitId,
  amountFen,
  reason: '核实金额',
});
const retract = (eventId = 'evt-stopped', unitId = AREA): RecoveryCommand => ({
  type: 'RetractFact',
  operationId: OP,
  eventId,
  unitId,
  reason: '重复录入',
});

describe('recovery decider', () => {
  it.each(facts)('records %s as it happened', (_name, fact) => {
    given(decider, [])
      .when(fact)
      .then([fact as RecoveryEvent]);
  });

  it('does not copy command metadata into the decided event (the handler adds it)', () => {
    const withMetadata = { ...facts[0][1], metadata: { occurredAt: '2026-04-17T00:00:00Z' } };
    given(decider, [])
      .when(withMetadata)
      .then([facts[0][1] as RecoveryEvent]);
  });

  it('never refuses a new fact because of earlier ones', () => {
    given(decider, [stopped, frozen, stoppedRetracted])
      .when(facts[0][1])
      .then([facts[0][1] as RecoveryEvent]);
  });

  it('records a stop with the time it was reported, timed from it (止付效率), and refuses a report after the stop', () => {
    const data = { operationId: 'ZF-9', accounts: 1, amountFen: 100_000, reportedAt: '2026-04-17T00:30:00Z' };
    given(decider, [])
      .when({ type: 'PaymentStopped', data, stoppedAt: '2026-04-17T01:00:00Z' })
      .then([{ type: 'PaymentStopped', data }]);
    given(decider, [])
      .when({ type: 'PaymentStopped', data: { ...data, reportedAt: '2026-04-17T01:00:01Z' }, stoppedAt: '2026-04-17T01:00:00Z' })
      .thenThrows({ message: '报案时间不能晚于止付时间', field: 'reportedAt' });
  });

  it('finds the stream of a fact and of a correction', () => {
    expect(operationIdOf(facts[1][1])).toBe('DJ-1');
    expect(operationIdOf(retract())).toBe(OP);
  });

  describe('AmendAmount', () => {
    it('amends an amount, carrying the amount replaced, the fact type, its area and its time', () => {
      given(decider, [stopped, frozen])
        .when(amend(8_000))
        .then([{ type: 'RecoveryAmountAmended', data: { ...amendedTo8000.data, reason: '核实金额' } }]);
    });

    it('replaces the latest amended amount', () => {
      given(decider, [stopped, amendedTo8000])
        .when(amend(12_000))
        .then([
          {
            type: 'RecoveryAmountAmended',
            data: { ...where, amendedType: 'PaymentStopped', amountFen: 12_000, previousAmountFen: 8_000, reason: '核实金额' },
          },
        ]);
    });

    it('refuses an amount that does not change', () => {
      given(decider, [stopped, amendedTo8000])
        .when(amend(8_000))
        .thenThrows({ message: 'the amount of event evt-stopped is already 8000 fen', field: 'amount' });
    });

    it.each([0, -100, 1.5])('refuses an amount of %s fen', (amountFen) => {
      given(decider, [stopped])
        .when(amend(amountFen))
        .thenThrows({ message: 'amount must be greater than zero; retract the fact if nothing was recovered', field: 'amount' });
    });

    it('refuses to amend a retracted fact', () => {
      given(decider, [stopped, stoppedRetracted])
        .when(amend(1))
        .thenThrows({ message: `event evt-stopped of recovery operation ${OP} was already retracted`, field: 'eventId' });
    });

    it('refuses an event that is no fact of this operation', () => {
      given(decider, [stopped])
        .when(amend(1, 'evt-elsewhere'))
        .thenThrows({ message: `event evt-elsewhere is not a fact recorded for recovery operation ${OP}`, field: 'eventId' });
    });

    it('refuses a correction event itself', () => {
      given(decider, [stopped, amendedTo8000])
        .when(amend(1, 'evt-amended'))
        .thenThrows({ message: 'is not a fact recorded for', field: 'eventId' });
    });

    it('refuses an amendment recorded for another defense area', () => {
      given(decider, [stopped])
        .when(amend(1, 'evt-stopped', 'st-b'))
        .thenThrows({ message: 'was recorded for st-a', field: 'unitId' });
    });
  });

  describe('RetractFact', () => {
    it('takes back a fact with the amount it counts now, on its area and time', () => {
      given(decider, [stopped, amendedTo8000])
        .when(retract())
        .then([{ type: 'RecoveryFactRetracted', data: stoppedRetracted.data }]);
    });

    it('refuses to retract a fact twice', () => {
      given(decider, [stopped, stoppedRetracted]).when(retract()).thenThrows({ message: 'was already retracted', field: 'eventId' });
    });

    it('refuses an unknown event', () => {
      given(decider, []).when(retract('evt-x')).thenThrows({ message: 'is not a fact recorded for', field: 'eventId' });
    });
  });

  it('keeps the standing facts with their current amounts', () => {
    expect(decider.initialState()).toEqual({ facts: [], retracted: [] });
    expect(given(decider, [stopped, frozen, amendedTo8000]).state.facts.map((f) => [f.fact.eventId, f.event.data.amountFen])).toEqual([
      ['evt-stopped', 8_000],
      ['evt-frozen', 5_000],
    ]);
    expect(given(decider, [stopped, frozen, amendedTo8000, stoppedRetracted]).state).toEqual({
      facts: [
        {
          fact: { eventId: 'evt-frozen', areaId: AREA, occurredAt: '2026-04-17T03:00:00Z' },
          event: { type: frozen.type, data: frozen.data },
        },
      ],
      retracted: ['evt-stopped'],
    });
  });
});
