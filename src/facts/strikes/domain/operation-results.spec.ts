import { given } from '../../../common/decider.spec-helpers';
import { recorded } from '../../domain/recorded-fact.spec-helpers';
import { CompanyPenalised, ItemsSeized, StrikeFactRetracted } from '../events/strike.events';
import { strikeDecider as decider } from './strike.decider';

const OP = 'OP-收网-1';
const AREA = 'st-a';
const AT = '2026-01-11T02:00:00Z';
const seized = recorded<ItemsSeized>('evt-seized', AREA, AT, {
  type: 'ItemsSeized',
  data: { operationId: OP, phones: 67, bankCards: 19 },
});
const penalised = recorded<CompanyPenalised>('evt-penalised', AREA, AT, {
  type: 'CompanyPenalised',
  data: { operationId: OP, company: '厦门某网络科技有限公司', penalty: 'FINE' },
});

describe('strike decider: what an operation took down', () => {
  it('records phones and bank cards seized (seed 003: 作案手机67部、银行卡19张)', () => {
    given(decider, [])
      .when({ type: 'SeizeItems', operationId: OP, phones: 67, bankCards: 19 })
      .then([{ type: 'ItemsSeized', data: { operationId: OP, phones: 67, bankCards: 19 } }]);
  });

  it('records a seizure of bank cards alone', () => {
    given(decider, [])
      .when({ type: 'SeizeItems', operationId: OP, phones: 0, bankCards: 4 })
      .then([{ type: 'ItemsSeized', data: { operationId: OP, phones: 0, bankCards: 4 } }]);
  });

  it('refuses a seizure of nothing, naming the first count', () => {
    given(decider, [])
      .when({ type: 'SeizeItems', operationId: OP, phones: 0, bankCards: 0 })
      .thenThrows({ message: '缴获手机数和银行卡数不能均为 0 / phones and bankCards cannot both be 0', field: 'phones' });
  });

  it.each([true, false])('records dens broken, local or not (%s)', (local) => {
    given(decider, [seized])
      .when({ type: 'BreakDens', operationId: OP, count: 2, local })
      .then([{ type: 'DensBroken', data: { operationId: OP, count: 2, local } }]);
  });

  it('records a card-breaking action with the phone cards and bank cards cut off', () => {
    given(decider, [])
      .when({ type: 'CutOffCards', operationId: OP, phoneCards: 35, bankCards: 120 })
      .then([{ type: 'CardsCutOff', data: { operationId: OP, phoneCards: 35, bankCards: 120 } }]);
  });

  it('refuses a card-breaking action that cut off no card', () => {
    given(decider, [])
      .when({ type: 'CutOffCards', operationId: OP, phoneCards: 0, bankCards: 0 })
      .thenThrows({ message: 'phoneCards and bankCards cannot both be 0', field: 'phoneCards' });
  });

  it('records a company penalised, its name trimmed', () => {
    given(decider, [])
      .when({ type: 'PenaliseCompany', operationId: OP, company: ' 厦门某网络科技有限公司 ', penalty: 'FINE' })
      .then([{ type: 'CompanyPenalised', data: penalised.data }]);
  });

  it('refuses to penalise the same company twice in one operation', () => {
    given(decider, [penalised])
      .when({ type: 'PenaliseCompany', operationId: OP, company: '厦门某网络科技有限公司', penalty: 'WARNING' })
      .thenThrows({ message: '厦门某网络科技有限公司已在行动 OP-收网-1 中记录过行政处罚', field: 'company' });
  });

  it('penalises the company again once the first record was retracted', () => {
    const retracted = recorded<StrikeFactRetracted>('evt-r', AREA, AT, {
      type: 'StrikeFactRetracted',
      data: {
        operationId: OP,
        eventId: 'evt-penalised',
        retracted: { type: 'CompanyPenalised', data: penalised.data },
        areaId: AREA,
        factOccurredAt: AT,
        reason: '误录',
      },
    });
    given(decider, [penalised, retracted])
      .when({ type: 'PenaliseCompany', operationId: OP, company: '厦门某网络科技有限公司', penalty: 'WARNING' })
      .then([{ type: 'CompanyPenalised', data: { operationId: OP, company: '厦门某网络科技有限公司', penalty: 'WARNING' } }]);
  });

  it('retracts a seizure with what it counted, on its area and time', () => {
    given(decider, [seized])
      .when({ type: 'RetractFact', operationId: OP, eventId: 'evt-seized', unitId: AREA, reason: '重复录入' })
      .then([
        {
          type: 'StrikeFactRetracted',
          data: {
            operationId: OP,
            eventId: 'evt-seized',
            retracted: { type: 'ItemsSeized', data: seized.data },
            areaId: AREA,
            factOccurredAt: AT,
            reason: '重复录入',
          },
        },
      ]);
  });

  it('has no count to amend on a seizure', () => {
    given(decider, [seized])
      .when({ type: 'AmendApprehensionCount', operationId: OP, eventId: 'evt-seized', unitId: AREA, count: 2, reason: '核实' })
      .thenThrows({ message: '事件 evt-seized 记录的是缴获手机、银行卡，只有抓获记录才有人数可更正', field: 'eventId' });
  });
});
