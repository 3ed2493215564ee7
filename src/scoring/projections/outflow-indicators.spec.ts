import { storedEvent } from '../../event-store/stored-event.spec-helpers';
import { dailyIndicatorsProjection as projection, indicatorIncrements } from './daily-indicators.projection';
import { DAILY_INDICATORS } from './indicator-tables';

const IDENTIFIED_AT = '2026-03-01T17:00:00.000Z'; // 01:00 on 2 March in Shanghai
const stored = (type: string, data: unknown, occurredAt: string) =>
  storedEvent(type, data, {
    position: 7n,
    metadata: {
      occurredAt,
      recordedAt: '2026-07-01T00:00:00.000Z',
      unitId: 'S-2',
      actor: { subject: 'recorder-1', role: 'RECORDER' },
      correlationId: 'corr-1',
      causationId: 'cause-1',
      idempotencyKey: 'key-7',
    },
  });
const registered = { type: 'OutflowRegistered', data: { personId: 'WL-1', destination: '缅甸', abroadSince: null } };
const persuaded = { type: 'OutflowReturned', data: { personId: 'WL-1', way: 'PERSUADED' } };
const repatriated = { type: 'OutflowReturned', data: { personId: 'WL-1', way: 'REPATRIATED' } };
const retraction = (retracted: object, factOccurredAt: string) =>
  stored(
    'OutflowFactRetracted',
    { personId: 'WL-1', eventId: 'e', retracted, areaId: 'S-1', factOccurredAt, reason: '重复录入' },
    '2026-07-01T00:00:00.000Z',
  );

describe('people gone abroad and returned, in the daily indicators', () => {
  it('counts a registration on the day the person was identified', () => {
    expect(indicatorIncrements(stored(registered.type, registered.data, IDENTIFIED_AT))).toEqual({ outflowIdentified: 1 });
    expect(projection.project(stored(registered.type, registered.data, IDENTIFIED_AT))[0]).toEqual({
      op: 'inc',
      table: DAILY_INDICATORS,
      key: { areaId: 'S-2', day: '2026-03-02' },
      values: { outflowIdentified: 1 },
    });
  });

  it('counts a return, and a persuaded one as 劝返 too', () => {
    expect(indicatorIncrements(stored(persuaded.type, persuaded.data, IDENTIFIED_AT))).toEqual({ outflowReturned: 1, outflowPersuaded: 1 });
    expect(indicatorIncrements(stored(repatriated.type, repatriated.data, IDENTIFIED_AT))).toEqual({ outflowReturned: 1 });
  });

  it('takes a retracted fact back on the area and day it counted', () => {
    expect(indicatorIncrements(retraction(persuaded, IDENTIFIED_AT))).toEqual({ outflowReturned: -1, outflowPersuaded: -1 });
    const [taken] = projection.project(retraction(registered, IDENTIFIED_AT));
    expect(taken).toEqual({
      op: 'inc',
      table: DAILY_INDICATORS,
      key: { areaId: 'S-1', day: '2026-03-02' },
      values: { outflowIdentified: -1 },
    });
  });
});
