import { StoredEvent } from '../../event-store/event-store.port';
import { storedEvent } from '../../event-store/stored-event.spec-helpers';
import { dailyIndicatorsProjection as projection } from './daily-indicators.projection';
import { DAILY_BY_WARNING_KIND, DAILY_INDICATORS } from './indicator-tables';

/** 流转 and 落地核查: counted with their minutes on the warning's day and kind, and taken back exactly there. */
let nextPosition = 900n;
const stored = (type: string, data: unknown, occurredAt: string, unitId = 'S-1'): StoredEvent =>
  storedEvent(type, data, { position: nextPosition++, metadata: { occurredAt, unitId } });

const WARNING_AT = '2026-04-16T16:30:00.000Z'; // 00:30 on 17 April in Shanghai
const ofWarning = { instructionId: 'YJ-1', warningReceivedAt: WARNING_AT, warningKind: 'FUND' };
const forwarded = { ...ofWarning, toUnitId: 'S-2', minutesFromReceipt: 9 };
const checked = { ...ofWarning, result: 'LIVES_ELSEWHERE', minutesFromReceipt: 1_470 };

const incs = (e: StoredEvent, table: string) => projection.project(e).filter((c) => c.op === 'inc' && c.table === table);
const daily = (areaId: string, day: string, values: Record<string, number>) => ({
  op: 'inc',
  table: DAILY_INDICATORS,
  key: { areaId, day },
  values,
});
const byKind = (areaId: string, day: string, category: string, values: Record<string, number>) => ({
  op: 'inc',
  table: DAILY_BY_WARNING_KIND,
  key: { areaId, day, category },
  values,
});

describe('daily indicators: warning forwarding and on-site check', () => {
  it.each([
    ['WarningForwarded', forwarded, { warningsForwarded: 1, forwardMinutes: 9 }],
    ['WarningCheckedOnSite', checked, { checkedOnSite: 1, checkMinutes: 1_470 }],
  ])("counts %s and its minutes on the warning's day and under its kind, whenever it happened", (type, data, values) => {
    const e = stored(type, data, '2026-04-18T01:00:00Z');
    expect(incs(e, DAILY_INDICATORS)).toEqual([daily('S-1', '2026-04-17', values)]);
    expect(incs(e, DAILY_BY_WARNING_KIND)).toEqual([byKind('S-1', '2026-04-17', 'FUND', values)]);
    expect(projection.project(e)).toContainEqual({
      op: 'push',
      table: DAILY_INDICATORS,
      key: { areaId: 'S-1', day: '2026-04-17' },
      column: 'sources',
      items: [Number(e.position)],
    });
  });

  it.each([
    ['WarningForwarded', forwarded, { warningsForwarded: -1, forwardMinutes: -9 }],
    ['WarningCheckedOnSite', checked, { checkedOnSite: -1, checkMinutes: -1_470 }],
  ])("takes a retracted %s back with its minutes, on the warning's area, day and kind", (type, data, values) => {
    const e = stored(
      'WarningFactRetracted',
      { instructionId: 'YJ-1', eventId: 'evt-1', retracted: { type, data }, areaId: 'S-9', reason: '误录', nextContact: null },
      '2026-04-25T03:00:00Z',
      'S-9',
    );
    expect(incs(e, DAILY_INDICATORS)).toEqual([daily('S-9', '2026-04-17', values)]);
    expect(incs(e, DAILY_BY_WARNING_KIND)).toEqual([byKind('S-9', '2026-04-17', 'FUND', values)]);
  });
});
