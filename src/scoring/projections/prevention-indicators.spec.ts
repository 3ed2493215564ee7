import { storedEvent } from '../../event-store/stored-event.spec-helpers';
import { dailyIndicatorsProjection as projection } from './daily-indicators.projection';
import { DAILY_INDICATORS } from './indicator-tables';

const HELD_AT = '2026-05-31T17:00:00Z'; // 01:00 on 1 June in Shanghai
const TALLY = { peopleReached: 420, oneToOne: 380, materials: 1_500, gridGroups: 3 };
const where = { activityId: 'XF-1', form: 'COMMUNITY', areaId: 'st-a', factOccurredAt: HELD_AT };

/** The indicator increments an event makes, by area and business day. */
const incs = (type: string, data: object, occurredAt: string, unitId: string) =>
  projection
    .project(storedEvent(type, data, { metadata: { occurredAt, unitId } }))
    .flatMap((c) => (c.op === 'inc' && c.table === DAILY_INDICATORS ? [{ ...c.key, ...c.values }] : []));

describe('宣防 in the daily indicators', () => {
  it('counts an activity as a session with its people, materials and grid groups on its Shanghai day', () => {
    expect(incs('PreventionActivityHeld', { activityId: 'XF-1', form: 'COMMUNITY', ...TALLY }, HELD_AT, 'st-a')).toEqual([
      {
        areaId: 'st-a',
        day: '2026-06-01',
        preventionSessions: 1,
        peopleReached: 420,
        peopleOneToOne: 380,
        materialsDistributed: 1_500,
        gridGroups: 3,
      },
    ]);
  });

  it('takes a retracted activity back on its own area and day, wherever and whenever retracted', () => {
    expect(incs('PreventionActivityRetracted', { ...where, ...TALLY, reason: '误录' }, '2026-06-10T02:00:00Z', 'st-b')).toEqual([
      {
        areaId: 'st-a',
        day: '2026-06-01',
        preventionSessions: -1,
        peopleReached: -420,
        peopleOneToOne: -380,
        materialsDistributed: -1_500,
        gridGroups: -3,
      },
    ]);
  });

  it('moves only the difference of an amendment onto the activity’s day, the session still counted once', () => {
    const amended = { ...where, ...TALLY, peopleReached: 400, materials: 2_000, previous: TALLY, reason: '核实' };
    expect(incs('PreventionTallyAmended', amended, '2026-06-10T02:00:00Z', 'st-a')).toEqual([
      {
        areaId: 'st-a',
        day: '2026-06-01',
        preventionSessions: 0,
        peopleReached: -20,
        peopleOneToOne: 0,
        materialsDistributed: 500,
        gridGroups: 0,
      },
    ]);
  });
});
